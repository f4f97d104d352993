// The recall guard on a fake clock: when a tenant's recall goes off, stays off, is probed and
// comes back, and that one tenant's trouble never switches another's recall off.
#include "workers/recall/recall_guard.h"

#include <gtest/gtest.h>

namespace chatfleet::workers {
namespace {

using namespace std::chrono_literals;
using Kind = RecallGuardTransition::Kind;

class RecallGuardTest : public ::testing::Test {
 protected:
  RecallGuardTest() : guard_(Options(), [this] { return now_; }) {}

  static RecallGuardOptions Options() {
    RecallGuardOptions options;
    options.max_error_ratio = 0.05;
    options.error_for = 10min;
    options.max_latency = 300ms;
    options.latency_for = 5min;
    options.window = 1min;
    options.min_rankings = 20;
    options.cool_down = 15min;
    return options;
  }

  /// One batch of `rankings` for `tenant`, `fallbacks` of them without memories.
  std::vector<RecallGuardTransition> Batch(const std::string& tenant, int rankings, int fallbacks,
                                           std::chrono::milliseconds latency = 20ms) {
    RecallTally tally;
    for (int i = 0; i < rankings; ++i) tally.Add(tenant, i < fallbacks);
    return guard_.Observe(tally, latency);
  }

  /// A batch every 10 s for `duration`, stopping at the first transition (the clock then
  /// stands at that batch); returns the transitions.
  std::vector<RecallGuardTransition> Traffic(const std::string& tenant,
                                             std::chrono::seconds duration, int rankings,
                                             int fallbacks,
                                             std::chrono::milliseconds latency = 20ms) {
    for (auto elapsed = 0s; elapsed < duration; elapsed += 10s) {
      if (!guard_.Admit(tenant).allowed) return {};
      auto transitions = Batch(tenant, rankings, fallbacks, latency);
      if (!transitions.empty()) return transitions;
      now_ += 10s;
    }
    return {};
  }

