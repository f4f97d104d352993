// scheduler: the time-driven service. Wires config, the clock, PostgreSQL and the producer
// into a SchedulerRunner; the logic lives in store/ (claim, mark), compose/ (the outbound
// message and its words) and runner/.

#include "scheduler/compose/due_texts.h"
#include "scheduler/runner/scheduler_runner.h"
#include "shared/config/config.h"
#include "shared/core/lifecycle.h"
#include "shared/http/operational_routes.h"
#include "shared/http/server.h"
#include "shared/kafka/client_properties.h"
#include "shared/log/logger.h"
#include "shared/service/dependency_checks.h"
#include "shared/service/service_main.h"

namespace {

using chatfleet::config::Need;
using chatfleet::config::Setting;

constexpr std::chrono::milliseconds kReadinessInterval{2000};

constexpr Setting kSettings[] = {
    {"KAFKA_BROKERS", "127.0.0.1:9092", "Kafka bootstrap servers", Need::kDeployment},
    {"DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/chatfleet", "PostgreSQL connection",
     Need::kDeployment},
    {"CHATFLEET_TOPIC_OUTBOUND", "chat.outbound", "topic reminders and follow-ups go to"},
    {"CHATFLEET_SCHEDULER_INTERVAL_MS", "1000", "how often due messages are claimed"},
    {"CHATFLEET_SCHEDULER_BATCH", "500", "most messages claimed per kind and tick"},
    {"CHATFLEET_PUBLISH_TIMEOUT_MS", "10000", "broker acknowledgement deadline per tick"},
    {"CHATFLEET_CLOCK_FILE", "",
     "tests and demos only: read 'now' (RFC 3339) from this file instead of the system clock"},
    {"CHATFLEET_HTTP_ADDRESS", "0.0.0.0", "address of /healthz, /readyz, /metrics"},
    {"CHATFLEET_HTTP_PORT", "8082", "port of /healthz, /readyz, /metrics (0: any)"},
    {"CHATFLEET_LOG_LEVEL", "info", "debug, info, warn or error"},
};

int Run(const chatfleet::config::Config& config, chatfleet::ShutdownSignal& shutdown) {
  namespace log = chatfleet::log;
  const auto tracer = chatfleet::trace::Tracer::FromEnvironment("chatfleet-scheduler");
  const auto clock = chatfleet::MakeClock(config.Get("CHATFLEET_CLOCK_FILE"));

  // CHATFLEET_KAFKA_* (security …) for every client: the producer and the readiness probe.
  const auto kafka_properties = chatfleet::kafka::ClientPropertiesFromEnvironment();
  chatfleet::kafka::ProducerOptions producer_options;
  producer_options.brokers = config.Get("KAFKA_BROKERS");
  producer_options.client_id = "chatfleet-scheduler";
  producer_options.extra = kafka_properties;
  chatfleet::kafka::Producer producer(producer_options);

  chatfleet::metrics::Registry metrics;
  auto& missing_translations =
      metrics.AddCounter("chatfleet_i18n_missing_translations_total",
                         "Messages written in English because the user's language lacked the text");
  const chatfleet::i18n::MessageCatalog catalog(
      [&missing_translations](std::string_view, chatfleet::i18n::MessageId) {
        missing_translations.Inc();
      });
  chatfleet::scheduler::SchedulerOptions options;
  options.database_url = config.Get("DATABASE_URL");
  options.outbound_topic = config.Get("CHATFLEET_TOPIC_OUTBOUND");
  options.interval = config.GetMillis("CHATFLEET_SCHEDULER_INTERVAL_MS");
  options.batch = static_cast<int>(config.GetInt("CHATFLEET_SCHEDULER_BATCH"));
  options.publish_timeout = config.GetMillis("CHATFLEET_PUBLISH_TIMEOUT_MS");
  chatfleet::scheduler::SchedulerRunner runner(
      options, *clock, producer,
      [&catalog](const chatfleet::scheduler::DueMessage& due) {
        return chatfleet::scheduler::RenderDueMessage(catalog, due);
      },
      *tracer, metrics);

  chatfleet::service::Readiness readiness(metrics, kReadinessInterval);
  chatfleet::service::AddDependencyChecks(
      readiness, shutdown, {config.Get("KAFKA_BROKERS"), options.database_url, kafka_properties});
  readiness.AddGate("ticks", [&runner] {
    return runner.ready() ? std::string(chatfleet::service::kCheckOk)
                          : std::string("no successful tick yet");
  });
  readiness.Start();
  chatfleet::http::Router router;
  chatfleet::http::AddOperationalRoutes(router, metrics, readiness.health_checks());
  auto server_options = chatfleet::service::HttpOptions(config, 1);
  chatfleet::http::Server server(server_options, std::move(router));
  server.Start();
  log::Info("scheduler started",
            {{"http_port", static_cast<int>(server.port())}, {"topic", options.outbound_topic}});

  runner.Run([&shutdown] { return shutdown.stop_requested(); });
  server.Stop();
  if (auto flushed = producer.Flush(std::chrono::seconds(10)); !flushed) {
    log::Error("outbound messages left unacknowledged at shutdown",
               {{"error", flushed.error().message}});
  }
  log::Info("stopped", {});
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  return chatfleet::service::Main("scheduler", kSettings, argc, argv, Run);
}
