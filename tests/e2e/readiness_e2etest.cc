// What a Kubernetes readiness probe sees: /readyz names each check and is 200 only when the
// broker and the database answer, the schema is at the binary's head migration and (workers)
// the group is joined; SIGTERM turns it false before the service stops serving.
#include <gtest/gtest.h>
#include <signal.h>

#include <cstdio>

#include "shared/pg/migrations.h"
#include "tests/support/fleet.h"
#include "tests/support/kafka_topic.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {
namespace {

std::string Version(int version) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d", version);
  return text;
}

int HeadVersion() { return pg::EmbeddedMigrations().back().version; }

HttpResult Readyz(const std::string& url) {
  try {
    return HttpGet(url + "/readyz");
  } catch (const std::exception&) {
    return {};  // not listening yet
  }
}

/// One service as a child process on its own port, pointed at `brokers` and `database_url`.
class Service {
 public:
  Service(const std::string& binary, const std::string& brokers, const std::string& database_url,
          std::map<std::string, std::string> extra = {})
      : port_(FreePort()) {
    extra["KAFKA_BROKERS"] = brokers;
    extra["DATABASE_URL"] = database_url;
    extra["CHATFLEET_HTTP_ADDRESS"] = "127.0.0.1";
    extra["CHATFLEET_HTTP_PORT"] = std::to_string(port_);
    extra.try_emplace("CHATFLEET_LOG_LEVEL", "error");
    process_ = std::make_unique<ChildProcess>(std::vector<std::string>{BinaryPath(binary)}, extra);
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  ChildProcess& process() { return *process_; }

  /// Waits until /readyz's body contains `fragment`; returns the last answer either way.
  HttpResult AwaitReadyz(const std::string& fragment) {
    HttpResult last;
    WaitUntil(
        [&] {
          last = Readyz(url());
          return last.body.find(fragment) != std::string::npos;
        },
        std::chrono::seconds(30));
    return last;
  }

 private:
  int port_;
  std::unique_ptr<ChildProcess> process_;
};

void MigrateUp(const TestSchema& schema, const std::string& extra_flag = {}) {
  std::vector<std::string> argv = {BinaryPath("deploy/migrate/chatfleet-migrate"), "up",
                                   "--database-url=" + schema.url(), "--log-level=warn"};
  if (!extra_flag.empty()) argv.push_back(extra_flag);
  const auto result = RunCommand(argv, {}, std::chrono::seconds(30));
  ASSERT_EQ(result.exit_code, 0) << result.output;
}

TEST(ReadinessTest, ASchemaBehindHeadIsNamedAndMigrateUpMakesEveryServiceReady) {
  ASSERT_GE(HeadVersion(), 2);
  // Given a schema migrated to one version before the binaries' head
  TestSchema schema;
  MigrateUp(schema, "--target=" + std::to_string(HeadVersion() - 1));
  const std::string events = CreateTestTopic("events", 2);
  const std::map<std::string, std::string> worker_env = {
      {"CHATFLEET_TOPIC_EVENTS", events},
      {"CHATFLEET_CONSUMER_GROUP", UniqueGroup("readiness")},
      {"CHATFLEET_SESSION_TIMEOUT_MS", "5000"}};
  Service ingest("ingest/chatfleet-ingest", KafkaBrokers(), schema.url());
  Service worker("workers/chatfleet-workers", KafkaBrokers(), schema.url(), worker_env);
  Service scheduler("scheduler/chatfleet-scheduler", KafkaBrokers(), schema.url());

  // then each says it is not ready, and why: the broker and the database answer, the schema
  // does not have the newest migration
  const std::string behind = "\"migrations\":\"behind: at " + Version(HeadVersion() - 1) +
                             ", head " + Version(HeadVersion()) + "\"";
  for (Service* service : {&ingest, &worker, &scheduler}) {
    const auto answer = service->AwaitReadyz(behind);
    EXPECT_EQ(answer.status, 503) << answer.body;
    EXPECT_NE(answer.body.find(behind), std::string::npos) << answer.body;
    EXPECT_NE(answer.body.find("\"broker\":\"ok\""), std::string::npos) << answer.body;
    EXPECT_NE(answer.body.find("\"database\":\"ok\""), std::string::npos) << answer.body;
    EXPECT_EQ(HttpGet(service->url() + "/healthz").status, 200) << "alive while not ready";
    EXPECT_EQ(MetricValue(HttpGet(service->url() + "/metrics").body, "chatfleet_ready"), 0);
  }

  // When the migrations are applied by the migrate command
  MigrateUp(schema);

  // then every service becomes ready on its own (its probe sees the new head)
  for (Service* service : {&ingest, &worker, &scheduler}) {
    const auto answer = service->AwaitReadyz("\"ready\":true");
    EXPECT_EQ(answer.status, 200) << answer.body;
    EXPECT_NE(answer.body.find("\"migrations\":\"ok\""), std::string::npos) << answer.body;
    EXPECT_EQ(MetricValue(HttpGet(service->url() + "/metrics").body, "chatfleet_ready"), 1);
  }
  const auto worker_answer = Readyz(worker.url());
  EXPECT_NE(worker_answer.body.find("\"group\":\"ok\""), std::string::npos) << worker_answer.body;
}

TEST(ReadinessTest, AServiceWhoseBrokerIsUnreachableIsNotReady) {
  // Given a migrated schema and a broker address where nothing listens
  TestSchema schema;
  schema.Migrate();
  const std::string nowhere = "127.0.0.1:" + std::to_string(FreePort());
  Service ingest("ingest/chatfleet-ingest", nowhere, schema.url());
  Service worker("workers/chatfleet-workers", nowhere, schema.url(),
                 {{"CHATFLEET_TOPIC_EVENTS", "readiness_unreachable"}});
  Service scheduler("scheduler/chatfleet-scheduler", nowhere, schema.url());

  // then each answers 503 naming the broker, while the database checks pass
  for (Service* service : {&ingest, &worker, &scheduler}) {
    const auto answer = service->AwaitReadyz("\"broker\":\"unreachable");
    EXPECT_EQ(answer.status, 503) << answer.body;
    EXPECT_NE(answer.body.find("\"broker\":\"unreachable"), std::string::npos) << answer.body;
    EXPECT_NE(answer.body.find("\"migrations\":\"ok\""), std::string::npos) << answer.body;
    EXPECT_EQ(HttpGet(service->url() + "/healthz").status, 200);
    EXPECT_NE(HttpGet(service->url() + "/metrics")
                  .body.find("chatfleet_readiness_check{check=\"broker\"} 0"),
              std::string::npos);
  }
}

TEST(ReadinessTest, AServiceWhoseDatabaseIsUnreachableIsNotReady) {
  Service ingest("ingest/chatfleet-ingest", KafkaBrokers(),
                 "postgresql://nobody@127.0.0.1:" + std::to_string(FreePort()) + "/none",
                 {{"CHATFLEET_TENANTS_WAIT_MS", "0"}});
  const auto answer = ingest.AwaitReadyz("\"database\":\"unreachable");
  EXPECT_EQ(answer.status, 503) << answer.body;
  EXPECT_NE(answer.body.find("\"migrations\":\"unknown: database unreachable\""), std::string::npos)
      << answer.body;
  EXPECT_NE(answer.body.find("\"broker\":\"ok\""), std::string::npos) << answer.body;
}

TEST(ReadinessTest, SigtermTurnsReadinessFalseWhileTheServiceStillServes) {
  // Given a ready ingest that keeps serving 3 s after SIGTERM (its drain delay)
  TestSchema schema;
  schema.Migrate();
  Service ingest("ingest/chatfleet-ingest", KafkaBrokers(), schema.url(),
                 {{"CHATFLEET_DRAIN_DELAY_MS", "3000"}});
  ASSERT_EQ(ingest.AwaitReadyz("\"ready\":true").status, 200);
  // When it is asked to stop
  ingest.process().Signal(SIGTERM);
  // then /readyz says so at once, while /healthz still answers
  const auto answer = ingest.AwaitReadyz("\"shutdown\":\"shutting down\"");
  EXPECT_EQ(answer.status, 503) << answer.body;
  EXPECT_NE(answer.body.find("\"reason\":\"shutdown: shutting down\""), std::string::npos)
      << answer.body;
  EXPECT_EQ(HttpGet(ingest.url() + "/healthz").status, 200);
  // and it exits cleanly after the drain
  EXPECT_EQ(ingest.process().Wait(std::chrono::seconds(20)), 0);
}

}  // namespace
}  // namespace chatfleet::testing