  std::chrono::steady_clock::time_point now_{std::chrono::hours(1000)};
  RecallGuard guard_;
};

TEST_F(RecallGuardTest, ErrorsAboveTheLimitForTenMinutesSwitchTheTenantOff) {
  // Given 10 % of the rankings failing (decided from the second batch on, the first 20
  // rankings), nothing changes for 10 minutes
  EXPECT_TRUE(Traffic("acme", 10min, 10, 1).empty());
  EXPECT_TRUE(guard_.Admit("acme").allowed);
  // when the breach has lasted 10 minutes
  const auto transitions = Traffic("acme", 20s, 10, 1);
  // then recall is off for the tenant, by the error trigger
  ASSERT_EQ(transitions.size(), 1u);
  EXPECT_EQ(transitions[0].kind, Kind::kTripped);
  EXPECT_EQ(transitions[0].tenant, "acme");
  EXPECT_EQ(transitions[0].trigger, RecallGuardTrigger::kErrors);
  EXPECT_NEAR(transitions[0].value, 0.1, 1e-9);
  EXPECT_FALSE(guard_.Admit("acme").allowed);
  EXPECT_EQ(guard_.tenants_off(), 1u);
}

TEST_F(RecallGuardTest, ErrorsAtTheLimitOrABriefBurstDoNotTrip) {
  // 5 % exactly is not above 5 %
  EXPECT_TRUE(Traffic("acme", 30min, 20, 1).empty());
  // A bad 5 minutes followed by a good minute resets the breach: the next bad 9 minutes are
  // not "10 minutes sustained"
  EXPECT_TRUE(Traffic("acme", 5min, 10, 5).empty());
  EXPECT_TRUE(Traffic("acme", 2min, 10, 0).empty());
  EXPECT_TRUE(Traffic("acme", 9min, 10, 5).empty());
  EXPECT_TRUE(guard_.Admit("acme").allowed);
}

TEST_F(RecallGuardTest, TooFewRankingsDecideNothing) {
  // 1 ranking per 10 s is 6 per minute window, below the 20 needed: all of them failing for
  // an hour does not switch recall off
  EXPECT_TRUE(Traffic("acme", 60min, 1, 1).empty());
  EXPECT_TRUE(guard_.Admit("acme").allowed);
}

TEST_F(RecallGuardTest, SlowRankingForFiveMinutesSwitchesTheTenantOff) {
  EXPECT_TRUE(Traffic("acme", 5min, 10, 0, 400ms).empty());
  const auto transitions = Traffic("acme", 20s, 10, 0, 400ms);
  ASSERT_EQ(transitions.size(), 1u);
  EXPECT_EQ(transitions[0].kind, Kind::kTripped);
  EXPECT_EQ(transitions[0].trigger, RecallGuardTrigger::kLatency);
  EXPECT_NEAR(transitions[0].value, 0.4, 1e-9);
  EXPECT_FALSE(guard_.Admit("acme").allowed);
}

TEST_F(RecallGuardTest, RankingAtThreeHundredMillisecondsIsNotSlow) {
  EXPECT_TRUE(Traffic("acme", 30min, 10, 0, 300ms).empty());
}

TEST_F(RecallGuardTest, StaysOffForTheCoolDownThenProbes) {
  ASSERT_EQ(Traffic("acme", 11min, 10, 5).size(), 1u);
  // Off for the whole cool-down
  now_ += 14min + 59s;
  EXPECT_FALSE(guard_.Admit("acme").allowed);
  // then the next message's recall runs again, as a probe
  now_ += 1s;
  const auto admission = guard_.Admit("acme");
  EXPECT_TRUE(admission.allowed);
  ASSERT_TRUE(admission.transition);
  EXPECT_EQ(admission.transition->kind, Kind::kProbing);
  EXPECT_EQ(admission.transition->tenant, "acme");
  EXPECT_EQ(guard_.tenants_off(), 0u);
}

TEST_F(RecallGuardTest, AGoodProbeTurnsRecallBackOn) {
  ASSERT_EQ(Traffic("acme", 11min, 10, 5).size(), 1u);
  now_ += 15min;
  ASSERT_TRUE(guard_.Admit("acme").allowed);
  // The probe decides on its first 20 rankings
  EXPECT_TRUE(Batch("acme", 10, 0).empty());
  const auto transitions = Batch("acme", 10, 0);
  ASSERT_EQ(transitions.size(), 1u);
  EXPECT_EQ(transitions[0].kind, Kind::kRecovered);
  EXPECT_TRUE(guard_.Admit("acme").allowed);
  // Back on, it needs a sustained breach again to go off: a bad minute does not do it
  EXPECT_TRUE(Traffic("acme", 1min, 10, 5).empty());
}

TEST_F(RecallGuardTest, AFailedProbeSwitchesRecallOffAtOnceForAnotherCoolDown) {
  ASSERT_EQ(Traffic("acme", 11min, 10, 5).size(), 1u);
  now_ += 15min;
  ASSERT_TRUE(guard_.Admit("acme").allowed);
  const auto transitions = Batch("acme", 20, 0, 900ms);
  ASSERT_EQ(transitions.size(), 1u);
  EXPECT_EQ(transitions[0].kind, Kind::kTripped);
  EXPECT_EQ(transitions[0].trigger, RecallGuardTrigger::kLatency);
  EXPECT_FALSE(guard_.Admit("acme").allowed);
  now_ += 15min;
  EXPECT_TRUE(guard_.Admit("acme").allowed);
}

TEST_F(RecallGuardTest, ABatchReportingAfterTheTripChangesNothing) {
  ASSERT_EQ(Traffic("acme", 11min, 10, 5).size(), 1u);
  // A batch admitted before the trip reports its (good) rankings late
  EXPECT_TRUE(Batch("acme", 50, 0).empty());
  EXPECT_FALSE(guard_.Admit("acme").allowed);
}

TEST_F(RecallGuardTest, OneTenantsErrorsLeaveAnotherTenantsRecallOn) {
  // Given one batch stream carrying both tenants, only acme's rankings failing
  std::vector<RecallGuardTransition> transitions;
  for (auto elapsed = 0s; elapsed < 11min; elapsed += 10s) {
    RecallTally tally;
    for (int i = 0; i < 10; ++i) {
      if (guard_.Admit("acme").allowed) tally.Add("acme", i < 5);
      tally.Add("globex", false);
    }
    for (auto& transition : guard_.Observe(tally, 20ms)) transitions.push_back(transition);
    now_ += 10s;
  }
  ASSERT_EQ(transitions.size(), 1u);
  EXPECT_EQ(transitions[0].tenant, "acme");
  EXPECT_FALSE(guard_.Admit("acme").allowed);
  EXPECT_TRUE(guard_.Admit("globex").allowed);
  EXPECT_EQ(guard_.tenants_off(), 1u);
}

TEST_F(RecallGuardTest, SwitchedOffNeverWhenDisabled) {
  RecallGuardOptions options = Options();
  options.enabled = false;
  RecallGuard guard(options, [this] { return now_; });
  for (int i = 0; i < 100; ++i) {
    RecallTally tally;
    for (int k = 0; k < 30; ++k) tally.Add("acme", true);
    EXPECT_TRUE(guard.Observe(tally, 5s).empty());
    now_ += 10s;
  }
  EXPECT_TRUE(guard.Admit("acme").allowed);
}

TEST_F(RecallGuardTest, ZeroDurationsTripOnTheFirstBreach) {
  // What the fleet test uses: no sustain time, so one window over the limit is enough
  RecallGuardOptions options = Options();
  options.error_for = 0ms;
  options.min_rankings = 2;
  RecallGuard guard(options, [this] { return now_; });
  RecallTally one;
  one.Add("acme", true);
  EXPECT_TRUE(guard.Observe(one, 1ms).empty());
  now_ += 100ms;
  const auto transitions = guard.Observe(one, 1ms);
  ASSERT_EQ(transitions.size(), 1u);
  EXPECT_EQ(transitions[0].trigger, RecallGuardTrigger::kErrors);
  EXPECT_NEAR(transitions[0].value, 1.0, 1e-9);
}

}  // namespace
}  // namespace chatfleet::workers
