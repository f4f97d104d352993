// The fleet against a Kafka that speaks only SASL_SSL (SCRAM-SHA-512 over TLS), as managed
// Kafka services do: an Apache Kafka of the suite's own (`./fleet kafka start
// --security=sasl_ssl`: a CA and broker certificate made with openssl, SCRAM users created when
// the storage is formatted), the services configured only through CHATFLEET_KAFKA_*. Checked
// with curl (/v1/events, /readyz), psql (the stored row), kcat over SASL_SSL (the event on the
// broker) and the services' own logs (the reason, never a password).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "tests/support/fleet.h"
#include "tests/support/kafka_cluster.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kPasswordVariable[] = "CHATFLEET_KAFKA_SASL_PASSWORD";

std::string EventJson(const std::string& message_id, const std::string& text) {
  return R"({"tenant": "acme", "bot": "elena", "platform": "PLATFORM_TELEGRAM",
    "conversation": {"id": "chat-1", "kind": "CONVERSATION_KIND_DIRECT"},
    "sender": {"userId": "42", "displayName": "Ana", "isBot": false}, "role": "ROLE_USER",
    "text": ")" +
         text + R"(", "source": "SOURCE_TEXT", "platformMessageId": ")" + message_id +
         R"(", "sentAt": "2026-11-22T10:00:00Z"})";
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// `path` if it is a file containing `needle`, or every such regular file under the directory.
std::vector<std::string> FilesContaining(const std::string& path, const std::string& needle) {
  std::vector<std::string> found;
  const auto check = [&](const std::filesystem::path& file) {
    if (ReadFile(file).find(needle) != std::string::npos) found.push_back(file.string());
  };
  if (std::filesystem::is_regular_file(path)) {
    check(path);
    return found;
  }
  for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
    if (entry.is_regular_file()) check(entry.path());
  }
  return found;
}

HttpResult Readyz(const std::string& url) {
  try {
    return HttpGet(url + "/readyz");
  } catch (const std::exception&) {
    return {};  // not listening yet
  }
}

class KafkaSecurityTest : public ::testing::Test {
 protected:
  // One secured cluster for the suite: starting a JVM broker is most of its runtime.
  static void SetUpTestSuite() {
    cluster_ = std::make_unique<KafkaCluster>(1, KafkaSecurity::kSaslSsl);
  }
  static void TearDownTestSuite() { cluster_.reset(); }

  KafkaSecurityTest() {
    schema_.Migrate();
    std::filesystem::create_directories(logs_);
  }
  ~KafkaSecurityTest() override {
    std::error_code ignored;
    std::filesystem::remove_all(logs_, ignored);
  }

  static std::map<std::string, std::string> ClientEnv() { return cluster_->client_env(); }
  static std::string Password() { return cluster_->client_env().at(kPasswordVariable); }

  // Services log at info, and librdkafka's own security and broker debug lines too: a secret
  // that reached any of them would show up in the logs checked below.
  static std::map<std::string, std::string> Verbose() {
    return {{"CHATFLEET_LOG_LEVEL", "info"}, {"CHATFLEET_KAFKA_DEBUG", "security,broker"}};
  }

  static std::unique_ptr<KafkaCluster> cluster_;
  TestSchema schema_;
  std::string logs_ =
      (std::filesystem::temp_directory_path() / UniqueName("kafka_security_logs")).string();
};

std::unique_ptr<KafkaCluster> KafkaSecurityTest::cluster_;

TEST_F(KafkaSecurityTest, TheSpineRunsOverSaslScramTls) {
  // Given ingest and a worker that know the cluster only through CHATFLEET_KAFKA_*, on topics
  // the fixture created through the Admin API over the same SASL_SSL listener
  ASSERT_EQ(ClientEnv().at("CHATFLEET_KAFKA_SECURITY_PROTOCOL"), "SASL_SSL");
  LocalFleet fleet(schema_, 2, cluster_->brokers(), ClientEnv());
  fleet.LogTo(logs_);
  fleet.StartIngest(Verbose());
  fleet.StartWorker(Verbose());
  // and a scheduler, ready once its probe and a tick reached the broker the same way
  const std::string clock = logs_ + "/clock";
  WriteClockFile(clock, "2026-11-22T10:00:00Z");
  fleet.StartScheduler(clock, Verbose());

  // When an event is posted
  const auto answer =
      HttpPost(fleet.ingest_url() + "/v1/events", EventJson("tls-1", "hello over TLS"));
  ASSERT_EQ(answer.status, 202) << answer.body;

  // Then the worker stored it in PostgreSQL
  ASSERT_TRUE(
      WaitUntil([&] { return Psql(schema_.url(), "SELECT count(*) FROM chat_history") == "1"; },
                std::chrono::seconds(20)));
  EXPECT_EQ(Psql(schema_.url(), "SELECT user_name, content FROM chat_history"),
            "Ana|hello over TLS");
  // and kcat, authenticated over TLS itself, reads the event from the broker
  const auto read = RunCommand({"kcat", "-b", cluster_->brokers(), "-F",
                                cluster_->state_dir() + "/kafka/tls/client.properties", "-C", "-t",
                                fleet.events_topic(), "-o", "beginning", "-e", "-q", "-f", "%k\n"},
                               "", std::chrono::seconds(30));
  EXPECT_EQ(read.exit_code, 0);
  EXPECT_EQ(read.output, "acme/PLATFORM_TELEGRAM/chat-1\n");
  // and the SASL handshake was logged (librdkafka's security debug), the password never
  EXPECT_THAT(FilesContaining(logs_, "SCRAM-SHA-512"), Not(::testing::IsEmpty()));
  EXPECT_THAT(FilesContaining(logs_, Password()), ::testing::IsEmpty());
}

