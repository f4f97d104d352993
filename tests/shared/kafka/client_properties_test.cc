#include "shared/kafka/client_properties.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "shared/kafka/config.h"

namespace chatfleet::kafka {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// The message ClientPropertiesFrom refuses `environment` with; "" when it accepts it.
std::string Refusal(const std::map<std::string, std::string>& environment) {
  try {
    ClientPropertiesFrom(environment);
    return "";
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
}

TEST(ClientPropertiesTest, VariableNamesMapToLowercaseDottedProperties) {
  EXPECT_EQ(PropertyNameOf("CHATFLEET_KAFKA_SECURITY_PROTOCOL"), "security.protocol");
  EXPECT_EQ(PropertyNameOf("CHATFLEET_KAFKA_SASL_PASSWORD"), "sasl.password");
  EXPECT_EQ(PropertyNameOf("CHATFLEET_KAFKA_SSL_CA_LOCATION"), "ssl.ca.location");
  EXPECT_EQ(PropertyNameOf("CHATFLEET_KAFKA_DEBUG"), "debug");
}

TEST(ClientPropertiesTest, OtherNamesAndTheLocalRunnersVariablesAreNoProperties) {
  EXPECT_EQ(PropertyNameOf("KAFKA_BROKERS"), "");
  EXPECT_EQ(PropertyNameOf("CHATFLEET_KAFKA_"), "");
  EXPECT_EQ(PropertyNameOf("CHATFLEET_TOPIC_EVENTS"), "");
  EXPECT_EQ(PropertyNameOf("CHATFLEET_KAFKA_PORT"), "");
  EXPECT_EQ(PropertyNameOf("CHATFLEET_KAFKA_HEAP_MB"), "");
}

TEST(ClientPropertiesTest, ManagedKafkaSettingsPassThrough) {
  const auto properties = ClientPropertiesFrom({
      {"CHATFLEET_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"},
      {"CHATFLEET_KAFKA_SASL_MECHANISMS", "SCRAM-SHA-512"},
      {"CHATFLEET_KAFKA_SASL_USERNAME", "fleet"},
      {"CHATFLEET_KAFKA_SASL_PASSWORD", "s3cret"},
      {"CHATFLEET_KAFKA_SSL_CA_LOCATION", "/etc/kafka/ca.pem"},
      {"CHATFLEET_KAFKA_PORT", "29092"},         // the local runner's, not a property
      {"CHATFLEET_KAFKA_SSL_KEY_PASSWORD", ""},  // empty: librdkafka's default
      {"KAFKA_BROKERS", "b:9093"},
  });
  const Properties expected = {{"security.protocol", "SASL_SSL"},
                               {"sasl.mechanisms", "SCRAM-SHA-512"},
                               {"sasl.username", "fleet"},
                               {"sasl.password", "s3cret"},
                               {"ssl.ca.location", "/etc/kafka/ca.pem"}};
  EXPECT_EQ(properties, expected);
}

TEST(ClientPropertiesTest, AnUnknownPropertyIsRefusedNamingVariableAndProperty) {
  const std::string message = Refusal({{"CHATFLEET_KAFKA_SECURITY_PROTOKOL", "SASL_SSL"}});
  EXPECT_THAT(message, HasSubstr("CHATFLEET_KAFKA_SECURITY_PROTOKOL"));
  EXPECT_THAT(message, HasSubstr("security.protokol"));
  EXPECT_THAT(message, HasSubstr("No such configuration property"));
}

TEST(ClientPropertiesTest, AnInvalidValueIsRefusedWithLibrdkafkasReason) {
  const std::string message = Refusal({{"CHATFLEET_KAFKA_SECURITY_PROTOCOL", "TLS"}});
  EXPECT_THAT(message, HasSubstr("security.protocol"));
  EXPECT_THAT(message, HasSubstr("Invalid value \"TLS\""));
}

TEST(ClientPropertiesTest, JavaClientPropertiesAreRefusedWithLibrdkafkasPointer) {
  EXPECT_THAT(Refusal({{"CHATFLEET_KAFKA_SASL_JAAS_CONFIG", "x required;"}}),
              HasSubstr("JAAS configuration is not supported"));
}

// Each fleet-owned property is refused, aliases included, with the reason or the setting.
class FleetOwnedPropertyTest
    : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(FleetOwnedPropertyTest, IsRefusedWithWhatToDoInstead) {
  const auto [variable, expected] = GetParam();
  const std::string message = Refusal({{variable, "1"}});
  EXPECT_THAT(message, HasSubstr(variable));
  EXPECT_THAT(message, HasSubstr("is set by the fleet itself"));
  EXPECT_THAT(message, HasSubstr(expected));
}

INSTANTIATE_TEST_SUITE_P(
    Owned, FleetOwnedPropertyTest,
    ::testing::Values(std::pair{"CHATFLEET_KAFKA_ENABLE_IDEMPOTENCE", "written once"},
                      std::pair{"CHATFLEET_KAFKA_REQUEST_REQUIRED_ACKS", "acks=all"},
                      std::pair{"CHATFLEET_KAFKA_ISOLATION_LEVEL", "committed"},
                      std::pair{"CHATFLEET_KAFKA_ENABLE_AUTO_COMMIT", "stored in PostgreSQL"},
                      std::pair{"CHATFLEET_KAFKA_ENABLE_AUTO_OFFSET_STORE", "stored"},
                      std::pair{"CHATFLEET_KAFKA_TRANSACTIONAL_ID", "CHATFLEET_TRANSACTIONAL_ID"},
                      std::pair{"CHATFLEET_KAFKA_GROUP_ID", "CHATFLEET_CONSUMER_GROUP"},
                      std::pair{"CHATFLEET_KAFKA_BOOTSTRAP_SERVERS", "KAFKA_BROKERS"},
                      std::pair{"CHATFLEET_KAFKA_METADATA_BROKER_LIST", "KAFKA_BROKERS"},
                      std::pair{"CHATFLEET_KAFKA_QUEUE_BUFFERING_MAX_MS",
                                "CHATFLEET_PRODUCER_LINGER_MS"},
                      std::pair{"CHATFLEET_KAFKA_PARTITIONER", "murmur2"},
                      std::pair{"CHATFLEET_KAFKA_AUTO_OFFSET_RESET", "earliest"}));

TEST(ClientPropertiesTest, SecretsAreRecognisedByName) {
  for (const char* secret : {"sasl.password", "ssl.key.password", "ssl.keystore.password",
                             "sasl.oauthbearer.client.secret", "sasl.oauthbearer.config",
                             "ssl.key.pem", "sasl.username"}) {
    EXPECT_TRUE(IsSecretProperty(secret)) << secret;
  }
  for (const char* plain : {"security.protocol", "sasl.mechanisms", "ssl.ca.location"}) {
    EXPECT_FALSE(IsSecretProperty(plain)) << plain;
  }
}

TEST(ClientPropertiesTest, ASecretValueIsRedactedFromMessagesOthersAreKept) {
  EXPECT_EQ(Redact("sasl.password", "hunter2", "bad value \"hunter2\" (hunter2)"),
            "bad value \"[redacted]\" ([redacted])");
  EXPECT_EQ(Redact("security.protocol", "TLS", "Invalid value \"TLS\""), "Invalid value \"TLS\"");
}

TEST(ClientPropertiesTest, ARejectedSecretPropertyNeverShowsItsValue) {
  // ssl_key is secret and cannot be set from text: the refusal names it, not its value.
  const ConfHandle conf(rd_kafka_conf_new());
  try {
    SetProperty(conf.get(), "ssl_key", "hunter2-private");
    FAIL() << "ssl_key was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr("ssl_key=[redacted]"));
    EXPECT_THAT(e.what(), Not(HasSubstr("hunter2")));
  }
}

TEST(ClientPropertiesTest, ScramWithALibrdkafkaBefore261GetsTheKafka4Note) {
  const Properties scram = {{"sasl.mechanisms", "SCRAM-SHA-512"}};
  EXPECT_THAT(ScramCompatibilityNote(scram, 0x020002ff),
              HasSubstr("librdkafka 2.0.2 cannot complete SCRAM with Kafka 4.0"));
  EXPECT_THAT(ScramCompatibilityNote({{"sasl.mechanism", "SCRAM-SHA-256"}}, 0x020002ff),
              HasSubstr("SCRAM"));
  EXPECT_EQ(ScramCompatibilityNote(scram, 0x020601ff), "");
  EXPECT_EQ(ScramCompatibilityNote({{"sasl.mechanisms", "PLAIN"}}, 0x020002ff), "");
  EXPECT_EQ(ScramCompatibilityNote({}, 0x020002ff), "");
}

// A producer's own codec (the workers' CHATFLEET_CONTEXT_COMPRESSION) replaces an operator's
// compression.type on that producer, whichever alias was given; none given leaves theirs.
TEST(SetCompressionTest, AProducersCodecReplacesEitherAliasAndEmptyKeepsTheOperators) {
  Properties properties{{"compression.type", "gzip"}, {"security.protocol", "SSL"}};
  SetCompression(properties, "lz4");
  EXPECT_EQ(properties, (Properties{{"compression.codec", "lz4"}, {"security.protocol", "SSL"}}));
  SetCompression(properties, "none");
  EXPECT_EQ(properties.at("compression.codec"), "none");
  Properties operators{{"compression.type", "zstd"}};
  SetCompression(operators, "");
  EXPECT_EQ(operators, (Properties{{"compression.type", "zstd"}}));
  EXPECT_NO_THROW(MakeConf(properties));
}

}  // namespace
}  // namespace chatfleet::kafka
