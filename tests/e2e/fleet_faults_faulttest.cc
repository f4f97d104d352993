// The database stopped under load, workers leaving at once on SIGTERM, and a rebalance storm
// with every stage on: nothing acknowledged is lost or stored twice, and the services recover
// by themselves. These break what the other tests share (the PostgreSQL of the run), so they
// run alone.
#include <gtest/gtest.h>
#include <signal.h>

#include <thread>

#include "tests/e2e/fault_load.h"
#include "tests/support/fleet.h"
#include "tests/support/process.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {
namespace {

using Clock = FaultLoad::Clock;
constexpr int kBatch = 25;
const std::map<std::string, std::string> kQuiet = {{"CHATFLEET_LOG_LEVEL", "error"}};

double Metric(const std::string& url, const std::string& sample) {
  return MetricValue(HttpGet(url + "/metrics").body, sample);
}

void Postgres(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {SourcePath("fleet"), "postgres"};
  argv.insert(argv.end(), args.begin(), args.end());
  argv.push_back("--state=" + RequireEnv("CHATFLEET_TEST_STATE"));
  const auto done = RunCommand(argv, "", std::chrono::seconds(120));
  ASSERT_EQ(done.exit_code, 0) << "./fleet postgres " << args.front();
}

class FleetFaultTest : public ::testing::Test {
 protected:
  FleetFaultTest() : fleet_(schema_, 12) { schema_.Migrate(); }
  TestSchema schema_;
  LocalFleet fleet_;
};

TEST_F(FleetFaultTest, PostgresStoppedImmediatelyUnderLoadAndRestartedLosesNothing) {
  fleet_.StartIngest(kQuiet);
  const auto a = fleet_.StartWorker(kQuiet);
  const auto b = fleet_.StartWorker(kQuiet);
  FaultLoad load(fleet_.ingest_url(), kBatch);
  ASSERT_TRUE(WaitUntil([&] { return load.accepted().size() > 1500; }, std::chrono::seconds(60)));

  // When PostgreSQL goes down without a checkpoint (as a crash would) for about ten seconds
  Postgres({"stop", "--immediate"});
  std::this_thread::sleep_for(std::chrono::seconds(10));
  Postgres({"start", "--port=" + RequireEnv("CHATFLEET_TEST_PG_PORT")});

  // then the workers store again by themselves and nothing is lost or stored twice
  ASSERT_TRUE(load.AcceptsAgainAfter(Clock::now(), std::chrono::seconds(60)));
  std::this_thread::sleep_for(std::chrono::seconds(3));
  load.Stop();
  const auto report = FaultReport::Collect(load, schema_, fleet_.brokers(), fleet_.context_topic());
  report.Print("PostgreSQL stop -m immediate");
  ExpectNothingLostOrTwice(report);
  EXPECT_TRUE(fleet_.worker(a).running());
  EXPECT_TRUE(fleet_.worker(b).running());
  EXPECT_TRUE(WaitUntil([&] { return HttpGet(fleet_.worker_url(a) + "/readyz").status == 200; },
                        std::chrono::seconds(30)))
      << "a worker did not become ready again";
}

TEST_F(FleetFaultTest, AWorkerStoppedWithSigtermLeavesTheGroupAtOnce) {
  // Given two workers whose sessions would take 30 s to expire
  auto env = kQuiet;
  env["CHATFLEET_SESSION_TIMEOUT_MS"] = "30000";
  const auto a = fleet_.StartWorker(env);
  const auto b = fleet_.StartWorker(env);
  const std::string assigned = "chatfleet_worker_partitions_assigned";
  ASSERT_TRUE(WaitUntil(
      [&] {
        return Metric(fleet_.worker_url(a), assigned) > 0 &&
               Metric(fleet_.worker_url(b), assigned) > 0;
      },
      std::chrono::seconds(60)));

  // When one is stopped with SIGTERM
  fleet_.worker(a).Signal(SIGTERM);
  ASSERT_EQ(fleet_.worker(a).Wait(std::chrono::seconds(15)), 0);

  // then the other holds all 12 partitions long before a session could have expired: the
  // stopped one left the group instead of vanishing
  EXPECT_TRUE(WaitUntil([&] { return Metric(fleet_.worker_url(b), assigned) == 12; },
                        std::chrono::seconds(10)))
      << "the survivor holds " << Metric(fleet_.worker_url(b), assigned);
}

TEST_F(FleetFaultTest, ARebalanceStormWithEveryStageOnLosesNothingAndResendsFewContexts) {
  fleet_.StartIngest(kQuiet);
  std::vector<std::size_t> alive = {fleet_.StartWorker(kQuiet)};
  FaultLoad load(fleet_.ingest_url(), kBatch);
  ASSERT_TRUE(WaitUntil([&] { return load.accepted().size() > 1000; }, std::chrono::seconds(60)));

  // When workers join and leave (SIGTERM) every few seconds for half a minute
  for (int round = 0; round < 8; ++round) {
    if (alive.size() < 3 && (round % 3 != 2 || alive.size() == 1)) {
      alive.push_back(fleet_.StartWorker(kQuiet));
    } else {
      fleet_.worker(alive.front()).Signal(SIGTERM);
      EXPECT_EQ(fleet_.worker(alive.front()).Wait(std::chrono::seconds(30)), 0);
      alive.erase(alive.begin());
    }
    std::this_thread::sleep_for(std::chrono::seconds(3));
  }

  // then nothing is lost or stored twice, and few contexts went out twice
  load.Stop();
  const auto report = FaultReport::Collect(load, schema_, fleet_.brokers(), fleet_.context_topic());
  report.Print("rebalance storm (8 joins and leaves in 30 s)");
  ExpectNothingLostOrTwice(report);
  RecordProperty("contexts_redelivered_per_mille",
                 static_cast<int>(1000 * report.contexts_redelivered /
                                  std::max<std::size_t>(1, report.stored)));
}

}  // namespace
}  // namespace chatfleet::testing
