// workers: the consumer group on chat.events. Wires config, the consumer, the store and the
// dead-letter producer into a BatchRunner; the logic lives in intake/, memory/, dlq/, runner/.
#include <unistd.h>

#include <iostream>

#include "shared/config/config.h"
#include "shared/core/lifecycle.h"
#include "shared/http/operational_routes.h"
#include "shared/kafka/consumer.h"
#include "shared/kafka/producer.h"
#include "shared/log/logger.h"
#include "workers/runner/batch_runner.h"

namespace {

using chatfleet::config::Setting;

constexpr Setting kSettings[] = {
    {"KAFKA_BROKERS", "127.0.0.1:9092", "Kafka bootstrap servers"},
    {"DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/chatfleet", "PostgreSQL connection"},
    {"CHATFLEET_TOPIC_EVENTS", "chat.events", "topic the workers consume"},
    {"CHATFLEET_TOPIC_DLQ", "chat.events.dlq", "topic for events that cannot be processed"},
    {"CHATFLEET_CONSUMER_GROUP", "chatfleet-workers", "consumer group id"},
    {"CHATFLEET_GROUP_INSTANCE_ID", "",
     "static membership id (the pod name in Kubernetes); empty: dynamic membership"},
    {"CHATFLEET_SESSION_TIMEOUT_MS", "10000",
     "consumer group session timeout: how soon a dead worker's partitions move"},
    {"CHATFLEET_MAX_BATCH", "2000", "most messages processed in one transaction"},
    {"CHATFLEET_POLL_TIMEOUT_MS", "100", "how long a poll waits for the first message"},
    {"CHATFLEET_HTTP_ADDRESS", "0.0.0.0", "address of /healthz, /readyz, /metrics"},
    {"CHATFLEET_HTTP_PORT", "8081", "port of /healthz, /readyz, /metrics (0: any)"},
    {"CHATFLEET_LOG_LEVEL", "info", "debug, info, warn or error"},
};

int Run(int argc, char** argv) {
  chatfleet::ShutdownSignal shutdown;
  const auto config = chatfleet::config::Config::Load(kSettings, argc, argv);
  if (config.help_requested()) {
    std::cout << chatfleet::config::Config::Usage("chatfleet-workers", kSettings);
    return 0;
  }
  namespace log = chatfleet::log;
  log::Init("workers", log::ParseLevel(config.Get("CHATFLEET_LOG_LEVEL")));

  chatfleet::kafka::ProducerOptions producer_options;
  producer_options.brokers = config.Get("KAFKA_BROKERS");
  producer_options.client_id = "chatfleet-workers";
  chatfleet::kafka::Producer producer(producer_options);
  chatfleet::workers::DeadLetterPublisher dead_letters(producer, config.Get("CHATFLEET_TOPIC_DLQ"));
  chatfleet::workers::HistoryWriter writer(config.Get("DATABASE_URL"));

  chatfleet::kafka::ConsumerOptions consumer_options;
  consumer_options.brokers = config.Get("KAFKA_BROKERS");
  consumer_options.group_id = config.Get("CHATFLEET_CONSUMER_GROUP");
  consumer_options.group_instance_id = config.Get("CHATFLEET_GROUP_INSTANCE_ID");
  consumer_options.client_id = "chatfleet-workers-" + std::to_string(getpid());
  consumer_options.topics = {config.Get("CHATFLEET_TOPIC_EVENTS")};
  consumer_options.session_timeout = config.GetMillis("CHATFLEET_SESSION_TIMEOUT_MS");
  chatfleet::kafka::Consumer consumer(consumer_options, [](const auto& event) {
    const char* kind = event.kind == chatfleet::kafka::RebalanceKind::kAssigned  ? "assigned"
                       : event.kind == chatfleet::kafka::RebalanceKind::kRevoked ? "revoked"
                                                                                  : "lost";
    std::string partitions;
    for (const auto& partition : event.partitions) {
      partitions += (partitions.empty() ? "" : ",") + std::to_string(partition.partition);
    }
    log::Info("rebalance", {{"kind", kind}, {"partitions", partitions}});
  });

  chatfleet::metrics::Registry metrics;
  chatfleet::workers::RunnerOptions runner_options;
  runner_options.max_batch = static_cast<std::size_t>(config.GetInt("CHATFLEET_MAX_BATCH"));
  runner_options.poll_timeout = config.GetMillis("CHATFLEET_POLL_TIMEOUT_MS");
  chatfleet::workers::BatchRunner runner(consumer, writer, dead_letters, metrics, runner_options);

  chatfleet::http::Router router;
  chatfleet::http::AddOperationalRoutes(
      router, metrics, {[&]() -> std::optional<std::string> {
        if (shutdown.stop_requested()) return "shutting down";
        if (!runner.ready()) return "not yet polling the consumer group";
        return std::nullopt;
      }});
  chatfleet::http::ServerOptions server_options;
  server_options.address = config.Get("CHATFLEET_HTTP_ADDRESS");
  server_options.port = static_cast<std::uint16_t>(config.GetInt("CHATFLEET_HTTP_PORT"));
  server_options.threads = 1;
  chatfleet::http::Server server(server_options, std::move(router));
  server.Start();
  log::Info("workers started", {{"http_port", static_cast<int>(server.port())},
                                {"group", consumer_options.group_id},
                                {"topic", consumer_options.topics.front()}});

  const auto result = runner.Run([&shutdown] { return shutdown.stop_requested(); });
  // Leave the group before anything else so the partitions move to the other members now.
  consumer.Close();
  server.Stop();
  if (!result) {
    log::Error("workers stopped on a fatal error", {{"error", result.error().message}});
    return 1;
  }
  log::Info("stopped", {});
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& error) {
    chatfleet::log::Error("workers failed to start", {{"error", error.what()}});
    return 2;
  }
}
