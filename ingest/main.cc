// ingest: the HTTP front door. Wires config, the Kafka producer, the tenant directory and the
// HTTP server; the logic lives in api/ (decode, validate, answer), publish/ (Kafka),
// platforms/ (webhook normalizers), tenants/, auth/, limits/ and webhooks/.
#include <unistd.h>

#include <atomic>

#include "ingest/api/events_handler.h"
#include "ingest/auth/api_guard.h"
#include "ingest/publish/kafka_event_sink.h"
#include "ingest/publish/transactional_event_sink.h"
#include "ingest/tenants/tenant_refresher.h"
#include "ingest/webhooks/webhook_handler.h"
#include "shared/config/config.h"
#include "shared/core/lifecycle.h"
#include "shared/http/operational_routes.h"
#include "shared/kafka/client_properties.h"
#include "shared/kafka/producer.h"
#include "shared/log/logger.h"
#include "shared/service/dependency_checks.h"
#include "shared/service/service_main.h"

namespace {

using chatfleet::config::Need;
using chatfleet::config::Setting;

constexpr std::chrono::milliseconds kReadinessInterval{2000};

constexpr Setting kSettings[] = {
    {"KAFKA_BROKERS", "127.0.0.1:9092", "Kafka bootstrap servers", Need::kDeployment},
    {"CHATFLEET_TOPIC_EVENTS", "chat.events", "topic accepted events are published to"},
    {"CHATFLEET_HTTP_ADDRESS", "0.0.0.0", "address the HTTP server binds"},
    {"CHATFLEET_HTTP_PORT", "8080", "HTTP port (0: any free port, logged at start)"},
    {"CHATFLEET_HTTP_THREADS", "2", "HTTP server threads"},
    {"CHATFLEET_MAX_BODY_BYTES", "1048576", "largest request body; larger → 413"},
    {"CHATFLEET_MAX_BATCH_EVENTS", "500", "most events in one /v1/events:batch request"},
    {"CHATFLEET_MAX_TEXT_BYTES", "32768", "longest message text"},
    {"CHATFLEET_PUBLISH_TIMEOUT_MS", "5000",
     "how long the broker may take to acknowledge an event before the client gets 503"},
    {"CHATFLEET_PRODUCER_LINGER_MS", "5", "producer batching delay"},
    {"CHATFLEET_TRANSACTIONAL_PRODUCERS", "2",
     "Kafka transactions in flight at once for requests of several events (one producer each)"},
    {"CHATFLEET_TRANSACTIONAL_ID", "",
     "prefix of those producers' transactional.id, unique per process (default: "
     "chatfleet-ingest-<host>-<pid>)"},
    {"CHATFLEET_DRAIN_DELAY_MS", "0",
     "after SIGTERM, how long to keep serving with /readyz false (load balancers notice)"},
    {"CHATFLEET_LOG_LEVEL", "info", "debug, info, warn or error"},
    {"DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/chatfleet",
     "PostgreSQL holding the tenants tables (instance → tenant routing, API tokens)",
     Need::kDeployment},
    {"CHATFLEET_TENANTS_REFRESH_MS", "30000",
     "how often the tenant directory is reloaded (new instances and tokens take effect)"},
    {"CHATFLEET_TENANTS_WAIT_MS", "10000",
     "how long start-up waits for the first tenants load; webhooks answer 503 until it succeeds"},
    {"CHATFLEET_SECRETS_DIR", "",
     "directory of secret files (a mounted Kubernetes Secret), e.g. WhatsApp app secrets by name; "
     "env CHATFLEET_SECRET_<NAME> takes precedence"},
    {"CHATFLEET_REQUIRE_API_TOKEN", "false",
     "require Authorization: Bearer <token> on /v1/events (production: true)"},
    {"CHATFLEET_RATE_PER_SECOND", "1000", "default per-tenant event rate (token bucket refill)"},
    {"CHATFLEET_RATE_BURST", "2000", "default per-tenant burst (token bucket size)"},
    {"CHATFLEET_MAX_WEBHOOK_EVENTS", "100", "most events one webhook request may carry"},
    {"CHATFLEET_MAX_JSON_DEPTH", "32", "deepest JSON nesting accepted; deeper → 400"},
    {"CHATFLEET_MAX_HEADER_BYTES", "16384", "largest request line + headers; larger → 431"},
    {"CHATFLEET_MAX_TARGET_BYTES", "2048", "longest request path and query; longer → 414"},
    {"CHATFLEET_HTTP_TIMEOUT_MS", "30000",
     "a client must send a whole request within this time (slow clients are cut off)"},
};

int Run(const chatfleet::config::Config& config, chatfleet::ShutdownSignal& shutdown) {
  namespace log = chatfleet::log;

  // CHATFLEET_KAFKA_* (security …) for every client: the producers and the readiness probe.
  const auto kafka_properties = chatfleet::kafka::ClientPropertiesFromEnvironment();
  chatfleet::kafka::ProducerOptions producer_options;
  producer_options.brokers = config.Get("KAFKA_BROKERS");
  producer_options.client_id = "chatfleet-ingest";
  producer_options.extra = kafka_properties;
  producer_options.delivery_timeout = config.GetMillis("CHATFLEET_PUBLISH_TIMEOUT_MS");
  producer_options.linger = config.GetMillis("CHATFLEET_PRODUCER_LINGER_MS");
  chatfleet::kafka::Producer producer(producer_options);
  const auto tracer = chatfleet::trace::Tracer::FromEnvironment("chatfleet-ingest");
  chatfleet::ingest::KafkaEventSink sink(producer, config.Get("CHATFLEET_TOPIC_EVENTS"), *tracer);

  chatfleet::metrics::Registry metrics;
  metrics.AddGaugeCallback("chatfleet_ingest_producer_queue_depth",
                           "Messages waiting for a broker acknowledgement", [&producer] {
                             return std::vector<std::pair<chatfleet::metrics::Labels, double>>{
                                 {{}, static_cast<double>(producer.QueueDepth())}};
                           });
  chatfleet::ingest::EventsApiOptions api_options;
  api_options.max_batch_events =
      static_cast<std::size_t>(config.GetInt("CHATFLEET_MAX_BATCH_EVENTS"));
  api_options.limits.max_text_bytes =
      static_cast<std::size_t>(config.GetInt("CHATFLEET_MAX_TEXT_BYTES"));
  chatfleet::ingest::TransactionalSinkOptions transactions;
  transactions.producer = producer_options;
  transactions.producer.client_id = "chatfleet-ingest-transactions";
  transactions.transactional_id_prefix = config.Get("CHATFLEET_TRANSACTIONAL_ID");
  if (transactions.transactional_id_prefix.empty()) {
    char host[256] = "";
    gethostname(host, sizeof host - 1);
    transactions.transactional_id_prefix =
        "chatfleet-ingest-" + std::string(host) + "-" + std::to_string(getpid());
  }
  transactions.producers = static_cast<int>(config.GetInt("CHATFLEET_TRANSACTIONAL_PRODUCERS"));
  transactions.timeout = config.GetMillis("CHATFLEET_PUBLISH_TIMEOUT_MS");
  // The broker aborts a transaction left open by a dead ingest after this; read_committed
  // readers of its partitions wait behind it that long at most.
  transactions.transaction_timeout = transactions.timeout + std::chrono::seconds(5);
  chatfleet::ingest::TransactionalEventSink all_or_nothing(
      sink, std::move(transactions), config.Get("CHATFLEET_TOPIC_EVENTS"), *tracer, metrics);
  chatfleet::ingest::RequestPublisher publisher(all_or_nothing, *tracer, metrics,
                                                /*retry_after_seconds=*/1);
  chatfleet::ingest::EventsHandler events(api_options, publisher, metrics);

  namespace tenants = chatfleet::tenants;
  tenants::TenantDirectory directory;
  tenants::TenantRefresher refresher(
      {config.Get("DATABASE_URL"), config.GetMillis("CHATFLEET_TENANTS_REFRESH_MS")}, directory,
      tenants::EnvironmentAndFileSecrets(chatfleet::config::ProcessEnvironment(),
                                         config.Get("CHATFLEET_SECRETS_DIR")));
  // Prewarm: the instance → tenant cache is full before the first webhook arrives.
  // Without the database ingest still serves the unauthenticated canonical API; webhooks and
  // tokens answer 503 until a refresh succeeds.
  if (auto warm = refresher.Prewarm(config.GetMillis("CHATFLEET_TENANTS_WAIT_MS")); !warm) {
    log::Error("tenants not loaded; webhooks answer 503 until a refresh succeeds",
               {{"error", warm.error().message}});
  }
  refresher.Start();

  chatfleet::ingest::limits::RateLimiter limiter;
  const chatfleet::ingest::limits::BucketPolicy bucket{
      config.GetDouble("CHATFLEET_RATE_PER_SECOND"), config.GetDouble("CHATFLEET_RATE_BURST")};
  const auto max_depth = static_cast<std::size_t>(config.GetInt("CHATFLEET_MAX_JSON_DEPTH"));
  const auto max_target = static_cast<std::size_t>(config.GetInt("CHATFLEET_MAX_TARGET_BYTES"));
  chatfleet::ingest::auth::ApiGuard guard(
      {config.GetBool("CHATFLEET_REQUIRE_API_TOKEN"), max_depth, max_target, bucket}, directory,
      limiter, events, metrics);
  chatfleet::ingest::webhooks::WebhookOptions webhook_options;
  webhook_options.normalize.max_depth = max_depth;
  webhook_options.validation = api_options.limits;
  webhook_options.max_events_per_request =
      static_cast<std::size_t>(config.GetInt("CHATFLEET_MAX_WEBHOOK_EVENTS"));
  webhook_options.max_target_bytes = max_target;
  webhook_options.default_bucket = bucket;
  chatfleet::ingest::webhooks::WebhookHandler webhooks(webhook_options, directory, limiter,
                                                       publisher, metrics);

  chatfleet::service::Readiness readiness(metrics, kReadinessInterval);
  chatfleet::service::AddDependencyChecks(
      readiness, shutdown,
      {config.Get("KAFKA_BROKERS"), config.Get("DATABASE_URL"), kafka_properties});
  readiness.Start();
  chatfleet::http::Router router;
  guard.Register(router);
  webhooks.Register(router);
  chatfleet::http::AddOperationalRoutes(router, metrics, readiness.health_checks());

  auto server_options = chatfleet::service::HttpOptions(
      config, static_cast<int>(config.GetInt("CHATFLEET_HTTP_THREADS")));
  server_options.max_body_bytes =
      static_cast<std::size_t>(config.GetInt("CHATFLEET_MAX_BODY_BYTES"));
  server_options.max_header_bytes =
      static_cast<std::size_t>(config.GetInt("CHATFLEET_MAX_HEADER_BYTES"));
  server_options.idle_timeout = config.GetMillis("CHATFLEET_HTTP_TIMEOUT_MS");
  chatfleet::http::Server server(server_options, std::move(router));
  server.Start();
  log::Info("ingest listening", {{"port", static_cast<int>(server.port())},
                                 {"topic", config.Get("CHATFLEET_TOPIC_EVENTS")}});

  shutdown.Wait();  // from here /readyz answers 503 "shutting down"
  log::Info("draining", {});
  std::this_thread::sleep_for(config.GetMillis("CHATFLEET_DRAIN_DELAY_MS"));
  server.Stop();
  if (auto flushed = producer.Flush(std::chrono::seconds(10)); !flushed) {
    log::Error("events left unacknowledged at shutdown", {{"error", flushed.error().message}});
    return 1;
  }
  log::Info("stopped", {});
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  return chatfleet::service::Main("ingest", kSettings, argc, argv, Run);
}
