// FindPlanCues (plan_cues.cc): the cue words it sets aside because their form or place says
// something else: "were" typed for "we're", a cue word inside a name, the sun's hour said of an
// activity rather than as the subject of a time.
#include "workers/meetings/plan_cues.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tests/workers/meetings/extracted_starts.h"
#include "workers/meetings/iso_time.h"
#include "workers/meetings/meeting_extractor.h"

namespace chatfleet::meetings {
namespace {

std::vector<std::string> Starts(std::string_view text) {
  return ExtractedStarts(text, "2026-03-04T10:00:00-05:00", "America/New_York",  // a Wednesday
                         Language::kEn);
}

TEST(PlanCues, WereWithoutASubjectBeforeAnIngFormIsWeAre) {
  EXPECT_EQ(Starts("saturday 7pm were doing the architecture boat tour"),
            std::vector<std::string>{"2026-03-07T19:00:00-05:00"});
  EXPECT_EQ(Starts("friday, were taking the kids out at 6"),
            std::vector<std::string>{"2026-03-06T18:00:00-05:00"});
  // With its subject it is the past.
  EXPECT_EQ(Starts("we were doing the boat tour saturday at 7pm"), std::vector<std::string>{});
}

TEST(PlanCues, ACueWordInsideANameIsNoCue) {
  EXPECT_EQ(Starts("friday 8pm stargazing at Lost Dutchman"),
            std::vector<std::string>{"2026-03-06T20:00:00-05:00"});
  // Typed in lower case, the word is read as the cue it is; a loss in a title-case notice too.
  EXPECT_EQ(Starts("friday 8pm stargazing at lost dutchman"), std::vector<std::string>{});
  EXPECT_EQ(Starts("Team Meeting Cancelled Tomorrow At 3pm"), std::vector<std::string>{});
}

TEST(PlanCues, TheSunsHourIsNoPlanOnlyAsTheSubjectOfTheTime) {
  EXPECT_EQ(Starts("Sunset is at 7:12pm tomorrow"), std::vector<std::string>{});
  EXPECT_EQ(Starts("sunset hike camelback sunday 5pm?"),
            std::vector<std::string>{"2026-03-08T17:00:00-04:00"});
  EXPECT_EQ(Starts("saturday at 5 we watch the sunset"),
            std::vector<std::string>{"2026-03-07T17:00:00-05:00"});
}

}  // namespace
}  // namespace chatfleet::meetings
