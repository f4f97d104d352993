// Plans moved in words (Cue::kMoved in the lexicon, LeftByAMove in the extractor, the timetable
// reading in schedule_stances.cc): the time after the verb that moves the plan is the plan, a
// time before it, or the one it moves from, is the time the plan leaves.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tests/workers/meetings/extracted_starts.h"
#include "workers/meetings/iso_time.h"
#include "workers/meetings/meeting_extractor.h"

namespace chatfleet::meetings {
namespace {

// Wednesday 2026-03-04 10:00 in New York (summer time starts Sunday 03-08).
std::vector<std::string> Starts(std::string_view text, Language language,
                                std::string_view tz = "America/New_York",
                                std::string_view now = "2026-03-04T10:00:00-05:00") {
  return ExtractedStarts(text, now, tz, language);
}

using Strings = std::vector<std::string>;

TEST(MeetingExtractorMoves, ATimeBeforeTheVerbThatMovesThePlanIsTheOneItLeaves) {
  constexpr std::string_view kMoscow = "Europe/Moscow";
  constexpr std::string_view kNow = "2026-03-04T10:00:00+03:00";
  EXPECT_EQ(Starts("Планёрку в четверг в 10 перенесли, новое время сообщат позже", Language::kRu,
                   kMoscow, kNow),
            Strings{});
  EXPECT_EQ(
      Starts("Планёрку в четверг в 10 перенесли на пятницу на 11:00", Language::kRu, kMoscow, kNow),
      Strings{"2026-03-06T11:00:00+03:00"});
  // An adverb of a new time is no move: "instead" keeps the time before it.
  EXPECT_EQ(Starts("Can we do Thursday at 4 instead?", Language::kEn),
            Strings{"2026-03-05T16:00:00-05:00"});
}

TEST(MeetingExtractorMoves, TheDayAMoveStartsFromIsTheOldOne) {
  EXPECT_EQ(Starts("Встречу переносим с четверга на пятницу, в 15:00", Language::kRu,
                   "Europe/Moscow", "2026-03-04T10:00:00+03:00"),
            Strings{"2026-03-06T15:00:00+03:00"});
  // A range of days after a move is where it goes, not a timetable.
  EXPECT_EQ(Starts("Tennis moved from Thursday to Friday at 5pm", Language::kEn),
            Strings{"2026-03-06T17:00:00-05:00"});
  // Without a move the same range is opening hours.
  EXPECT_EQ(Starts("The shop is open from Thursday to Friday at 5pm", Language::kEn), Strings{});
}

}  // namespace
}  // namespace chatfleet::meetings
