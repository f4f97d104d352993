// workers: the consumer group on chat.events. Wires config, the consumer, the stores, the
// summarizer and the chat.context / dead-letter producer into a BatchRunner; the logic lives in
// intake/, memory/, personalization/, recall/, flags/, context/, dlq/, runner/.
#include <unistd.h>

#include "shared/config/config.h"
#include "shared/core/lifecycle.h"
#include "shared/http/operational_routes.h"
#include "shared/kafka/consumer.h"
#include "shared/kafka/producer.h"
#include "shared/log/logger.h"
#include "shared/service/dependency_checks.h"
#include "shared/service/service_main.h"
#include "workers/memory/openai_summarizer.h"
#include "workers/runner/batch_runner.h"
#include "workers/runner/rebalance_metrics.h"

namespace {

using chatfleet::config::Setting;

constexpr std::chrono::milliseconds kReadinessInterval{2000};

constexpr Setting kSettings[] = {
    {"KAFKA_BROKERS", "127.0.0.1:9092", "Kafka bootstrap servers"},
    {"DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/chatfleet", "PostgreSQL connection"},
    {"CHATFLEET_TOPIC_EVENTS", "chat.events", "topic the workers consume"},
    {"CHATFLEET_TOPIC_DLQ", "chat.events.dlq", "topic for events that cannot be processed"},
    {"CHATFLEET_TOPIC_CONTEXT", "chat.context",
     "topic of the ConversationContext emitted for every user message"},
    {"CHATFLEET_MEMORY_STAGES", "on",
     "off: store history only (no profiles, recall, compression or chat.context): the spine alone"},
    {"CHATFLEET_FLAGS", "",
     "feature flags, e.g. recall=25,compression=off (on | off | rollout percent; default on); "
     "the feature_flags table overrides them per tenant"},
    {"CHATFLEET_CONTEXT_HISTORY_MESSAGES", "20", "most recent messages in a context"},
    {"CHATFLEET_CONTEXT_HISTORY_CHARS", "8000",
     "character budget of the rendered recent history (about 4 per token)"},
    {"CHATFLEET_RECALL_MAX", "6", "most contextual memories in a context"},
    {"CHATFLEET_RECALL_BUDGET_MS", "200",
     "time budget of memory ranking per batch; past it contexts go out without memories"},
    {"CHATFLEET_COMPRESSION_THRESHOLD", "50",
     "verbatim events in a conversation above which older ones are folded into its summary"},
    {"CHATFLEET_COMPRESSION_KEEP", "20", "newest events kept verbatim by a fold"},
    {"CHATFLEET_COMPRESSION_MAX_PER_BATCH", "4", "most conversations folded after one batch"},
    {"CHATFLEET_RETENTION_DAYS", "90", "history rows older than this are purged"},
    {"CHATFLEET_SUMMARIZER_URL", "",
     "OpenAI-compatible API base (e.g. http://llm:8000/v1); empty: extractive summaries only"},
    {"CHATFLEET_SUMMARIZER_MODEL", "gpt-4o-mini", "model name sent to the summarizer"},
    {"CHATFLEET_SUMMARIZER_API_KEY", "", "bearer token for the summarizer (may be empty)"},
    {"CHATFLEET_SUMMARIZER_TIMEOUT_MS", "10000",
     "summarizer deadline; past it the extractive summary is used"},
    {"CHATFLEET_DEFAULT_PERSONA", "a helpful assistant",
     "persona of new profiles when bot_defaults has none for the tenant and bot"},
    {"CHATFLEET_DEFAULT_TIMEZONE", "UTC", "timezone of new profiles (IANA name)"},
    {"CHATFLEET_DEFAULT_LANGUAGE", "en", "reply language when nothing else tells"},
    {"CHATFLEET_CONSUMER_GROUP", "chatfleet-workers", "consumer group id"},
    {"CHATFLEET_GROUP_INSTANCE_ID", "",
     "static membership id (the pod name in Kubernetes); empty: dynamic membership"},
    {"CHATFLEET_SESSION_TIMEOUT_MS", "10000",
     "consumer group session timeout: how soon a dead worker's partitions move"},
    {"CHATFLEET_MAX_BATCH", "2000", "most messages processed in one transaction"},
    {"CHATFLEET_POLL_TIMEOUT_MS", "100", "how long a poll waits for the first message"},
    {"CHATFLEET_BATCH_LINGER_MS", "10",
     "after the first message, how long a poll gathers more (bigger batches, fewer commits)"},
    {"CHATFLEET_FETCH_WAIT_MAX_MS", "20",
     "how long the broker may hold a fetch for more data: the latency floor of a quiet partition"},
    {"CHATFLEET_HTTP_ADDRESS", "0.0.0.0", "address of /healthz, /readyz, /metrics"},
    {"CHATFLEET_HTTP_PORT", "8081", "port of /healthz, /readyz, /metrics (0: any)"},
    {"CHATFLEET_LOG_LEVEL", "info", "debug, info, warn or error"},
};

int Run(const chatfleet::config::Config& config, chatfleet::ShutdownSignal& shutdown) {
  namespace log = chatfleet::log;

  chatfleet::kafka::ProducerOptions producer_options;
  producer_options.brokers = config.Get("KAFKA_BROKERS");
  producer_options.client_id = "chatfleet-workers";
  chatfleet::kafka::Producer producer(producer_options);
  chatfleet::workers::DeadLetterPublisher dead_letters(producer, config.Get("CHATFLEET_TOPIC_DLQ"));
  chatfleet::workers::HistoryWriter writer(config.Get("DATABASE_URL"));
  namespace workers = chatfleet::workers;
  auto flags = workers::ParseFlagConfig(config.Get("CHATFLEET_FLAGS"));
  if (!flags) throw std::runtime_error(flags.error().message);
  workers::LazyConnection memory_connection(config.Get("DATABASE_URL"));
  workers::MemoryStore memory_store(memory_connection);
  workers::RecallStore recall_store(
      memory_connection, {static_cast<std::size_t>(config.GetInt("CHATFLEET_RECALL_MAX")),
                          config.GetMillis("CHATFLEET_RECALL_BUDGET_MS")});
  std::unique_ptr<workers::Summarizer> summarizer =
      std::make_unique<workers::ExtractiveSummarizer>();
  if (!config.Get("CHATFLEET_SUMMARIZER_URL").empty()) {
    summarizer = std::make_unique<workers::FallbackSummarizer>(
        std::make_unique<workers::OpenAiSummarizer>(workers::OpenAiSummarizerOptions{
            config.Get("CHATFLEET_SUMMARIZER_URL"), config.Get("CHATFLEET_SUMMARIZER_API_KEY"),
            config.Get("CHATFLEET_SUMMARIZER_MODEL"),
            config.GetMillis("CHATFLEET_SUMMARIZER_TIMEOUT_MS")}),
        std::move(summarizer));
  }
  workers::CompactionOptions compaction;
  compaction.threshold = static_cast<std::size_t>(config.GetInt("CHATFLEET_COMPRESSION_THRESHOLD"));
  compaction.keep = static_cast<std::size_t>(config.GetInt("CHATFLEET_COMPRESSION_KEEP"));
  compaction.max_conversations_per_batch =
      static_cast<std::size_t>(config.GetInt("CHATFLEET_COMPRESSION_MAX_PER_BATCH"));
  workers::Compactor compactor(memory_connection, *summarizer, compaction);
  workers::ContextPublisher contexts(producer, config.Get("CHATFLEET_TOPIC_CONTEXT"));

  chatfleet::kafka::ConsumerOptions consumer_options;
  consumer_options.brokers = config.Get("KAFKA_BROKERS");
  consumer_options.group_id = config.Get("CHATFLEET_CONSUMER_GROUP");
  consumer_options.group_instance_id = config.Get("CHATFLEET_GROUP_INSTANCE_ID");
  consumer_options.client_id = "chatfleet-workers-" + std::to_string(getpid());
  consumer_options.topics = {config.Get("CHATFLEET_TOPIC_EVENTS")};
  consumer_options.session_timeout = config.GetMillis("CHATFLEET_SESSION_TIMEOUT_MS");
  consumer_options.fetch_wait_max = config.GetMillis("CHATFLEET_FETCH_WAIT_MAX_MS");
  chatfleet::metrics::Registry metrics;
  workers::RebalanceMetrics rebalances(metrics);
  chatfleet::kafka::Consumer consumer(consumer_options, [&rebalances](const auto& event) {
    rebalances.Observe(event);
    const char* kind = event.kind == chatfleet::kafka::RebalanceKind::kAssigned  ? "assigned"
                       : event.kind == chatfleet::kafka::RebalanceKind::kRevoked ? "revoked"
                                                                                 : "lost";
    std::string partitions;
    for (const auto& partition : event.partitions) {
      partitions += (partitions.empty() ? "" : ",") + std::to_string(partition.partition);
    }
    log::Info("rebalance", {{"kind", kind}, {"partitions", partitions}});
  });

  chatfleet::workers::RunnerOptions runner_options;
  runner_options.max_batch = static_cast<std::size_t>(config.GetInt("CHATFLEET_MAX_BATCH"));
  runner_options.poll_timeout = config.GetMillis("CHATFLEET_POLL_TIMEOUT_MS");
  runner_options.batch_linger = config.GetMillis("CHATFLEET_BATCH_LINGER_MS");
  runner_options.consumer_group = consumer_options.group_id;
  const auto tracer = chatfleet::trace::Tracer::FromEnvironment("chatfleet-workers");
  workers::MemoryStageOptions stage_options;
  stage_options.flags = *flags;
  stage_options.personalization.persona = config.Get("CHATFLEET_DEFAULT_PERSONA");
  stage_options.personalization.timezone = config.Get("CHATFLEET_DEFAULT_TIMEZONE");
  stage_options.personalization.language = config.Get("CHATFLEET_DEFAULT_LANGUAGE");
  stage_options.history.max_messages =
      static_cast<std::size_t>(config.GetInt("CHATFLEET_CONTEXT_HISTORY_MESSAGES"));
  stage_options.history.max_chars =
      static_cast<std::size_t>(config.GetInt("CHATFLEET_CONTEXT_HISTORY_CHARS"));
  stage_options.retention_ttl = std::chrono::hours(24 * config.GetInt("CHATFLEET_RETENTION_DAYS"));
  workers::MemoryStages stages({memory_store, recall_store, compactor, contexts},
                               std::move(stage_options), metrics);
  chatfleet::workers::BatchRunner runner(
      consumer, writer, dead_letters, metrics, runner_options,
      config.GetBool("CHATFLEET_MEMORY_STAGES") ? &stages : nullptr, tracer.get());

  chatfleet::service::Readiness readiness(metrics, kReadinessInterval);
  chatfleet::service::AddDependencyChecks(readiness, shutdown,
                                          {consumer_options.brokers, config.Get("DATABASE_URL")});
  readiness.AddGate("group", [&runner, &consumer] {
    if (!runner.ready()) return std::string("not polling yet");
    return consumer.joined() ? std::string(chatfleet::service::kCheckOk)
                             : std::string("not joined yet");
  });
  readiness.Start();
  chatfleet::http::Router router;
  chatfleet::http::AddOperationalRoutes(router, metrics, readiness.health_checks());
  auto server_options = chatfleet::service::HttpOptions(config, 1);
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
  return chatfleet::service::Main("workers", kSettings, argc, argv, Run);
}
