#include "shared/kafka/client_properties.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <stdexcept>
#include <utility>

#include "shared/config/config.h"
#include "shared/kafka/handles.h"

namespace chatfleet::kafka {
namespace {

// The local runner's (./fleet, deploy/kafka/local.sh) variables under the same prefix.
constexpr std::array<std::string_view, 2> kRunnerVariables = {"CHATFLEET_KAFKA_PORT",
                                                              "CHATFLEET_KAFKA_HEAP_MB"};

constexpr std::string_view kIdempotence =
    "the producers are idempotent with acks=all: an acknowledged event is written once";
constexpr std::string_view kReadCommitted =
    "workers read committed transactions only: an aborted batch request is never stored";
constexpr std::string_view kManualCommit =
    "workers commit an offset only after its events are stored in PostgreSQL";

// Properties every client's correctness depends on, or that a setting of ours already controls.
// librdkafka's aliases are listed with their property: either name would override ours.
constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kFleetOwned = {{
    {"bootstrap.servers", "set KAFKA_BROKERS"},
    {"metadata.broker.list", "set KAFKA_BROKERS"},
    {"client.id", "the fleet names each client (ingest, its transactions, workers, readiness)"},
    {"enable.idempotence", kIdempotence},
    {"acks", kIdempotence},
    {"request.required.acks", kIdempotence},
    {"partitioner",
     "a conversation's key must hash to one partition the way the Java client's does (murmur2)"},
    {"linger.ms", "set CHATFLEET_PRODUCER_LINGER_MS"},
    {"queue.buffering.max.ms", "set CHATFLEET_PRODUCER_LINGER_MS"},
    {"delivery.timeout.ms", "set CHATFLEET_PUBLISH_TIMEOUT_MS"},
    {"message.timeout.ms", "set CHATFLEET_PUBLISH_TIMEOUT_MS"},
    {"transactional.id", "set CHATFLEET_TRANSACTIONAL_ID"},
    {"transaction.timeout.ms", "follows CHATFLEET_PUBLISH_TIMEOUT_MS"},
    {"group.id", "set CHATFLEET_CONSUMER_GROUP"},
    {"group.instance.id", "set CHATFLEET_GROUP_INSTANCE_ID"},
    {"session.timeout.ms", "set CHATFLEET_SESSION_TIMEOUT_MS"},
    {"fetch.wait.max.ms", "set CHATFLEET_FETCH_WAIT_MAX_MS"},
    {"isolation.level", kReadCommitted},
    {"enable.auto.commit", kManualCommit},
    {"auto.commit.enable", kManualCommit},
    {"enable.auto.offset.store", kManualCommit},
    {"auto.offset.reset", "earliest: a new consumer group never skips accepted events"},
}};

// librdkafka's own sensitive properties (_RK_SENSITIVE in rdkafka_conf.c), for those whose name
// does not say "password" or "secret".
constexpr std::array<std::string_view, 4> kSecretProperties = {
    "sasl.username", "sasl.oauthbearer.config", "ssl.key.pem", "ssl_key"};

}  // namespace

std::string PropertyNameOf(std::string_view env_name) {
  if (!env_name.starts_with(kPropertyEnvPrefix) || env_name.size() == kPropertyEnvPrefix.size()) {
    return "";
  }
  if (std::find(kRunnerVariables.begin(), kRunnerVariables.end(), env_name) !=
      kRunnerVariables.end()) {
    return "";
  }
  std::string property;
  for (const char c : env_name.substr(kPropertyEnvPrefix.size())) {
    property += c == '_' ? '.' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return property;
}

std::string_view FleetOwnedReason(std::string_view property) {
  for (const auto& [name, reason] : kFleetOwned) {
    if (name == property) return reason;
  }
  return "";
}

bool IsSecretProperty(std::string_view property) {
  return property.find("password") != std::string_view::npos ||
         property.find("secret") != std::string_view::npos ||
         std::find(kSecretProperties.begin(), kSecretProperties.end(), property) !=
             kSecretProperties.end();
}

std::string Redact(std::string_view property, std::string_view value, std::string message) {
  if (!IsSecretProperty(property) || value.empty()) return message;
  constexpr std::string_view kRedacted = "[redacted]";
  for (auto at = message.find(value); at != std::string::npos;
       at = message.find(value, at + kRedacted.size())) {
    message.replace(at, value.size(), kRedacted);
  }
  return message;
}

std::string ScramCompatibilityNote(const Properties& properties, int version) {
  // librdkafka before 2.6.1 appends the client nonce to the server's nonce a second time in
  // the client-final message; Kafka 4.0 compares it strictly (RFC 5802) and 3.x did not.
  constexpr int kFixedIn = 0x020601ff;
  const auto mechanism = properties.find("sasl.mechanisms") != properties.end()
                             ? properties.find("sasl.mechanisms")
                             : properties.find("sasl.mechanism");
  if (version >= kFixedIn || mechanism == properties.end() ||
      !mechanism->second.starts_with("SCRAM-")) {
    return "";
  }
  char text[16];
  std::snprintf(text, sizeof text, "%d.%d.%d", (version >> 24) & 0xff, (version >> 16) & 0xff,
                (version >> 8) & 0xff);
  return std::string("librdkafka ") + text +
         " cannot complete SCRAM with Kafka 4.0 or newer brokers, even with the right password";
}

Properties ClientPropertiesFrom(const std::map<std::string, std::string>& environment) {
  Properties properties;
  const ConfHandle scratch(rd_kafka_conf_new());
  for (const auto& [variable, value] : environment) {
    const std::string property = PropertyNameOf(variable);
    // Empty: left at librdkafka's default, so an overlay can blank out what a base sets.
    if (property.empty() || value.empty()) continue;
    const std::string where = variable + " (librdkafka property " + property + ")";
    if (const auto owned = FleetOwnedReason(property); !owned.empty()) {
      throw std::invalid_argument(where + " is set by the fleet itself: " + std::string(owned));
    }
    char reason[512] = "";
    if (rd_kafka_conf_set(scratch.get(), property.c_str(), value.c_str(), reason, sizeof reason) !=
        RD_KAFKA_CONF_OK) {
      throw std::invalid_argument(where + ": " + Redact(property, value, reason));
    }
    properties[property] = value;
  }
  return properties;
}

Properties ClientPropertiesFromEnvironment() {
  return ClientPropertiesFrom(config::EnvironmentWithPrefix(kPropertyEnvPrefix));
}

}  // namespace chatfleet::kafka
