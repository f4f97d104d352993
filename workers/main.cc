// workers: the consumer group on chat.events. Wires config, the consumer, the stores, the
// summarizer and the chat.context / dead-letter producer into a BatchRunner; the logic lives in
// intake/, memory/, personalization/, recall/, flags/, context/, proactive/, dlq/, runner/.
#include <unistd.h>

#include <charconv>
#include <map>
#include <memory>

#include "shared/config/config.h"
#include "shared/core/allocator.h"
#include "shared/core/lifecycle.h"
#include "shared/http/operational_routes.h"
#include "shared/kafka/client_properties.h"
#include "shared/kafka/consumer.h"
#include "shared/kafka/producer.h"
#include "shared/log/logger.h"
#include "shared/service/dependency_checks.h"
#include "shared/service/service_main.h"
#include "shared/tenants/secret_source.h"
#include "workers/context/answered_positions.h"
#include "workers/dlq/dead_letter.h"
#include "workers/embeddings/embeddings_settings.h"
#include "workers/memory/history_writer.h"
#include "workers/memory/openai_summarizer.h"
#include "workers/recall/search_backfill.h"
#include "workers/runner/batch_runner.h"
#include "workers/runner/kafka_event_source.h"
#include "workers/runner/memory_stages.h"
#include "workers/runner/rebalance_metrics.h"

