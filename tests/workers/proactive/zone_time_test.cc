#include "workers/proactive/zone_time.h"

#include <gtest/gtest.h>

#include "shared/core/clock.h"
#include "workers/meetings/meeting_extractor.h"

namespace chatfleet::workers {
namespace {

using std::chrono::sys_seconds;

sys_seconds At(const char* rfc3339) {
  return std::chrono::floor<std::chrono::seconds>(*ParseRfc3339(rfc3339));
}

std::chrono::local_seconds Wall(int hour, int minute, std::chrono::year_month_day day) {
  return std::chrono::local_days(day) + std::chrono::hours(hour) + std::chrono::minutes(minute);
}

TEST(ZoneTimeTest, LocalTimeIsTheWallClockOfTheZone) {
  const auto* berlin = *meetings::LocateZone("Europe/Berlin");
  using namespace std::chrono;
  EXPECT_EQ(LocalTime(At("2026-01-15T09:30:00Z"), berlin), Wall(10, 30, 2026y / January / 15));
  EXPECT_EQ(LocalTime(At("2026-07-15T09:30:00Z"), berlin), Wall(11, 30, 2026y / July / 15))
      << "summer time";
  EXPECT_EQ(SysTime(Wall(10, 30, 2026y / January / 15), berlin), At("2026-01-15T09:30:00Z"));
}

TEST(ZoneTimeTest, AWallTimeTheClocksSkipOrRepeatResolvesToTheLaterInstant) {
  const auto* berlin = *meetings::LocateZone("Europe/Berlin");
  using namespace std::chrono;
  // 29 March 2026, 02:00 → 03:00: 02:30 does not exist
  EXPECT_EQ(SysTime(Wall(2, 30, 2026y / March / 29), berlin), At("2026-03-29T01:00:00Z"));
  // 25 October 2026, 03:00 → 02:00: 02:30 comes twice, at 00:30 and at 01:30 UTC
  EXPECT_EQ(SysTime(Wall(2, 30, 2026y / October / 25), berlin), At("2026-10-25T01:30:00Z"));
}

}  // namespace
}  // namespace chatfleet::workers
