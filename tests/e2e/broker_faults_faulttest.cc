// Apache Kafka brokers killed, stalled and restarted under load through ingest, on a cluster of
// the test's own: nothing acknowledged is lost, nothing is stored twice, nothing refused is
// ever stored, and ingest and the workers recover without being restarted.
#include <gtest/gtest.h>
#include <signal.h>

#include <thread>

#include "tests/e2e/fault_load.h"
#include "tests/support/fleet.h"
#include "tests/support/kafka_cluster.h"

namespace chatfleet::testing {
namespace {

using Clock = FaultLoad::Clock;
constexpr int kBatch = 25;

class BrokerFaultTest : public ::testing::Test {
 protected:
  void StartFleet(int nodes) {
    cluster_ = std::make_unique<KafkaCluster>(nodes);
    schema_.Migrate();
    fleet_ = std::make_unique<LocalFleet>(schema_, 12, cluster_->brokers());
    // Warnings are the fault's expected noise here; errors still show.
    const std::map<std::string, std::string> quiet = {{"CHATFLEET_LOG_LEVEL", "error"}};
    fleet_->StartIngest(quiet);
    fleet_->StartWorker(quiet);
    fleet_->StartWorker(quiet);
  }
  void ExpectRecoveredWithNothingLostOrTwice(const FaultReport& report) {
    ExpectNothingLostOrTwice(report);
    EXPECT_TRUE(fleet_->ingest().running());
    EXPECT_TRUE(fleet_->worker(0).running());
    EXPECT_TRUE(fleet_->worker(1).running());
  }

  TestSchema schema_;
  std::unique_ptr<KafkaCluster> cluster_;
  std::unique_ptr<LocalFleet> fleet_;
};

TEST_F(BrokerFaultTest, TheOnlyBrokerKilledAndRestartedLosesNothingAndNothingIsAcceptedWhileDown) {
  StartFleet(1);
  FaultLoad load(fleet_->ingest_url(), kBatch);
  ASSERT_TRUE(WaitUntil([&] { return load.accepted().size() > 1500; }, std::chrono::seconds(60)));

  // When the broker is killed and comes back about ten seconds later
  cluster_->Signal(1, SIGKILL);
  const auto killed = Clock::now();
  std::this_thread::sleep_for(std::chrono::seconds(10));
  const auto restarted = Clock::now();
  cluster_->Restart();

  // then nothing sent while it was down was accepted before it came back, refusals said when
  // to retry, and ingest accepts again by itself
  ASSERT_TRUE(load.AcceptsAgainAfter(Clock::now(), std::chrono::seconds(60)));
  load.Stop();
  EXPECT_EQ(load.Count(202, killed + std::chrono::seconds(1), restarted), 0);
  EXPECT_GT(load.Count(503, killed, Clock::now()), 0) << "single events were refused while down";
  for (const auto& answer : load.answers()) {
    if (answer.status == 503) {
      EXPECT_TRUE(answer.retry_after);
    }
  }
  const auto report =
      FaultReport::Collect(load, schema_, cluster_->brokers(), fleet_->context_topic());
  report.Print("one broker kill -9");
  ExpectRecoveredWithNothingLostOrTwice(report);
}

TEST_F(BrokerFaultTest, OneOfThreeBrokersKilledUnderLoadLosesNothing) {
  StartFleet(3);
  FaultLoad load(fleet_->ingest_url(), kBatch);
  ASSERT_TRUE(WaitUntil([&] { return load.accepted().size() > 1500; }, std::chrono::seconds(60)));

  // When one of the three (replication factor 3, min.insync.replicas 2) is killed
  cluster_->Signal(2, SIGKILL);
  std::this_thread::sleep_for(std::chrono::seconds(10));

  // then the other two keep taking events, and the killed one rejoins
  ASSERT_TRUE(load.AcceptsAgainAfter(Clock::now(), std::chrono::seconds(60)));
  cluster_->Restart();
  std::this_thread::sleep_for(std::chrono::seconds(3));
  load.Stop();
  const auto report =
      FaultReport::Collect(load, schema_, cluster_->brokers(), fleet_->context_topic());
  report.Print("one of three brokers kill -9");
  ExpectRecoveredWithNothingLostOrTwice(report);
}

TEST_F(BrokerFaultTest, ABrokerStalledFifteenSecondsNeverStoresABatchItRefused) {
  StartFleet(1);
  FaultLoad load(fleet_->ingest_url(), kBatch);
  ASSERT_TRUE(WaitUntil([&] { return load.accepted().size() > 1500; }, std::chrono::seconds(60)));

  // When the broker stops answering for 15 s (SIGSTOP: connections stay open, nothing answers)
  cluster_->Signal(1, SIGSTOP);
  std::this_thread::sleep_for(std::chrono::seconds(15));
  cluster_->Signal(1, SIGCONT);

  // then every batch answered 503 stays unwritten, and every 202 is stored once
  ASSERT_TRUE(load.AcceptsAgainAfter(Clock::now(), std::chrono::seconds(60)));
  load.Stop();
  EXPECT_GT(load.refused().size(), 0u) << "the stall refused nothing: it tested nothing";
  const auto report =
      FaultReport::Collect(load, schema_, cluster_->brokers(), fleet_->context_topic());
  report.Print("broker stalled 15 s");
  ExpectRecoveredWithNothingLostOrTwice(report);
}

}  // namespace
}  // namespace chatfleet::testing
