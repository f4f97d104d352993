// Holidays named as days (holiday_words.cc, TryHoliday in date_matchers.cc, the kEaster date in
// time_resolver.cc): a fixed date or a day counted from Easter is the plan's day, unless another
// day in the sentence says the holiday is only what the event is about ("office Christmas
// party Fri 11 December").
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "workers/meetings/holiday_words.h"
#include "workers/meetings/iso_time.h"
#include "workers/meetings/lexicon.h"
#include "workers/meetings/meeting_extractor.h"

namespace chatfleet::meetings {
namespace {

using Strings = std::vector<std::string>;

// Monday 2026-03-02 10:00 in the given zone unless said otherwise.
Strings Starts(std::string_view text, Language language, std::string_view tz,
               std::string_view now) {
  const auto instant = ParseIsoInstant(now);
  EXPECT_TRUE(instant.has_value());
  const auto result = ExtractMeetings({text, *instant, tz, language});
  EXPECT_TRUE(result.has_value());
  Strings starts;
  if (!result) return starts;
  for (const auto& m : result->meetings) starts.push_back(FormatIsoInZone(m.start, *result->zone));
  return starts;
}

TEST(HolidayDates, EasterSundayByTheWesternAndTheOrthodoxComputus) {
  EXPECT_EQ(EasterSunday(2026, false).month, 4);
  EXPECT_EQ(EasterSunday(2026, false).day, 5);
  EXPECT_EQ(EasterSunday(2027, false).month, 3);
  EXPECT_EQ(EasterSunday(2027, false).day, 28);
  EXPECT_EQ(EasterSunday(2024, false).day, 31);  // 31 March 2024
  EXPECT_EQ(EasterSunday(2026, true).month, 4);
  EXPECT_EQ(EasterSunday(2026, true).day, 12);
  EXPECT_EQ(EasterSunday(2027, true).month, 5);
  EXPECT_EQ(EasterSunday(2027, true).day, 2);
}

TEST(HolidayDates, ADayCountedFromEasterIsThePlansDay) {
  constexpr std::string_view kSydney = "Australia/Sydney";
  constexpr std::string_view kNow = "2026-03-02T10:00:00+11:00";
  EXPECT_EQ(Starts("Easter Monday 9am bushwalk from the carpark", Language::kEn, kSydney, kNow),
            Strings{"2026-04-06T09:00:00+10:00"});
  EXPECT_EQ(Starts("Good Friday 10am swim at the beach", Language::kEn, kSydney, kNow),
            Strings{"2026-04-03T10:00:00+11:00"});
  EXPECT_EQ(Starts("Jueves Santo a las 8 de la tarde, procesión, quedamos en la plaza",
                   Language::kEs, "Europe/Madrid", "2026-03-02T10:00:00+01:00"),
            Strings{"2026-04-02T20:00:00+02:00"});
  // Once this year's is past, next year's.
  EXPECT_EQ(Starts("Easter Sunday brunch at 10am", Language::kEn, "Europe/London",
                   "2026-04-20T10:00:00+01:00"),
            Strings{"2027-03-28T10:00:00+01:00"});
}

TEST(HolidayDates, RussianEasterIsTheOrthodoxOne) {
  EXPECT_EQ(Starts("На Пасху в 12:00 обед у бабушки", Language::kRu, "Europe/Moscow",
                   "2026-03-02T10:00:00+03:00"),
            Strings{"2026-04-12T12:00:00+03:00"});
}

TEST(HolidayDates, AFixedHolidayIsItsDateAndAWeekdayBesideItRestatesIt) {
  constexpr std::string_view kNewYork = "America/New_York";
  constexpr std::string_view kNow = "2026-10-01T10:00:00-04:00";
  EXPECT_EQ(
      Starts("Christmas Eve 6pm at Grandpa's, bring the cannoli", Language::kEn, kNewYork, kNow),
      Strings{"2026-12-24T18:00:00-05:00"});
  EXPECT_EQ(Starts("Halloween Saturday, trick or treating from our stoop at 6pm", Language::kEn,
                   kNewYork, kNow),
            Strings{"2026-10-31T18:00:00-04:00"});
  EXPECT_EQ(Starts("Nochebuena a las nueve en casa de los abuelos", Language::kEs, "Europe/Madrid",
                   "2026-10-01T10:00:00+02:00"),
            Strings{"2026-12-24T21:00:00+01:00"});
}

TEST(HolidayDates, AnotherDayInTheSentenceMakesTheHolidayWhatTheEventIsAbout) {
  constexpr std::string_view kNow = "2026-11-02T10:00:00+00:00";
  EXPECT_EQ(Starts("office Christmas party Fri 11 December from 7pm", Language::kEn,
                   "Europe/London", kNow),
            Strings{"2026-12-11T19:00:00+00:00"});
  EXPECT_EQ(Starts("Sunday 11am, Christmas fair at the park", Language::kEn, "Europe/London", kNow),
            Strings{"2026-11-08T11:00:00+00:00"});
  EXPECT_EQ(Starts("el sábado a las nueve cena de Navidad del trabajo", Language::kEs,
                   "Europe/Madrid", "2026-11-02T10:00:00+01:00"),
            Strings{"2026-11-07T21:00:00+01:00"});
  EXPECT_EQ(Starts("mercado de Natal sábado às 15h com as crianças", Language::kPt, "Europe/Lisbon",
                   kNow),
            Strings{"2026-11-07T15:00:00+00:00"});
}

}  // namespace
}  // namespace chatfleet::meetings
