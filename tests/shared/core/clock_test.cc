#include "shared/core/clock.h"

#include <gtest/gtest.h>

#include <fstream>

namespace chatfleet {
namespace {

std::int64_t Seconds(std::chrono::system_clock::time_point time) {
  return std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
}

TEST(Rfc3339Test, ParsesUtcOffsetsAndFractions) {
  EXPECT_EQ(Seconds(*ParseRfc3339("2026-11-22T10:00:00Z")), 1795341600);
  EXPECT_EQ(Seconds(*ParseRfc3339("2026-11-22T11:00:00+01:00")), 1795341600);
  EXPECT_EQ(Seconds(*ParseRfc3339("2026-11-22T07:00:00-03:00")), 1795341600);
  EXPECT_EQ(Seconds(*ParseRfc3339("2026-11-22T10:00:00.750Z")), 1795341600);
  EXPECT_EQ(Seconds(*ParseRfc3339("1970-01-01T00:00:00Z")), 0);
  EXPECT_EQ(FormatRfc3339Utc(*ParseRfc3339("2026-03-29T01:30:00+01:00")), "2026-03-29T00:30:00Z");
}

TEST(Rfc3339Test, RejectsMalformedTimes) {
  for (const char* bad :
       {"", "2026-11-22", "2026-11-22 10:00:00Z", "2026-13-22T10:00:00Z", "2026-11-22T10:00:00",
        "2026-11-22T10:00:00+0100", "2026-11-22T10:00:00Zx"}) {
    EXPECT_FALSE(ParseRfc3339(bad).has_value()) << bad;
  }
}

TEST(FileClockTest, ReadsTheFileOnEveryCall) {
  const std::string path = ::testing::TempDir() + "/chatfleet_clock_test";
  std::ofstream(path) << "2026-11-22T10:00:00Z\n";
  FileClock clock(path);
  EXPECT_EQ(Seconds(clock.Now()), 1795341600);
  std::ofstream(path) << "2026-11-22T11:30:00Z\n";
  EXPECT_EQ(Seconds(clock.Now()), 1795341600 + 5400);
  EXPECT_THROW(FileClock("/nonexistent/clock").Now(), std::runtime_error);
}

}  // namespace
}  // namespace chatfleet
