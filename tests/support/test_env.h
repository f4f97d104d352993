#pragma once

#include <string>
#include <string_view>

namespace chatfleet::testing {

/// The value of an environment variable the integration tests need (DATABASE_URL,
/// KAFKA_BROKERS). Missing → the test fails with a message saying how to run it; integration
/// tests never skip.
std::string RequireEnv(const char* name);

/// The value of an optional environment variable, or `fallback` when it is unset or empty.
std::string EnvOr(const char* name, std::string fallback);

/// A name unique to this test run and process: `<prefix>_<pid>_<counter>_<random>`, lowercase
/// letters, digits and '_' only, so it is valid as a topic, schema or group name.
std::string UniqueName(std::string_view prefix);

/// True when $KAFKA_BROKERS is the development broker (CHATFLEET_BROKER=dev: librdkafka's mock
/// cluster), where a few group behaviours differ from Apache Kafka's.
bool OnDevelopmentBroker();

}  // namespace chatfleet::testing
