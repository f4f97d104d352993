#include "workers/flags/stage_switches.h"

#include <gtest/gtest.h>

#include "tests/workers/message_builders.h"

namespace chatfleet::workers {
namespace {

TEST(SwitchStagesTest, EveryStageIsOnUnlessItsFlagOrTheRecallGuardSaysOtherwise) {
  const auto event = UserEvent("u-1", "Ivan", "hello");
  const auto on = SwitchStages({&event}, FeatureFlags({}), [](const std::string&) { return true; });
  EXPECT_EQ(on.personalization, std::vector<bool>{true});
  EXPECT_EQ(on.recall, std::vector<bool>{true});
  EXPECT_EQ(on.compression, std::vector<bool>{true});
  EXPECT_TRUE(on.disabled[0].empty());
}

TEST(SwitchStagesTest, SwitchedOffStagesAreNamedInTheirOrder) {
  const auto event = UserEvent("u-1", "Ivan", "hello");
  const FeatureFlags flags(
      {{Feature::kPersonalization, {false, 100}}, {Feature::kCompression, {false, 100}}});
  const auto on = SwitchStages({&event}, flags, [](const std::string&) { return false; });
  EXPECT_EQ(on.disabled[0], (std::vector<std::string>{"personalization", "recall", "compression"}));
  EXPECT_EQ(on.recall, std::vector<bool>{false}) << "the recall guard keeps the tenant out";
}

TEST(SwitchStagesTest, TheRecallGuardIsAskedOnlyWhereTheFlagIsOn) {
  auto acme = UserEvent("u-1", "Ivan", "hello");
  auto beta = UserEvent("u-1", "Ivan", "hello");
  beta.set_tenant("beta");
  const FeatureFlags flags({}, {{{"beta", Feature::kRecall}, {false, 100}}});
  std::vector<std::string> asked;
  const auto on = SwitchStages({&acme, &beta}, flags, [&](const std::string& tenant) {
    asked.push_back(tenant);
    return true;
  });
  EXPECT_EQ(asked, std::vector<std::string>{"acme"});
  EXPECT_EQ(on.recall, (std::vector<bool>{true, false}));
}

TEST(SwitchStagesTest, CompressionRollsOutByConversationAndTheOthersByUser) {
  // At 50 % some conversation is in and some user of it is out; the same users in another
  // conversation decide personalization alike.
  const FeatureFlags flags(
      {{Feature::kCompression, {true, 50}}, {Feature::kPersonalization, {true, 50}}});
  for (int c = 0; c < 20; ++c) {
    auto first = UserEvent("u-7", "Ivan", "hello");
    auto second = UserEvent("u-7", "Ivan", "hello");
    first.mutable_conversation()->set_id("chat-" + std::to_string(c));
    second.mutable_conversation()->set_id("other-" + std::to_string(c));
    const auto on = SwitchStages({&first, &second}, flags, [](const std::string&) { return true; });
    EXPECT_EQ(on.personalization[0], on.personalization[1]) << "one user, one bucket";
    EXPECT_EQ(on.compression[0],
              flags.Enabled(Feature::kCompression, "acme", "chat-" + std::to_string(c)));
  }
}

TEST(SwitchStagesTest, RowsAreSearchableWhereTheTenantHasRecallForAnyoneWhateverTheGuardSays) {
  // Recall at 1 %: most users are out, yet a group's recall reads their messages too.
  auto acme = UserEvent("u-1", "Ivan", "hello");
  auto beta = UserEvent("u-1", "Ivan", "hello");
  beta.set_tenant("beta");
  auto gamma = UserEvent("u-1", "Ivan", "hello");
  gamma.set_tenant("gamma");
  const FeatureFlags flags(
      {{Feature::kRecall, {true, 1}}},
      {{{"beta", Feature::kRecall}, {false, 100}}, {{"gamma", Feature::kRecall}, {true, 0}}});
  const auto on =
      SwitchStages({&acme, &beta, &gamma}, flags, [](const std::string&) { return false; });
  EXPECT_EQ(on.searchable, (std::vector<bool>{true, false, false}));
  EXPECT_EQ(on.recall, (std::vector<bool>{false, false, false})) << "the guard keeps them out";
}

}  // namespace
}  // namespace chatfleet::workers