TEST_F(KafkaSecurityTest, AWrongPasswordKeepsReadinessFalseAndTheLogSaysWhy) {
  // Given ingest and a worker whose SCRAM password is wrong
  LocalFleet fleet(schema_, 1, cluster_->brokers(), ClientEnv());
  fleet.LogTo(logs_);
  const std::string wrong = "not-the-password-" + UniqueName("p");
  auto env = Verbose();
  env[kPasswordVariable] = wrong;
  fleet.SpawnIngest(env);
  const std::size_t worker = fleet.SpawnWorker(env);

  // Then /readyz stays false and names the failed authentication
  for (const std::string& url : {fleet.ingest_url(), fleet.worker_url(worker)}) {
    HttpResult last;
    WaitUntil(
        [&] {
          last = Readyz(url);
          return last.body.find("SASL authentication error") != std::string::npos;
        },
        std::chrono::seconds(30));
    EXPECT_EQ(last.status, 503) << url << ": " << last.body;
    EXPECT_THAT(last.body, HasSubstr("Authentication failed")) << url;
  }
  EXPECT_TRUE(fleet.ingest().running());
  EXPECT_TRUE(fleet.worker(worker).running());
  // and each service's log says why
  for (const std::string log : {"ingest.log", "worker-0.log"}) {
    EXPECT_THAT(ReadFile(logs_ + "/" + log), HasSubstr("SASL authentication error")) << log;
  }
  // but shows neither the wrong password nor the right one
  EXPECT_THAT(FilesContaining(logs_, wrong), ::testing::IsEmpty());
  EXPECT_THAT(FilesContaining(logs_, Password()), ::testing::IsEmpty());
}

TEST_F(KafkaSecurityTest, TheBrokersLogsHoldNoClientPassword) {
  // The broker's log prints its configuration (passwords [hidden]) and each failed login; the
  // storage format's log, the SCRAM users it created.
  EXPECT_THAT(FilesContaining(cluster_->state_dir() + "/logs", Password()), ::testing::IsEmpty());
  EXPECT_THAT(FilesContaining(cluster_->state_dir() + "/kafka/node-1/format.log", Password()),
              ::testing::IsEmpty());
}

// A misspelt or fleet-owned property stops every binary at startup with a message that names it
// (librdkafka's own reason for an unknown one), and never with a secret's value.
TEST(KafkaPropertiesStartupTest, AnUnknownOrFleetOwnedPropertyStopsEveryServiceNamingIt) {
  struct Case {
    std::string variable;
    std::string value;
    std::string reason;
  };
  const std::vector<Case> cases = {
      {"CHATFLEET_KAFKA_SECURITY_PROTOKOL", "SASL_SSL", "No such configuration property"},
      {"CHATFLEET_KAFKA_ENABLE_IDEMPOTENCE", "false", "is set by the fleet itself"},
      {"CHATFLEET_KAFKA_SECURITY_PROTOCOL", "TLS", "Invalid value"}};
  const std::string secret = "hunter2-" + UniqueName("s");
  for (const std::string binary :
       {"ingest/chatfleet-ingest", "workers/chatfleet-workers", "scheduler/chatfleet-scheduler",
        "deploy/topics/chatfleet-topics"}) {
    for (const auto& c : cases) {
      const std::string log =
          (std::filesystem::temp_directory_path() / UniqueName("startup")).string();
      std::vector<std::string> argv = {BinaryPath(binary)};
      if (binary.ends_with("chatfleet-topics")) argv.push_back("create");
      ChildProcess process(argv,
                           {{"KAFKA_BROKERS", "127.0.0.1:9"},
                            {c.variable, c.value},
                            {kPasswordVariable, secret},
                            {"CHATFLEET_HTTP_PORT", "0"},
                            {"CHATFLEET_HTTP_ADDRESS", "127.0.0.1"}},
                           log);
      EXPECT_EQ(process.Wait(std::chrono::seconds(15)), 2) << binary << " " << c.variable;
      const std::string output = ReadFile(log);
      EXPECT_THAT(output, HasSubstr(c.variable)) << binary;
      EXPECT_THAT(output, HasSubstr(c.reason)) << binary;
      EXPECT_THAT(output, Not(HasSubstr(secret))) << binary;
      std::filesystem::remove(log);
    }
  }
}

}  // namespace
}  // namespace chatfleet::testing
