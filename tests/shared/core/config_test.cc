#include "shared/config/config.h"

#include <gtest/gtest.h>

#include <map>

namespace chatfleet::config {
namespace {

constexpr Setting kSettings[] = {
    {"KAFKA_BROKERS", "localhost:9092", "bootstrap servers", Need::kDeployment},
    {"CHATFLEET_HTTP_PORT", "8080", "port"},
    {"CHATFLEET_DRAIN_TIMEOUT_MS", "10000", "drain"},
    {"CHATFLEET_IDEMPOTENT", "true", "flag"},
};

EnvLookup FakeEnv(std::map<std::string, std::string> values) {
  return [values](const std::string& name) -> std::optional<std::string> {
    const auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
  };
}

Config LoadWith(std::vector<const char*> args, std::map<std::string, std::string> env = {}) {
  args.insert(args.begin(), "service");
  return Config::Load(kSettings, static_cast<int>(args.size()), args.data(), FakeEnv(env));
}

TEST(ConfigTest, DefaultsThenEnvironmentThenFlags) {
  EXPECT_EQ(LoadWith({}).Get("KAFKA_BROKERS"), "localhost:9092");
  EXPECT_EQ(LoadWith({}, {{"KAFKA_BROKERS", "k1:9092"}}).Get("KAFKA_BROKERS"), "k1:9092");
  const auto config = LoadWith({"--kafka-brokers=k2:9092", "--http-port", "9000"},
                               {{"KAFKA_BROKERS", "k1:9092"}, {"CHATFLEET_HTTP_PORT", "1"}});
  EXPECT_EQ(config.Get("KAFKA_BROKERS"), "k2:9092");
  EXPECT_EQ(config.GetInt("CHATFLEET_HTTP_PORT"), 9000);
}

TEST(ConfigTest, ParsesTypedValues) {
  const auto config = LoadWith({"--drain-timeout-ms=2500", "--idempotent=off"});
  EXPECT_EQ(config.GetMillis("CHATFLEET_DRAIN_TIMEOUT_MS").count(), 2500);
  EXPECT_FALSE(config.GetBool("CHATFLEET_IDEMPOTENT"));
}

TEST(ConfigTest, RejectsUnknownFlagsAndMalformedValues) {
  EXPECT_THROW(LoadWith({"--kafka-broker=x"}), std::invalid_argument);
  EXPECT_THROW(LoadWith({"--http-port"}), std::invalid_argument);
  EXPECT_THROW(LoadWith({"--http-port=80x"}).GetInt("CHATFLEET_HTTP_PORT"), std::invalid_argument);
  EXPECT_THROW(LoadWith({"--idempotent=maybe"}).GetBool("CHATFLEET_IDEMPOTENT"),
               std::invalid_argument);
  EXPECT_THROW(LoadWith({}).Get("UNDECLARED"), std::logic_error);
}

TEST(ConfigTest, KeepsPositionalArgumentsAndHelp) {
  const auto config = LoadWith({"migrate", "up", "--help"});
  EXPECT_EQ(config.positional(), (std::vector<std::string>{"migrate", "up"}));
  EXPECT_TRUE(config.help_requested());
  EXPECT_NE(
      Config::Usage("svc", kSettings).find("--drain-timeout-ms (env CHATFLEET_DRAIN_TIMEOUT_MS"),
      std::string::npos);
}

TEST(ConfigTest, UsageMarksWhatADeploymentMustSet) {
  const std::string usage = Config::Usage("svc", kSettings);
  EXPECT_NE(usage.find("--kafka-brokers (env KAFKA_BROKERS, default 'localhost:9092', required in "
                       "a deployment)\n"),
            std::string::npos);
  EXPECT_NE(usage.find("--http-port (env CHATFLEET_HTTP_PORT, default '8080')\n"),
            std::string::npos);
}

}  // namespace
}  // namespace chatfleet::config
