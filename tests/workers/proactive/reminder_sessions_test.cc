#include "workers/proactive/reminder_sessions.h"

#include <gtest/gtest.h>

#include "shared/core/clock.h"

namespace chatfleet::workers {
namespace {

using std::chrono::sys_seconds;

sys_seconds At(const char* rfc3339) {
  return std::chrono::floor<std::chrono::seconds>(*ParseRfc3339(rfc3339));
}

const date::time_zone* Utc() { return *meetings::LocateZone("UTC"); }

TEST(OutsideQuietHoursTest, ATimeInsideQuietHoursMovesToTheirEnd) {
  const GreetingPreference night;  // 22:00 to 08:00
  EXPECT_EQ(OutsideQuietHours(At("2026-05-04T23:15:00Z"), night, Utc()), At("2026-05-05T08:00:00Z"))
      << "before midnight: the next morning";
  EXPECT_EQ(OutsideQuietHours(At("2026-05-05T03:00:00Z"), night, Utc()), At("2026-05-05T08:00:00Z"))
      << "after midnight: the same morning";
  EXPECT_EQ(OutsideQuietHours(At("2026-05-05T12:00:00Z"), night, Utc()),
            At("2026-05-05T12:00:00Z"));
  EXPECT_EQ(OutsideQuietHours(At("2026-05-05T08:00:00Z"), night, Utc()), At("2026-05-05T08:00:00Z"))
      << "the end itself is not quiet";
}

TEST(OutsideQuietHoursTest, QuietHoursWithinADayAndEmptyOnesAreHonoured) {
  GreetingPreference lunch;
  lunch.quiet_start_minute = 12 * 60;
  lunch.quiet_end_minute = 13 * 60;
  EXPECT_EQ(OutsideQuietHours(At("2026-05-05T12:30:00Z"), lunch, Utc()),
            At("2026-05-05T13:00:00Z"));
  EXPECT_EQ(OutsideQuietHours(At("2026-05-05T23:30:00Z"), lunch, Utc()),
            At("2026-05-05T23:30:00Z"));
  GreetingPreference none;
  none.quiet_start_minute = none.quiet_end_minute = 0;
  EXPECT_EQ(OutsideQuietHours(At("2026-05-05T03:00:00Z"), none, Utc()), At("2026-05-05T03:00:00Z"));
}

TEST(OutsideQuietHoursTest, QuietHoursAreTheUsersWallClock) {
  const auto* tokyo = *meetings::LocateZone("Asia/Tokyo");  // UTC+9
  // 14:00 UTC is 23:00 in Tokyo: released at 08:00 Tokyo, 23:00 UTC
  EXPECT_EQ(OutsideQuietHours(At("2026-05-05T14:00:00Z"), GreetingPreference{}, tokyo),
            At("2026-05-05T23:00:00Z"));
}

TEST(PlanSessionsTest, AMeetingAheadGetsAPreparationAndACompletionOutsideQuietHours) {
  ProactiveOptions options;
  const meetings::ExtractedMeeting meeting{"dentist", At("2026-05-05T20:00:00Z"),
                                           At("2026-05-05T21:45:00Z"), 0.9};
  const auto sessions = PlanSessions(meeting, At("2026-05-05T10:00:00Z"), GreetingPreference{},
                                     Utc(), options, "meeting-e-1-0");
  ASSERT_EQ(sessions.size(), 2u);
  EXPECT_EQ(sessions[0].kind, "preparation");
  EXPECT_EQ(sessions[0].due_at, At("2026-05-05T19:30:00Z"));
  EXPECT_EQ(sessions[0].outbound_id, "meeting-e-1-0-preparation");
  EXPECT_EQ(sessions[1].kind, "completion");
  EXPECT_EQ(sessions[1].due_at, At("2026-05-05T21:45:00Z"));
  EXPECT_EQ(sessions[1].outbound_id, "meeting-e-1-0-completion");
}

TEST(PlanSessionsTest, APreparationIsNeverDueBeforeTheMessageNorForAMeetingPast) {
  ProactiveOptions options;
  const meetings::ExtractedMeeting soon{"call", At("2026-05-05T10:10:00Z"), std::nullopt, 0.9};
  const auto sessions =
      PlanSessions(soon, At("2026-05-05T10:00:00Z"), GreetingPreference{}, Utc(), options, "m");
  ASSERT_FALSE(sessions.empty());
  EXPECT_EQ(sessions[0].due_at, At("2026-05-05T10:00:00Z"));
  const auto past =
      PlanSessions(soon, At("2026-05-05T11:00:00Z"), GreetingPreference{}, Utc(), options, "m");
  ASSERT_EQ(past.size(), 1u);
  EXPECT_EQ(past[0].kind, "followup_greeting");
}

TEST(PlanSessionsTest, AMeetingWithoutAnEndGetsAGreetingByTimeOrOnTheNextMessage) {
  const meetings::ExtractedMeeting meeting{"1-on-1", At("2026-05-05T15:00:00Z"), std::nullopt, 1};
  ProactiveOptions on_message;
  const auto waiting = PlanSessions(meeting, At("2026-05-05T10:00:00Z"), GreetingPreference{},
                                    Utc(), on_message, "m");
  ASSERT_EQ(waiting.size(), 2u);
  EXPECT_EQ(waiting[1].kind, "followup_greeting");
  EXPECT_FALSE(waiting[1].due_at) << "waits for the user's next message";
  ProactiveOptions by_time;
  by_time.greeting_trigger = GreetingTrigger::kByTime;
  const auto timed =
      PlanSessions(meeting, At("2026-05-05T10:00:00Z"), GreetingPreference{}, Utc(), by_time, "m");
  EXPECT_EQ(timed[1].due_at, At("2026-05-05T15:15:00Z"));
}

TEST(PlanSessionsTest, GreetingsTurnedOffLeaveOnlyThePreparation) {
  GreetingPreference off;
  off.enabled = false;
  const meetings::ExtractedMeeting meeting{"dentist", At("2026-05-05T20:00:00Z"),
                                           At("2026-05-05T21:00:00Z"), 0.9};
  const auto sessions =
      PlanSessions(meeting, At("2026-05-05T10:00:00Z"), off, Utc(), ProactiveOptions{}, "m");
  ASSERT_EQ(sessions.size(), 1u);
  EXPECT_EQ(sessions[0].kind, "preparation");
}

}  // namespace
}  // namespace chatfleet::workers
