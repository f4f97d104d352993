// chatfleet-devbroker: a DEVELOPMENT AND TEST broker, never a production one.
//
// It runs librdkafka's mock cluster (brokers speaking the real Kafka protocol on loopback) in
// this process and keeps every message in memory only. In librdkafka 2.0.2 the mock keeps about
// 5 MiB per partition: older messages are dropped, and a consumer that far behind gets
// offset-out-of-range (chatfleet logs and counts that as an offset reset).
//
// Prints `KAFKA_BROKERS=host:port,...` as the first line of stdout (and to --bootstrap-file),
// then serves until SIGTERM/SIGINT and exits 0.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "deploy/devbroker/topic_request_server.h"
#include "shared/core/lifecycle.h"
#include "shared/kafka/admin.h"
#include "shared/kafka/mock_cluster.h"
#include "shared/kafka/topic_list.h"
#include "shared/log/logger.h"

namespace {

constexpr std::string_view kUsage = R"(usage: chatfleet-devbroker [flags]

A development and test Kafka broker: librdkafka's mock cluster on loopback. Messages live in
memory only and, in librdkafka 2.0.2, only about 5 MiB per partition is kept: older messages are
dropped and a consumer that far behind gets offset-out-of-range. Never use it in production.

  --topics=name:partitions,...  topics to create (env CHATFLEET_DEVBROKER_TOPICS;
                                default chat.events:12,chat.events.dlq:3,chat.context:12,
                                chat.outbound:6). More topics can be created at run time with
                                chatfleet::kafka::CreateTopics (through the control topic
                                _chatfleet.devbroker.admin, as the mock has no CreateTopics
                                API); topics auto-created by a client get 4 partitions.
  --brokers=N                   number of brokers (env CHATFLEET_DEVBROKER_BROKERS; default 3)
  --bootstrap-file=PATH         also write KAFKA_BROKERS=... to PATH
                                (env CHATFLEET_DEVBROKER_BOOTSTRAP_FILE)
  --help                        this text

The first line of stdout is KAFKA_BROKERS=host:port,... ; it runs until SIGTERM or SIGINT.
)";

struct Options {
  std::string topics{chatfleet::kafka::kFleetTopics};
  int brokers = 3;
  std::string bootstrap_file;
  bool help = false;
};

std::string EnvOr(const char* name, std::string fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

int ParsePositive(std::string_view what, const std::string& text) {
  std::size_t used = 0;
  const int value = std::stoi(text, &used);
  if (used != text.size() || value <= 0) {
    throw std::invalid_argument(std::string(what) + ": not a positive number: " + text);
  }
  return value;
}

Options ParseOptions(int argc, char** argv) {
  Options options;
  options.topics = EnvOr("CHATFLEET_DEVBROKER_TOPICS", options.topics);
  options.brokers =
      ParsePositive("CHATFLEET_DEVBROKER_BROKERS", EnvOr("CHATFLEET_DEVBROKER_BROKERS", "3"));
  options.bootstrap_file = EnvOr("CHATFLEET_DEVBROKER_BOOTSTRAP_FILE", "");
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const auto value = [&](std::string_view flag) { return std::string(arg.substr(flag.size())); };
    if (arg == "--help" || arg == "-h") {
      options.help = true;
    } else if (arg.starts_with("--topics=")) {
      options.topics = value("--topics=");
    } else if (arg.starts_with("--brokers=")) {
      options.brokers = ParsePositive("--brokers", value("--brokers="));
    } else if (arg.starts_with("--bootstrap-file=")) {
      options.bootstrap_file = value("--bootstrap-file=");
    } else {
      throw std::invalid_argument("unknown flag " + std::string(arg) + " (see --help)");
    }
  }
  return options;
}

void WriteBootstrapFile(const std::string& path, const std::string& line) {
  // Write then rename, so a script polling for the file never reads half a line.
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << line << '\n';
    if (!out.flush()) throw std::runtime_error("cannot write " + temporary);
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    throw std::runtime_error("cannot rename " + temporary + " to " + path);
  }
}

}  // namespace

int main(int argc, char** argv) {
  chatfleet::ShutdownSignal shutdown;  // first, before any librdkafka thread starts
  chatfleet::log::Init("devbroker", chatfleet::log::Level::kInfo);
  try {
    const Options options = ParseOptions(argc, argv);
    if (options.help) {
      std::cout << kUsage;
      return 0;
    }
    const auto topics = chatfleet::kafka::ParseTopicList(options.topics);
    if (!topics) throw std::invalid_argument(topics.error().message);
    chatfleet::kafka::MockCluster cluster(options.brokers);
    const int replicas = std::min(3, options.brokers);
    for (const auto& topic : *topics) {
      if (auto created = cluster.CreateTopic(topic.name, topic.partitions, replicas); !created) {
        throw std::runtime_error(created.error().message);
      }
    }
    // Serves kafka::CreateTopics (tests create their own topics with chosen partition counts).
    chatfleet::devbroker::TopicRequestServer topic_requests(cluster, replicas);
    const std::string line = "KAFKA_BROKERS=" + cluster.bootstrap_servers();
    std::cout << line << std::endl;  // first line of stdout, flushed
    if (!options.bootstrap_file.empty()) WriteBootstrapFile(options.bootstrap_file, line);
    chatfleet::log::Info("development broker ready (in memory, ~5 MiB kept per partition)",
                         {{"bootstrap_servers", cluster.bootstrap_servers()},
                          {"brokers", options.brokers},
                          {"topics", options.topics}});
    shutdown.Wait();
    chatfleet::log::Info("development broker stopping");
    return 0;
  } catch (const std::exception& e) {
    chatfleet::log::Error("devbroker failed", {{"error", e.what()}});
    std::cerr << "chatfleet-devbroker: " << e.what() << "\n";
    return 1;
  }
}
