// chatfleet-topics: creates the fleet's topics (chat.events, chat.events.dlq, chat.context,
// chat.outbound) with their partition counts through Kafka's Admin API (CreateTopics). Run by
// ./fleet after the local broker starts, and by operators (or a Job) against a new cluster. It
// waits a bounded time for the cluster, so it can run while the brokers are still starting;
// topics that already exist are left as they are, so running it again is harmless.
#include <chrono>
#include <exception>
#include <iostream>
#include <string>

#include "shared/config/config.h"
#include "shared/core/retry.h"
#include "shared/kafka/admin.h"
#include "shared/kafka/client_properties.h"
#include "shared/kafka/topic_list.h"
#include "shared/log/logger.h"

namespace {

using chatfleet::config::Config;
using chatfleet::config::Need;
using chatfleet::config::Setting;

constexpr Setting kSettings[] = {
    {"KAFKA_BROKERS", "", "bootstrap servers, host:port,...", Need::kDeployment},
    {"CHATFLEET_TOPICS", chatfleet::kafka::kFleetTopics,
     "the topics to create, name:partitions,..."},
    {"CHATFLEET_REPLICATION_FACTOR", "-1",
     "replicas of each new topic (-1: the cluster's default.replication.factor)"},
    {"CHATFLEET_TOPICS_WAIT_MS", "60000",
     "how long to wait for the cluster to answer and show the topics before giving up"},
    {"CHATFLEET_LOG_LEVEL", "warn", "debug, info, warn or error (JSON logs on stderr)"},
};

constexpr const char* kUsage =
    "usage: chatfleet-topics create [flags]\n\n"
    "librdkafka properties (security: SASL, TLS) come from CHATFLEET_KAFKA_<PROPERTY>, as for\n"
    "every service: CHATFLEET_KAFKA_SECURITY_PROTOCOL=SASL_SSL sets security.protocol.\n\n";

int Run(int argc, char** argv) {
  const Config config = Config::Load(kSettings, argc, argv);
  if (config.help_requested()) {
    std::cout << kUsage << Config::Usage("chatfleet-topics", kSettings);
    return 0;
  }
  namespace log = chatfleet::log;
  log::Init("topics", log::ParseLevel(config.Get("CHATFLEET_LOG_LEVEL")));
  if (config.positional().size() != 1 || config.positional()[0] != "create") {
    std::cerr << kUsage << "run with --help for the flags\n";
    return 2;
  }
  const std::string& brokers = config.Get("KAFKA_BROKERS");
  if (brokers.empty()) {
    std::cerr << "chatfleet-topics: KAFKA_BROKERS is not set (environment or --kafka-brokers)\n";
    return 2;
  }
  auto topics = chatfleet::kafka::ParseTopicList(config.Get("CHATFLEET_TOPICS"));
  if (!topics) {
    std::cerr << "chatfleet-topics: " << topics.error().message << "\n";
    return 2;
  }
  // CHATFLEET_KAFKA_* (security …), as every service reads them.
  const auto client_properties = chatfleet::kafka::ClientPropertiesFromEnvironment();
  for (auto& topic : *topics) {
    topic.replication_factor = static_cast<int>(config.GetInt("CHATFLEET_REPLICATION_FACTOR"));
  }

  const auto deadline =
      std::chrono::steady_clock::now() + config.GetMillis("CHATFLEET_TOPICS_WAIT_MS");
  const chatfleet::RetryPolicy policy{.initial_delay = std::chrono::milliseconds(200),
                                      .max_delay = std::chrono::seconds(2)};
  const auto created = chatfleet::Retry<void>(
      policy,
      [&] {
        return chatfleet::kafka::CreateTopics(brokers, *topics, std::chrono::seconds(10),
                                              /*exists_ok=*/true, client_properties);
      },
      [&] { return std::chrono::steady_clock::now() >= deadline; });
  if (!created) {
    std::cerr << "chatfleet-topics: " << created.error().message << " ("
              << chatfleet::ToString(created.error().kind) << ")\n";
    return 1;
  }
  for (const auto& topic : *topics) {
    std::cout << topic.name << "\t" << topic.partitions << " partitions\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "chatfleet-topics: " << e.what() << "\n";
    return 2;
  }
}
