#include "workers/proactive/planner_state.h"

#include <gtest/gtest.h>

#include "shared/core/clock.h"

namespace chatfleet::workers {
namespace {

using std::chrono::sys_seconds;

sys_seconds At(const char* rfc3339) {
  return std::chrono::floor<std::chrono::seconds>(*ParseRfc3339(rfc3339));
}

UpcomingMeeting Meeting(std::string title, const char* start, const char* mentioned) {
  return {std::move(title), At(start),
          std::nullopt,     start,
          "telegram",       MentionedAt{At(mentioned), -1, -1},
          std::nullopt};
}

class PlannerStateTest : public ::testing::Test {
 protected:
  /// A message at `offset` of partition 0.
  ProactiveInput AtOffset(std::int64_t offset) {
    ProactiveInput input;
    input.partition = 0;
    input.offset = offset;
    return input;
  }

  const ScheduleOwner owner_{"acme", "butler", "telegram", "u-1"};
  const ProfileKey user_{"acme", "butler", "telegram", "u-1"};
  ProactiveSnapshot snapshot_;
};

TEST_F(PlannerStateTest, TheBatchChangesItsOwnCopyAndStartsFromTheSnapshot) {
  const ConversationKey key{"acme", "butler", "telegram", "dm-1"};
  snapshot_.states[key].context.subject = "dentist";
  PlannerState state(snapshot_);
  EXPECT_EQ(state.StateOf(key).context.subject, "dentist");
  state.StateOf(key).context.subject = "haircut";
  EXPECT_EQ(state.StateOf(key).context.subject, "haircut") << "later messages see the change";
  EXPECT_EQ(snapshot_.states[key].context.subject, "dentist") << "the snapshot is left alone";
  EXPECT_TRUE(state.StateOf({"acme", "butler", "telegram", "dm-2"}).context.subject.empty());
}

TEST_F(PlannerStateTest, APolicyIsTheTenantsElseTheFallback) {
  followups::FollowUpPolicy tenant;
  tenant.urgent = std::chrono::minutes(7);
  snapshot_.policies["acme"] = tenant;
  followups::FollowUpPolicy fallback;
  fallback.urgent = std::chrono::minutes(99);
  const PlannerState state(snapshot_);
  EXPECT_EQ(state.PolicyFor("acme", fallback).urgent, std::chrono::minutes(7));
  EXPECT_EQ(state.PolicyFor("beta", fallback).urgent, std::chrono::minutes(99));
}

TEST_F(PlannerStateTest, AMeetingIsClaimedOncePerBatchAndAPreferenceAddedOnce) {
  PlannerState state(snapshot_);
  EXPECT_TRUE(state.ClaimMeeting(user_, "2026-05-05T15:00:00Z"));
  EXPECT_FALSE(state.ClaimMeeting(user_, "2026-05-05T15:00:00Z"));
  EXPECT_FALSE(state.HasGreetingPreference(user_));
  state.AddGreetingPreference(user_);
  EXPECT_TRUE(state.HasGreetingPreference(user_));
}

TEST_F(PlannerStateTest, UpcomingMeetingsAreThoseNotOverMentionedBeforeAndNotCancelledBefore) {
  // Given a stored meeting, one over, one mentioned after the message, and one planned earlier
  // in the batch (and stored already: listed once)
  snapshot_.upcoming[owner_] = {Meeting("dentist", "2026-05-06T09:00:00Z", "2026-05-01T10:00:00Z"),
                                Meeting("over", "2026-05-04T09:00:00Z", "2026-05-01T10:00:00Z"),
                                Meeting("later", "2026-05-07T09:00:00Z", "2026-05-05T13:00:00Z")};
  PlannerState state(snapshot_);
  state.RememberMeeting(user_, Meeting("dentist", "2026-05-06T09:00:00Z", "2026-05-05T11:00:00Z"));
  state.RememberMeeting(user_, Meeting("gym", "2026-05-06T18:00:00Z", "2026-05-05T11:00:00Z"));
  // When the message at noon lists them
  const auto upcoming = state.UpcomingOf(owner_, At("2026-05-05T12:00:00Z"), ProactiveInput{});
  // Then the stored and the newly planned ones not over show, each once
  ASSERT_EQ(upcoming.size(), 2u);
  EXPECT_EQ(upcoming[0].title, "dentist");
  EXPECT_EQ(upcoming[1].title, "gym");
}

TEST_F(PlannerStateTest, AMeetingCancelledEarlierInTheBatchIsGoneForLaterMessagesOnly) {
  snapshot_.upcoming[owner_] = {Meeting("dentist", "2026-05-06T09:00:00Z", "2026-05-01T10:00:00Z")};
  PlannerState state(snapshot_);
  state.CancelMeeting(user_, "2026-05-06T09:00:00Z", MentionedAt{At("2026-05-05T12:00:00Z"), 0, 5});
  EXPECT_TRUE(state.UpcomingOf(owner_, At("2026-05-05T12:00:00Z"), AtOffset(6)).empty());
  EXPECT_EQ(state.UpcomingOf(owner_, At("2026-05-05T12:00:00Z"), AtOffset(4)).size(), 1u)
      << "a message before the cancellation (by position) still sees it";
}

TEST_F(PlannerStateTest, ListingAcrossPlatformsTakesEveryPlatformsMeetings) {
  PlannerState state(snapshot_);
  const ProfileKey on_discord{"acme", "butler", "discord", "u-1"};
  state.RememberMeeting(on_discord,
                        Meeting("standup", "2026-05-06T09:00:00Z", "2026-05-05T11:00:00Z"));
  const ScheduleOwner everywhere{"acme", "butler", "", "u-1"};
  EXPECT_EQ(state.UpcomingOf(everywhere, At("2026-05-05T12:00:00Z"), ProactiveInput{}).size(), 1u);
  EXPECT_TRUE(state.UpcomingOf(owner_, At("2026-05-05T12:00:00Z"), ProactiveInput{}).empty());
}

}  // namespace
}  // namespace chatfleet::workers