namespace {

using chatfleet::config::Need;
using chatfleet::config::Setting;

constexpr std::chrono::milliseconds kReadinessInterval{2000};

constexpr Setting kSettings[] = {
    {"KAFKA_BROKERS", "127.0.0.1:9092", "Kafka bootstrap servers", Need::kDeployment},
    {"DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/chatfleet", "PostgreSQL connection",
     Need::kDeployment},
    {"CHATFLEET_TOPIC_EVENTS", "chat.events", "topic the workers consume"},
    {"CHATFLEET_TOPIC_DLQ", "chat.events.dlq", "topic for events that cannot be processed"},
    {"CHATFLEET_TOPIC_CONTEXT", "chat.context",
     "topic of the ConversationContext emitted for every user message"},
    {"CHATFLEET_CONTEXT_COMPRESSION", chatfleet::workers::kContextCompression,
     "codec of the workers' producer (chat.context, chat.outbound, the DLQ): none, lz4, zstd, "
     "gzip or snappy; consumers decompress on read"},
    {"CHATFLEET_MEMORY_STAGES", "on",
     "off: store history only (no profiles, recall, compression or chat.context): the spine alone"},
    {"CHATFLEET_FLAGS", "",
     "feature flags personalization, recall, compression, proactive, e.g. "
     "recall=25,compression=off (on | off | rollout percent; default on); "
     "the feature_flags table overrides them per tenant"},
    {"CHATFLEET_CONTEXT_HISTORY_MESSAGES", "20", "most recent messages in a context"},
    {"CHATFLEET_CONTEXT_HISTORY_CHARS", "8000",
     "character budget of the rendered recent history (about 4 per token)"},
    {"CHATFLEET_WINDOW_CACHE_CONVERSATIONS", "10000",
     "conversations whose recent messages a worker keeps between batches instead of reading "
     "them again (0: always read); forgotten on a rebalance, a fold or an edit"},
    {"CHATFLEET_WINDOW_CACHE_MIB", "64",
     "memory bound of that cache; least recently used conversations go first"},
    {"CHATFLEET_RECALL_MAX", "6", "most contextual memories in a context"},
    {"CHATFLEET_RECALL_BUDGET_MS", "200",
     "time budget of memory ranking per batch; past it contexts go out without memories"},
    {"CHATFLEET_RECALL_GUARD", "on",
     "on: a worker switches a tenant's recall off by itself while its rankings err or are slow "
     "(the limits below), and tries it again after the cool-down; off: never"},
    {"CHATFLEET_RECALL_GUARD_ERROR_RATE", "0.05",
     "share of a tenant's contexts without their memories (timeout or error) above which the "
     "guard counts a breach"},
    {"CHATFLEET_RECALL_GUARD_ERROR_SECONDS", "600",
     "how long the error rate must stay above its limit before recall is switched off"},
    {"CHATFLEET_RECALL_GUARD_LATENCY_MS", "300",
     "mean ranking time of a tenant's batches above which the guard counts a breach"},
    {"CHATFLEET_RECALL_GUARD_LATENCY_SECONDS", "300",
     "how long the ranking time must stay above its limit before recall is switched off"},
    {"CHATFLEET_RECALL_GUARD_WINDOW_SECONDS", "60",
     "trailing window over which the guard takes the error rate and the mean ranking time"},
    {"CHATFLEET_RECALL_GUARD_MIN_RANKINGS", "20",
     "fewer rankings than this in the window (or in a probe) decide nothing"},
    {"CHATFLEET_RECALL_GUARD_COOL_DOWN_SECONDS", "900",
     "how long a tenant's recall stays off; then its next rankings are a probe that decides"},
    {"CHATFLEET_SEARCH_BACKFILL_BATCH", "200",
     "full-text vectors a worker's background backfill writes per round for rows stored while "
     "their tenant's recall was off (0: off); one worker of the database at a time"},
    {"CHATFLEET_SEARCH_BACKFILL_SCAN", "5000", "history rows (by id) that backfill round looks at"},
    {"CHATFLEET_SEARCH_BACKFILL_INTERVAL_MS", "200", "pause between the rounds of a sweep"},
    {"CHATFLEET_SEARCH_BACKFILL_REST_SECONDS", "300",
     "pause after a sweep of the whole history before the next starts"},
    {"CHATFLEET_EMBEDDINGS_URL", "",
     "OpenAI-compatible embeddings API base (POST <url>/v1/embeddings), e.g. "
     "http://embeddings:8080: recall by meaning and words; empty: by words alone"},
    {"CHATFLEET_EMBEDDINGS_MODEL", "multilingual-e5-small",
     "model name sent to the embeddings API and stored beside each vector"},
    {"CHATFLEET_EMBEDDINGS_API_KEY", "",
     "bearer token for the embeddings API; empty: env CHATFLEET_SECRET_EMBEDDINGS_API_KEY or "
     "the file <CHATFLEET_SECRETS_DIR>/embeddings-api-key, else none"},
    {"CHATFLEET_EMBEDDINGS_TIMEOUT_MS", "100",
     "deadline of a query's embedding, at most half of CHATFLEET_RECALL_BUDGET_MS; past it "
     "that ranking is by words alone"},
    {"CHATFLEET_SECRETS_DIR", "",
     "directory of secret files (a mounted Kubernetes Secret): embeddings-api-key"},
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
    {"CHATFLEET_TOPIC_OUTBOUND", "chat.outbound",
     "topic of the fleet's own answers to users (/schedule)"},
    {"CHATFLEET_FOLLOW_UP_MINUTES", "urgent=15,high=60,medium=90,low=240",
     "follow-up delay per urgency; a tenant's follow_up_policies row overrides it"},
    {"CHATFLEET_URGENCY_CUES", "",
     "phrases added to the built-in urgency cues, e.g. urgent:asap|right now;low:whenever"},
    {"CHATFLEET_FOLLOW_UP_SETTLE_ON_MESSAGE", "true",
     "a user's new message settles their pending follow-ups in that conversation"},
    {"CHATFLEET_MEETING_LEAD_MINUTES", "30", "preparation reminder this long before a meeting"},
    {"CHATFLEET_MEETING_COMPLETION_DELAY_MINUTES", "0",
     "completion message this long after a meeting's end"},
    {"CHATFLEET_MEETING_GREETING", "on_message",
     "meetings without an end: greet on the user's next message after start + the delay "
     "(on_message) or at that time (by_time)"},
    {"CHATFLEET_MEETING_GREETING_AFTER_MINUTES", "15",
     "how long after a meeting's start (without an end) the follow-up greeting may come"},
    {"CHATFLEET_MEETING_MIN_CONFIDENCE", "0.5", "extracted meetings below this are not scheduled"},
    {"CHATFLEET_SCHEDULE_ACROSS_PLATFORMS", "false",
     "/schedule lists the user's meetings on every platform with the same user id (for clients "
     "that send one account id everywhere)"},
    {"CHATFLEET_DEFAULT_PERSONA", "a helpful assistant",
     "persona of new profiles when bot_defaults has none for the tenant and bot"},
    {"CHATFLEET_DEFAULT_TIMEZONE", "UTC", "timezone of new profiles (IANA name)"},
    {"CHATFLEET_DEFAULT_LANGUAGE", "en", "reply language when nothing else tells"},
    {"CHATFLEET_CONSUMER_GROUP", "chatfleet-workers", "consumer group id"},
    {"CHATFLEET_GROUP_INSTANCE_ID", "",
     "static membership id (the pod name in Kubernetes); empty: dynamic membership"},
    {"CHATFLEET_SESSION_TIMEOUT_MS", "10000",
     "consumer group session timeout: how soon a dead worker's partitions move"},
    {"CHATFLEET_MAX_BATCH", "5000", "most messages processed in one transaction"},
    {"CHATFLEET_POLL_TIMEOUT_MS", "100", "how long a poll waits for the first message"},
    {"CHATFLEET_BATCH_LINGER_MS", "10",
     "after the first message, how long a poll gathers more (bigger batches, fewer commits)"},
    {"CHATFLEET_FETCH_WAIT_MAX_MS", "20",
     "how long the broker may hold a fetch for more data: the latency floor of a quiet partition"},
    {"CHATFLEET_HTTP_ADDRESS", "0.0.0.0", "address of /healthz, /readyz, /metrics"},
    {"CHATFLEET_HTTP_PORT", "8081", "port of /healthz, /readyz, /metrics (0: any)"},
    {"CHATFLEET_LOG_LEVEL", "info", "debug, info, warn or error"},
};

/// "urgent=15,high=60,medium=90,low=240" → the policy's delays; startup error when malformed.
chatfleet::followups::FollowUpPolicy FollowUpPolicyFrom(const chatfleet::config::Config& config) {
  namespace followups = chatfleet::followups;
  followups::FollowUpPolicy policy;
  policy.settle_on_user_message = config.GetBool("CHATFLEET_FOLLOW_UP_SETTLE_ON_MESSAGE");
  std::string_view text = config.Get("CHATFLEET_FOLLOW_UP_MINUTES");
  while (!text.empty()) {
    const auto comma = text.find(',');
    const std::string_view item = text.substr(0, comma);
    text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
    const auto equals = item.find('=');
    const auto urgency = followups::ParseUrgency(item.substr(0, equals));
    int minutes = 0;
    const std::string_view value =
        equals == std::string_view::npos ? std::string_view{} : item.substr(equals + 1);
    const auto parsed = std::from_chars(value.data(), value.data() + value.size(), minutes);
    if (!urgency || value.empty() || parsed.ec != std::errc{} || minutes <= 0) {
      throw std::runtime_error("CHATFLEET_FOLLOW_UP_MINUTES: '" + std::string(item) +
                               "' is not <urgent|high|medium|low>=<minutes>");
    }
    switch (*urgency) {
      case followups::Urgency::kUrgent:
        policy.urgent = std::chrono::minutes(minutes);
        break;
      case followups::Urgency::kHigh:
        policy.high = std::chrono::minutes(minutes);
        break;
      case followups::Urgency::kMedium:
        policy.medium = std::chrono::minutes(minutes);
        break;
      case followups::Urgency::kLow:
        policy.low = std::chrono::minutes(minutes);
        break;
    }
  }
  return policy;
}

chatfleet::workers::RecallGuardOptions RecallGuardOptionsFrom(
    const chatfleet::config::Config& config) {
  chatfleet::workers::RecallGuardOptions options;
  options.enabled = config.GetBool("CHATFLEET_RECALL_GUARD");
  options.max_error_ratio = config.GetDouble("CHATFLEET_RECALL_GUARD_ERROR_RATE");
  options.error_for = std::chrono::seconds(config.GetInt("CHATFLEET_RECALL_GUARD_ERROR_SECONDS"));
  options.max_latency = config.GetMillis("CHATFLEET_RECALL_GUARD_LATENCY_MS");
  options.latency_for =
      std::chrono::seconds(config.GetInt("CHATFLEET_RECALL_GUARD_LATENCY_SECONDS"));
  options.window = std::chrono::seconds(config.GetInt("CHATFLEET_RECALL_GUARD_WINDOW_SECONDS"));
  options.cool_down =
      std::chrono::seconds(config.GetInt("CHATFLEET_RECALL_GUARD_COOL_DOWN_SECONDS"));
  const std::int64_t min_rankings = config.GetInt("CHATFLEET_RECALL_GUARD_MIN_RANKINGS");
  if (options.max_error_ratio < 0 || options.max_error_ratio >= 1) {
    throw std::runtime_error("CHATFLEET_RECALL_GUARD_ERROR_RATE must be at least 0 and below 1");
  }
  if (min_rankings < 1 || options.window.count() < 1) {
    throw std::runtime_error(
        "CHATFLEET_RECALL_GUARD_MIN_RANKINGS and CHATFLEET_RECALL_GUARD_WINDOW_SECONDS must be "
        "at least 1");
  }
  if (options.error_for.count() < 0 || options.latency_for.count() < 0 ||
      options.cool_down.count() < 0 || options.max_latency.count() < 0) {
    throw std::runtime_error("CHATFLEET_RECALL_GUARD_* durations must not be negative");
  }
  options.min_rankings = static_cast<std::uint64_t>(min_rankings);
  return options;
}

chatfleet::workers::ProactiveOptions ProactiveOptionsFrom(const chatfleet::config::Config& config) {
  chatfleet::workers::ProactiveOptions options;
  options.follow_up = FollowUpPolicyFrom(config);
  std::string bad_cue;
  auto cues =
      chatfleet::followups::UrgencyCues::Parse(config.Get("CHATFLEET_URGENCY_CUES"), &bad_cue);
  if (!cues) {
    throw std::runtime_error("CHATFLEET_URGENCY_CUES: '" + bad_cue +
                             "' is not <urgent|high|medium|low>:<phrase>|<phrase>");
  }
  options.urgency_cues = std::move(*cues);
  options.preparation_lead = std::chrono::minutes(config.GetInt("CHATFLEET_MEETING_LEAD_MINUTES"));
  options.completion_delay =
      std::chrono::minutes(config.GetInt("CHATFLEET_MEETING_COMPLETION_DELAY_MINUTES"));
  const std::string greeting = config.Get("CHATFLEET_MEETING_GREETING");
  if (greeting != "on_message" && greeting != "by_time") {
    throw std::runtime_error("CHATFLEET_MEETING_GREETING must be on_message or by_time, not '" +
                             greeting + "'");
  }
  options.greeting_trigger = greeting == "by_time"
                                 ? chatfleet::workers::GreetingTrigger::kByTime
                                 : chatfleet::workers::GreetingTrigger::kOnUserMessage;
  options.greeting_after =
      std::chrono::minutes(config.GetInt("CHATFLEET_MEETING_GREETING_AFTER_MINUTES"));
  options.min_confidence = config.GetDouble("CHATFLEET_MEETING_MIN_CONFIDENCE");
  options.schedule_across_platforms = config.GetBool("CHATFLEET_SCHEDULE_ACROSS_PLATFORMS");
  return options;
}

/// The query embedder's settings (nullopt: CHATFLEET_EMBEDDINGS_URL empty); a startup error
/// when one is malformed.
std::optional<chatfleet::workers::EmbedderSettings> EmbedderSettingsFrom(
    const chatfleet::config::Config& config) {
  std::string key = config.Get("CHATFLEET_EMBEDDINGS_API_KEY");
  if (key.empty()) {
    const auto secrets = chatfleet::tenants::EnvironmentAndFileSecrets(
        chatfleet::config::ProcessEnvironment(), config.Get("CHATFLEET_SECRETS_DIR"));
    key = secrets("embeddings-api-key").value_or("");
  }
  auto settings = chatfleet::workers::EmbedderSettingsFrom(
      {config.Get("CHATFLEET_EMBEDDINGS_URL"), config.Get("CHATFLEET_EMBEDDINGS_MODEL"), key,
       config.GetInt("CHATFLEET_EMBEDDINGS_TIMEOUT_MS"),
       config.GetMillis("CHATFLEET_RECALL_BUDGET_MS")});
  if (!settings) throw std::runtime_error(settings.error().message);
  return *settings;
}

/// Semantic recall's parts, when an embeddings service is configured: one embedder for the
/// queries (short deadline, on the post-store lane) and one for the indexer's thread.
struct SemanticRecall {
  std::unique_ptr<chatfleet::workers::OpenAiEmbedder> queries;
  std::unique_ptr<chatfleet::workers::OpenAiEmbedder> index;
  std::unique_ptr<chatfleet::workers::EmbeddingIndexer> indexer;
  chatfleet::workers::SemanticRecallOptions options;
};

SemanticRecall SemanticRecallFrom(const chatfleet::config::Config& config,
                                  chatfleet::metrics::Registry& metrics) {
  namespace workers = chatfleet::workers;
  SemanticRecall semantic;
  const auto settings = EmbedderSettingsFrom(config);
  if (!settings) return semantic;
  semantic.queries = std::make_unique<workers::OpenAiEmbedder>(*settings);
  workers::EmbedderSettings index_settings = *settings;
  index_settings.timeout = workers::kIndexEmbedTimeout;
  semantic.index = std::make_unique<workers::OpenAiEmbedder>(index_settings);
  workers::EmbeddingIndexerOptions indexer_options;
  // One message per request: the local service runs one forward pass at a time, and a query's
  // embedding (within its short deadline) waits behind at most one message's.
  indexer_options.batch = 1;
  indexer_options.backfill = true;
  semantic.indexer = std::make_unique<workers::EmbeddingIndexer>(
      *semantic.index, config.Get("DATABASE_URL"), metrics, indexer_options);
  semantic.options.embedder = semantic.queries.get();
  semantic.options.embed_timeout = settings->timeout;
  semantic.options.failures =
      &metrics.AddCounter("chatfleet_worker_embeddings_failures_total",
                          "Embeddings not made: the service failed or timed out (use=index: a "
                          "stored message stays findable by its words only; use=query: that "
                          "ranking fell back to lexical)",
                          {{"use", "query"}});
  chatfleet::log::Info("recall by meaning and words",
                       {{"embeddings_url", settings->url}, {"model", settings->model}});
  return semantic;
}

/// The background backfill of missing full-text vectors; null when switched off.
std::unique_ptr<chatfleet::workers::SearchBackfiller> SearchBackfillerFrom(
    const chatfleet::config::Config& config,
    const std::map<chatfleet::workers::Feature, chatfleet::workers::FlagSetting>& flags,
    chatfleet::metrics::Registry& metrics) {
  namespace workers = chatfleet::workers;
  workers::SearchBackfillerOptions options;
  options.rounds.batch = static_cast<std::size_t>(config.GetInt("CHATFLEET_SEARCH_BACKFILL_BATCH"));
  // Without the memory stages nothing reads the vectors.
  if (options.rounds.batch == 0 || !config.GetBool("CHATFLEET_MEMORY_STAGES")) return nullptr;
  options.rounds.scan = static_cast<std::size_t>(config.GetInt("CHATFLEET_SEARCH_BACKFILL_SCAN"));
  // As FeatureFlags::EnabledForAnyone decides for a tenant without a feature_flags row.
  const auto recall = flags.find(workers::Feature::kRecall);
  options.rounds.recall_configured =
      (recall == flags.end() ? workers::FlagSetting{} : recall->second).OnForAnyone();
  options.interval = config.GetMillis("CHATFLEET_SEARCH_BACKFILL_INTERVAL_MS");
  options.rest = std::chrono::seconds(config.GetInt("CHATFLEET_SEARCH_BACKFILL_REST_SECONDS"));
  return std::make_unique<workers::SearchBackfiller>(config.Get("DATABASE_URL"), metrics, options);
}

int Run(const chatfleet::config::Config& config, chatfleet::ShutdownSignal& shutdown) {
  namespace log = chatfleet::log;
  chatfleet::TuneAllocatorForBatches();

  // CHATFLEET_KAFKA_* (security …) for every client: producer, consumer, readiness probe.
  const auto kafka_properties = chatfleet::kafka::ClientPropertiesFromEnvironment();
  chatfleet::kafka::ProducerOptions producer_options;
  producer_options.brokers = config.Get("KAFKA_BROKERS");
  producer_options.client_id = "chatfleet-workers";
  producer_options.extra = kafka_properties;
  producer_options.compression = config.Get("CHATFLEET_CONTEXT_COMPRESSION");
  chatfleet::kafka::Producer producer(producer_options);
  chatfleet::workers::DeadLetterPublisher dead_letters(producer, config.Get("CHATFLEET_TOPIC_DLQ"));
  chatfleet::workers::HistoryWriter writer(config.Get("DATABASE_URL"));
  namespace workers = chatfleet::workers;
  auto flags = workers::ParseFlagConfig(config.Get("CHATFLEET_FLAGS"));
  if (!flags) throw std::runtime_error(flags.error().message);
  // Two connections: one for the stages before the store (runner thread), one for the
  // post-store lane (history windows, recall, folding), which runs at the same time.
  workers::LazyConnection memory_connection(config.Get("DATABASE_URL"));
  workers::LazyConnection post_store_connection(config.Get("DATABASE_URL"));
  workers::MemoryStore memory_store(memory_connection);
  workers::MemoryStore history_store(post_store_connection);
  chatfleet::metrics::Registry metrics;
  SemanticRecall semantic = SemanticRecallFrom(config, metrics);
  const auto search_backfill = SearchBackfillerFrom(config, *flags, metrics);
  workers::RecallStore recall_store(
      post_store_connection,
      {static_cast<std::size_t>(config.GetInt("CHATFLEET_RECALL_MAX")),
       config.GetMillis("CHATFLEET_RECALL_BUDGET_MS")},
      semantic.options);
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
  workers::Compactor compactor(post_store_connection, *summarizer, compaction);
  const auto tracer = chatfleet::trace::Tracer::FromEnvironment("chatfleet-workers");
  workers::ContextPublisher contexts(producer, config.Get("CHATFLEET_TOPIC_CONTEXT"), *tracer);
  workers::ProactiveStore proactive_store(memory_connection);
  workers::AnsweredPositions answered(memory_connection);
  workers::OutboundPublisher outbound(producer, config.Get("CHATFLEET_TOPIC_OUTBOUND"), *tracer);

  chatfleet::kafka::ConsumerOptions consumer_options;
  consumer_options.brokers = config.Get("KAFKA_BROKERS");
  consumer_options.group_id = config.Get("CHATFLEET_CONSUMER_GROUP");
  consumer_options.group_instance_id = config.Get("CHATFLEET_GROUP_INSTANCE_ID");
  consumer_options.client_id = "chatfleet-workers-" + std::to_string(getpid());
  consumer_options.topics = {config.Get("CHATFLEET_TOPIC_EVENTS")};
  consumer_options.session_timeout = config.GetMillis("CHATFLEET_SESSION_TIMEOUT_MS");
  consumer_options.fetch_wait_max = config.GetMillis("CHATFLEET_FETCH_WAIT_MAX_MS");
  consumer_options.extra = kafka_properties;
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
  workers::MemoryStageOptions stage_options;
  stage_options.flags = *flags;
  stage_options.personalization.persona = config.Get("CHATFLEET_DEFAULT_PERSONA");
  stage_options.personalization.timezone = config.Get("CHATFLEET_DEFAULT_TIMEZONE");
  stage_options.personalization.language = config.Get("CHATFLEET_DEFAULT_LANGUAGE");
  stage_options.history.max_messages =
      static_cast<std::size_t>(config.GetInt("CHATFLEET_CONTEXT_HISTORY_MESSAGES"));
  stage_options.history.max_chars =
      static_cast<std::size_t>(config.GetInt("CHATFLEET_CONTEXT_HISTORY_CHARS"));
  stage_options.window_cache_conversations =
      static_cast<std::size_t>(config.GetInt("CHATFLEET_WINDOW_CACHE_CONVERSATIONS"));
  stage_options.window_cache_bytes =
      static_cast<std::size_t>(config.GetInt("CHATFLEET_WINDOW_CACHE_MIB")) << 20;
  stage_options.retention_ttl = std::chrono::hours(24 * config.GetInt("CHATFLEET_RETENTION_DAYS"));
  stage_options.proactive = ProactiveOptionsFrom(config);
  stage_options.recall_guard = RecallGuardOptionsFrom(config);
  workers::MemoryStages stages({memory_store, history_store, recall_store, compactor, contexts,
                                &proactive_store, &outbound, &answered, semantic.indexer.get()},
                               std::move(stage_options), metrics);
  workers::KafkaEventSource source(consumer);
  chatfleet::workers::BatchRunner runner(
      {source, writer, dead_letters, config.GetBool("CHATFLEET_MEMORY_STAGES") ? &stages : nullptr,
       &answered},
      metrics, runner_options, tracer.get());

  chatfleet::service::Readiness readiness(metrics, kReadinessInterval);
  chatfleet::service::AddDependencyChecks(
      readiness, shutdown,
      {consumer_options.brokers, config.Get("DATABASE_URL"), kafka_properties});
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
