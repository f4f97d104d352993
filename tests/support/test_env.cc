#include "tests/support/test_env.h"

#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>

#include "shared/trace/trace_context.h"

namespace chatfleet::testing {

std::string RequireEnv(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') {
    throw std::runtime_error(std::string(name) +
                             " is not set: integration tests need the real services; run them "
                             "with ./fleet test (it starts PostgreSQL, Kafka and Jaeger)");
  }
  return value;
}

std::string EnvOr(const char* name, std::string fallback) {
  const char* value = std::getenv(name);
  return value == nullptr || *value == '\0' ? fallback : std::string(value);
}

std::string UniqueName(std::string_view prefix) {
  static std::atomic<int> counter{0};
  std::uint8_t random[4];
  trace::FillRandom(random, sizeof random);
  char suffix[16];
  std::snprintf(suffix, sizeof suffix, "%02x%02x%02x%02x", random[0], random[1], random[2],
                random[3]);
  return std::string(prefix) + "_" + std::to_string(getpid()) + "_" + std::to_string(++counter) +
         "_" + suffix;
}

bool OnDevelopmentBroker() { return EnvOr("CHATFLEET_BROKER", "kafka") == "dev"; }

}  // namespace chatfleet::testing
