#pragma once

// The operator's librdkafka properties (security, tuning) for every Kafka client of a process:
// producers, the transactional producers, the consumer, the readiness probe and the admin
// client all get the same ones, so a managed Kafka (SASL, TLS) needs nothing else.

#include <map>
#include <string>
#include <string_view>

#include "shared/kafka/properties.h"

namespace chatfleet::kafka {

/// CHATFLEET_KAFKA_<NAME> sets the librdkafka property <name>: lowercase, `_` → `.`
/// (CHATFLEET_KAFKA_SECURITY_PROTOCOL=SASL_SSL → security.protocol=SASL_SSL).
inline constexpr std::string_view kPropertyEnvPrefix = "CHATFLEET_KAFKA_";

/// The property an environment variable sets, or "" when the name does not follow the
/// convention or is one of the local runner's own variables (CHATFLEET_KAFKA_PORT,
/// CHATFLEET_KAFKA_HEAP_MB), which are not client properties.
std::string PropertyNameOf(std::string_view env_name);

/// Why the fleet sets `property` itself, naming the setting that controls it when there is one;
/// "" when the operator may set it. Aliases (request.required.acks for acks …) count too.
std::string_view FleetOwnedReason(std::string_view property);

/// True when a property's value is a credential (sasl.password, ssl.key.password,
/// sasl.oauthbearer.client.secret …): its value never appears in a log line or an error.
bool IsSecretProperty(std::string_view property);

/// `message` with every occurrence of `value` replaced by "[redacted]" when `property` is secret
/// (librdkafka's reasons may quote the value they rejected).
std::string Redact(std::string_view property, std::string_view value, std::string message);

/// What an operator must know when `properties` authenticate with SCRAM and this librdkafka
/// (`version`, as rd_kafka_version() returns it) is older than 2.6.1: its SCRAM exchange is
/// refused by Kafka 4.0 and newer brokers as invalid credentials even when the password is
/// right. "" otherwise.
std::string ScramCompatibilityNote(const Properties& properties, int version);

/// The client properties among `environment` (variable name → value), checked the way the
/// clients will be: each is set on a scratch librdkafka conf. Throws std::invalid_argument
/// naming the variable and the property when the fleet owns the property (with the setting to
/// use instead) or librdkafka rejects it (unknown property, invalid value: its own reason);
/// secret values are never part of the message. An empty value leaves the property at
/// librdkafka's default.
Properties ClientPropertiesFrom(const std::map<std::string, std::string>& environment);

/// ClientPropertiesFrom over this process's environment. Throws like it (a startup error).
Properties ClientPropertiesFromEnvironment();

}  // namespace chatfleet::kafka
