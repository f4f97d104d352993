// Ranges (clock_ranges.cc, date_matchers.cc, time_resolver.cc): a day number before a range of
// hours, noon as a range's end, an end said without a meridiem on the start's side of the day, a
// part of the day pointed back at, and a range of days, which is a period and no meeting.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "workers/meetings/iso_time.h"
#include "workers/meetings/meeting_extractor.h"

namespace chatfleet::meetings {
namespace {

using StartEnd = std::pair<std::string, std::string>;

// The first meeting's start and end on Wednesday 2026-03-04 in Madrid; empty when none.
StartEnd FirstOf(std::string_view text, Language language) {
  const auto now = ParseIsoInstant("2026-03-04T10:00:00+01:00");
  EXPECT_TRUE(now.has_value());
  const auto result = ExtractMeetings({text, *now, "Europe/Madrid", language});
  EXPECT_TRUE(result.has_value());
  if (!result || result->meetings.empty()) return {};
  const auto& m = result->meetings.front();
  return {FormatIsoInZone(m.start, *result->zone),
          m.end ? FormatIsoInZone(*m.end, *result->zone) : std::string()};
}

TEST(ClockRange, ADayNumberBeforeARangeOfHoursIsTheDate) {
  EXPECT_EQ(FirstOf("el sábado 14 de 7 a 11 de la noche boda de mi prima", Language::kEs),
            (StartEnd{"2026-03-14T19:00:00+01:00", "2026-03-14T23:00:00+01:00"}));
  EXPECT_EQ(FirstOf("el domingo 15 de once a una visita guiada", Language::kEs),
            (StartEnd{"2026-03-15T11:00:00+01:00", "2026-03-15T13:00:00+01:00"}));
  // Portuguese closes "das" with "às".
  EXPECT_EQ(FirstOf("sábado 14 das 19h às 23h festa da comunidade", Language::kPt),
            (StartEnd{"2026-03-14T19:00:00+01:00", "2026-03-14T23:00:00+01:00"}));
  // A month after "de" is still the date's.
  EXPECT_EQ(FirstOf("el sábado 14 de marzo a las 10 visita guiada", Language::kEs).first,
            "2026-03-14T10:00:00+01:00");
}

TEST(ClockRange, ABareEndIsTheFirstSuchHourAfterTheStart) {
  EXPECT_EQ(FirstOf("el domingo 15 de 4 a 7 ensayo en el gimnasio", Language::kEs),
            (StartEnd{"2026-03-15T16:00:00+01:00", "2026-03-15T19:00:00+01:00"}));
  // "10pm-1am" still ends the next day.
  EXPECT_EQ(FirstOf("party Saturday 10pm-1am", Language::kEn),
            (StartEnd{"2026-03-07T22:00:00+01:00", "2026-03-08T01:00:00+01:00"}));
}

TEST(ClockRange, APartOfTheDayPointedBackAtGivesNoTime) {
  EXPECT_EQ(FirstOf("sun 1-3 bday for Ollie, lose an hr that morning so set alarms", Language::kEn),
            (StartEnd{"2026-03-08T13:00:00+01:00", "2026-03-08T15:00:00+01:00"}));
  EXPECT_EQ(FirstOf("Sunday lunch at the Arms, 12 o'clock, the clocks go back that morning",
                    Language::kEn)
                .first,
            "2026-03-08T12:00:00+01:00");
}

TEST(ClockRange, ARangeOfDaysIsAPeriodAndNoMeeting) {
  EXPECT_EQ(FirstOf("I am on leave from 20 to 24 July, so call me anytime then", Language::kEn),
            StartEnd{});
  EXPECT_EQ(FirstOf("I'm off from the 23rd till the 4th if anyone wants to call in", Language::kEn),
            StartEnd{});
  EXPECT_EQ(FirstOf("у меня выходные с 12 по 15 марта, можно что-то придумать", Language::kRu),
            StartEnd{});
  // Hours keep their range.
  EXPECT_EQ(FirstOf("Project review on Friday from 10 to 11:30", Language::kEn),
            (StartEnd{"2026-03-06T10:00:00+01:00", "2026-03-06T11:30:00+01:00"}));
}

TEST(ClockRange, NoonEndsARange) {
  EXPECT_EQ(FirstOf("Sunday 8 March, 9 to noon, volunteer shift", Language::kEn),
            (StartEnd{"2026-03-08T09:00:00+01:00", "2026-03-08T12:00:00+01:00"}));
}

}  // namespace
}  // namespace chatfleet::meetings
