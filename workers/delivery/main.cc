// chatfleet-delivery: sends chat.outbound through the platforms' send APIs. Wires config,
// PostgreSQL, the consumer, the producer and the HTTP client into a DeliveryRunner; the logic
// lives in rate_limiter (the platforms' limits), platform_api (requests and answers),
// delivery_store (once per id) and delivery_runner (per-conversation queues).

#include <unistd.h>

#include "shared/config/config.h"
#include "shared/core/lifecycle.h"
#include "shared/http/operational_routes.h"
#include "shared/http/server.h"
#include "shared/kafka/client_properties.h"
#include "shared/log/logger.h"
#include "shared/pg/connection.h"
#include "shared/service/dependency_checks.h"
#include "shared/service/service_main.h"
#include "shared/tenants/secret_source.h"
#include "shared/trace/trace_context.h"
#include "workers/delivery/delivery_runner.h"

namespace {

using chatfleet::config::Need;
using chatfleet::config::Setting;

constexpr std::chrono::milliseconds kReadinessInterval{2000};

constexpr Setting kSettings[] = {
    {"KAFKA_BROKERS", "127.0.0.1:9092", "Kafka bootstrap servers", Need::kDeployment},
    {"DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/chatfleet",
     "PostgreSQL (deliveries, tenant instances)", Need::kDeployment},
    {"CHATFLEET_TOPIC_OUTBOUND", "chat.outbound", "topic the messages to send come from"},
    {"CHATFLEET_TOPIC_EVENTS", "chat.events", "topic the bot's sent messages go to (history)"},
    {"CHATFLEET_TOPIC_OUTBOUND_DLQ", "chat.outbound.dlq",
     "topic of messages that failed for good (DeadLetter, stage deliver)"},
    // Not CHATFLEET_CONSUMER_GROUP: the fleet's shared ConfigMap sets that to the workers' group.
    {"CHATFLEET_DELIVERY_CONSUMER_GROUP", "chatfleet-delivery", "consumer group of chat.outbound"},
    {"CHATFLEET_GROUP_INSTANCE_ID", "", "static membership (the pod name in Kubernetes)"},
    {"CHATFLEET_SESSION_TIMEOUT_MS", "10000", "group session timeout"},
    {"CHATFLEET_TELEGRAM_API_URL", "https://api.telegram.org", "Telegram Bot API base URL"},
    {"CHATFLEET_WHATSAPP_API_URL", "https://graph.facebook.com/v21.0",
     "WhatsApp Cloud API base URL (Graph API version included)"},
    {"CHATFLEET_DISCORD_API_URL", "https://discord.com/api/v10", "Discord API base URL"},
    {"CHATFLEET_SECRETS_DIR", "",
     "directory of secret files (send tokens by name); env CHATFLEET_SECRET_<NAME> wins"},
    {"CHATFLEET_TENANTS_REFRESH_MS", "30000", "send credentials reload interval"},
    {"CHATFLEET_DELIVERY_TIMEOUT_MS", "10000", "one send request's deadline"},
    {"CHATFLEET_DELIVERY_CLAIM_LEASE_MS", "60000",
     "a 'sending' row older than this belongs to a dead process: settled outcome_unknown"},
    {"CHATFLEET_DELIVERY_MAX_ATTEMPTS", "8", "5xx answers before a message fails"},
    {"CHATFLEET_DELIVERY_MAX_PENDING", "10000", "messages read and not yet settled"},
    {"CHATFLEET_PUBLISH_TIMEOUT_MS", "10000", "broker acknowledgement deadline (history, DLQ)"},
    {"CHATFLEET_HTTP_ADDRESS", "0.0.0.0", "address of /healthz, /readyz, /metrics"},
    {"CHATFLEET_HTTP_PORT", "8083", "port of /healthz, /readyz, /metrics (0: any)"},
    {"CHATFLEET_LOG_LEVEL", "info", "debug, info, warn or error"},
};

std::string Owner() {
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  std::uint8_t random[4];
  chatfleet::trace::FillRandom(random, sizeof random);
  char suffix[16];
  snprintf(suffix, sizeof suffix, "%02x%02x%02x%02x", random[0], random[1], random[2], random[3]);
  return std::string(host) + "-" + std::to_string(getpid()) + "-" + suffix;
}

chatfleet::delivery::DeliveryOptions Options(const chatfleet::config::Config& config) {
  chatfleet::delivery::DeliveryOptions options;
  options.events_topic = config.Get("CHATFLEET_TOPIC_EVENTS");
  options.dlq_topic = config.Get("CHATFLEET_TOPIC_OUTBOUND_DLQ");
  options.urls = {config.Get("CHATFLEET_TELEGRAM_API_URL"),
                  config.Get("CHATFLEET_WHATSAPP_API_URL"),
                  config.Get("CHATFLEET_DISCORD_API_URL")};
  options.credentials_refresh = config.GetMillis("CHATFLEET_TENANTS_REFRESH_MS");
  options.max_attempts = static_cast<int>(config.GetInt("CHATFLEET_DELIVERY_MAX_ATTEMPTS"));
  options.max_pending = static_cast<std::size_t>(config.GetInt("CHATFLEET_DELIVERY_MAX_PENDING"));
  options.publish_timeout = config.GetMillis("CHATFLEET_PUBLISH_TIMEOUT_MS");
  return options;
}

int Run(const chatfleet::config::Config& config, chatfleet::ShutdownSignal& shutdown) {
  namespace log = chatfleet::log;
  const auto tracer = chatfleet::trace::Tracer::FromEnvironment("chatfleet-delivery");
  const std::string database_url = config.Get("DATABASE_URL");
  auto store_connection = chatfleet::pg::Connection::Open(database_url);
  if (!store_connection) throw std::runtime_error("database: " + store_connection.error().message);
  auto credentials_connection = chatfleet::pg::Connection::Open(database_url);
  if (!credentials_connection) {
    throw std::runtime_error("database: " + credentials_connection.error().message);
  }
  chatfleet::delivery::DeliveryStore store(std::move(*store_connection), Owner(),
                                           config.GetMillis("CHATFLEET_DELIVERY_CLAIM_LEASE_MS"));
  const auto secrets = chatfleet::tenants::EnvironmentAndFileSecrets(
      chatfleet::config::ProcessEnvironment(), config.Get("CHATFLEET_SECRETS_DIR"));
  auto load_credentials = [&connection = *credentials_connection, &secrets] {
    auto loaded = chatfleet::delivery::SendCredentialDirectory::Load(connection, secrets);
    if (!loaded && !connection.healthy()) (void)connection.Reset();
    return loaded;
  };

  // CHATFLEET_KAFKA_* (security …) for every client: producer, consumer and readiness probe,
  // as in the other services (delivery had none, so it could not reach a SASL_SSL Kafka).
  const auto kafka_properties = chatfleet::kafka::ClientPropertiesFromEnvironment();
  chatfleet::kafka::ProducerOptions producer_options;
  producer_options.brokers = config.Get("KAFKA_BROKERS");
  producer_options.client_id = "chatfleet-delivery";
  producer_options.extra = kafka_properties;
  chatfleet::kafka::Producer producer(producer_options);
  chatfleet::kafka::ConsumerOptions consumer_options;
  consumer_options.brokers = config.Get("KAFKA_BROKERS");
  consumer_options.group_id = config.Get("CHATFLEET_DELIVERY_CONSUMER_GROUP");
  consumer_options.client_id = "chatfleet-delivery";
  consumer_options.topics = {config.Get("CHATFLEET_TOPIC_OUTBOUND")};
  consumer_options.group_instance_id = config.Get("CHATFLEET_GROUP_INSTANCE_ID");
  consumer_options.session_timeout = config.GetMillis("CHATFLEET_SESSION_TIMEOUT_MS");
  consumer_options.extra = kafka_properties;
  chatfleet::kafka::Consumer consumer(consumer_options);
  chatfleet::http::HttpClient client(config.GetMillis("CHATFLEET_DELIVERY_TIMEOUT_MS"));

  chatfleet::metrics::Registry metrics;
  chatfleet::delivery::DeliveryRunner runner(Options(config), consumer, producer, store,
                                             load_credentials, client, *tracer, metrics);

  chatfleet::service::Readiness readiness(metrics, kReadinessInterval);
  chatfleet::service::AddDependencyChecks(
      readiness, shutdown, {config.Get("KAFKA_BROKERS"), database_url, kafka_properties});
  readiness.AddGate("group", [&consumer] {
    return consumer.joined() ? std::string(chatfleet::service::kCheckOk)
                             : std::string("not in the consumer group yet");
  });
  readiness.AddGate("runner", [&runner] {
    return runner.ready() ? std::string(chatfleet::service::kCheckOk)
                          : std::string("credentials not loaded or no poll yet");
  });
  readiness.Start();
  chatfleet::http::Router router;
  chatfleet::http::AddOperationalRoutes(router, metrics, readiness.health_checks());
  chatfleet::http::Server server(chatfleet::service::HttpOptions(config, 1), std::move(router));
  server.Start();
  log::Info("delivery started", {{"http_port", static_cast<int>(server.port())},
                                 {"topic", config.Get("CHATFLEET_TOPIC_OUTBOUND")}});

  runner.Run([&shutdown] { return shutdown.stop_requested(); });
  server.Stop();
  consumer.Close();
  if (auto flushed = producer.Flush(std::chrono::seconds(10)); !flushed) {
    log::Error("messages left unacknowledged at shutdown", {{"error", flushed.error().message}});
  }
  log::Info("stopped", {});
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  return chatfleet::service::Main("delivery", kSettings, argc, argv, Run);
}
