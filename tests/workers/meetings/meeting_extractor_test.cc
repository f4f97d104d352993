// Pure tests of the meeting extractor: the issue's resolution rules, DST, rejections, titles,
// dedupe, and the JSON line codec. "now" is always injected.
#include "workers/meetings/meeting_extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "workers/meetings/iso_time.h"
#include "workers/meetings/meeting_json.h"

namespace chatfleet::meetings {
namespace {

// Wednesday 2026-03-11 09:15 in Berlin (UTC+1; summer time starts Sunday 03-29).
constexpr std::string_view kWednesday = "2026-03-11T09:15:00+01:00";
constexpr std::string_view kBerlin = "Europe/Berlin";

Extraction Extract(std::string_view text, std::string_view now = kWednesday,
                   std::string_view tz = kBerlin, std::optional<Language> lang = std::nullopt) {
  const auto instant = ParseIsoInstant(now);
  EXPECT_TRUE(instant.has_value()) << now;
  auto result = ExtractMeetings({text, *instant, tz, lang});
  EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
  return result ? *result : Extraction{};
}

std::vector<std::string> Starts(std::string_view text, std::string_view now = kWednesday,
                                std::string_view tz = kBerlin) {
  const Extraction e = Extract(text, now, tz);
  std::vector<std::string> starts;
  for (const auto& m : e.meetings) starts.push_back(FormatIsoInZone(m.start, *e.zone));
  return starts;
}

using Strings = std::vector<std::string>;

TEST(MeetingExtractor, ATimeTomorrowIsOneMeetingWithNoEnd) {
  const Extraction e = Extract("I have a meeting tomorrow at 2:30 PM");
  ASSERT_EQ(e.meetings.size(), 1u);
  EXPECT_EQ(FormatIsoInZone(e.meetings[0].start, *e.zone), "2026-03-12T14:30:00+01:00");
  EXPECT_EQ(e.meetings[0].title, "Meeting");
  EXPECT_FALSE(e.meetings[0].end.has_value());
  EXPECT_GT(e.meetings[0].confidence, 0.8);
  EXPECT_LE(e.meetings[0].confidence, 1.0);
}

TEST(MeetingExtractor, AndJoinsTwoMeetingsNotARangeUnlessBetweenOpensIt) {
  // "at 9:30 and a 1-on-1" once made the dentist end at 1 PM
  const Extraction e = Extract(
      "I have a dentist appointment on Friday at 9:30 and a 1-on-1 with Bob 3-4 PM Thursday");
  ASSERT_EQ(e.meetings.size(), 2u);
  EXPECT_EQ(FormatIsoInZone(e.meetings[0].start, *e.zone), "2026-03-13T09:30:00+01:00");
  EXPECT_FALSE(e.meetings[0].end.has_value());
  const Extraction between = Extract("meeting between 3 and 4 pm tomorrow");
  ASSERT_EQ(between.meetings.size(), 1u);
  ASSERT_TRUE(between.meetings[0].end.has_value());
  EXPECT_EQ(FormatIsoInZone(*between.meetings[0].end, *between.zone), "2026-03-12T16:00:00+01:00");
}

TEST(MeetingExtractor, ADayWithoutATimeIsReportedBelowTheSchedulingThreshold) {
  const Extraction e = Extract("who is up for the design review tomorrow?");
  ASSERT_EQ(e.meetings.size(), 1u);
  EXPECT_LT(e.meetings[0].confidence, 0.5);
}

TEST(MeetingExtractor, NextMondayMorningIsEightOnTheFollowingMonday) {
  const Extraction e = Extract("Standup next Monday morning");
  ASSERT_EQ(e.meetings.size(), 1u);
  EXPECT_EQ(FormatIsoInZone(e.meetings[0].start, *e.zone), "2026-03-16T08:00:00+01:00");
  EXPECT_EQ(e.meetings[0].title, "Standup");
}

TEST(MeetingExtractor, ARangeSetsStartAndEnd) {
  const Extraction e = Extract("Team meeting 3-4 PM Friday");
  ASSERT_EQ(e.meetings.size(), 1u);
  EXPECT_EQ(FormatIsoInZone(e.meetings[0].start, *e.zone), "2026-03-13T15:00:00+01:00");
  ASSERT_TRUE(e.meetings[0].end.has_value());
  EXPECT_EQ(FormatIsoInZone(*e.meetings[0].end, *e.zone), "2026-03-13T16:00:00+01:00");
  EXPECT_EQ(e.meetings[0].title, "Team meeting");
}

TEST(MeetingExtractor, AOneOnOneWithoutAnEndKeepsItsTitle) {
  const Extraction e = Extract("I have a 1-on-1 tomorrow at 10 AM");
  ASSERT_EQ(e.meetings.size(), 1u);
  EXPECT_EQ(e.meetings[0].title, "1-on-1");
  EXPECT_FALSE(e.meetings[0].end.has_value());
}

TEST(MeetingExtractor, SameMeetingTwiceInOneMessageIsOne) {
  EXPECT_EQ(Starts("Meeting tomorrow at 3pm. Don't forget: the meeting tomorrow at 3 pm!"),
            Strings{"2026-03-12T15:00:00+01:00"});
}

TEST(MeetingExtractor, TwoEventsInOneMessageAreTwo) {
  EXPECT_EQ(Starts("Dentist tomorrow at 9 and team meeting Friday at 2pm"),
            (Strings{"2026-03-12T09:00:00+01:00", "2026-03-13T14:00:00+01:00"}));
  EXPECT_EQ(Starts("Созвон завтра в 10, а встреча с клиентом в пятницу с 16:00 до 17:30"),
            (Strings{"2026-03-12T10:00:00+01:00", "2026-03-13T16:00:00+01:00"}));
}

TEST(MeetingExtractor, PartsOfTheDayHaveFixedHours) {
  EXPECT_EQ(Starts("call tomorrow morning"), Strings{"2026-03-12T08:00:00+01:00"});
  EXPECT_EQ(Starts("call tomorrow at noon"), Strings{"2026-03-12T12:00:00+01:00"});
  EXPECT_EQ(Starts("call tomorrow afternoon"), Strings{"2026-03-12T14:00:00+01:00"});
  EXPECT_EQ(Starts("call tomorrow evening"), Strings{"2026-03-12T19:00:00+01:00"});
  EXPECT_EQ(Starts("dinner tonight"), Strings{"2026-03-11T20:00:00+01:00"});
}

TEST(MeetingExtractor, BareWeekdayIsTodayWhileTheTimeIsAhead) {
  // Today is Wednesday 09:15.
  EXPECT_EQ(Starts("yoga class Wednesday at 6pm"), Strings{"2026-03-11T18:00:00+01:00"});
  EXPECT_EQ(Starts("yoga class Wednesday at 8am"), Strings{"2026-03-18T08:00:00+01:00"});
}

TEST(MeetingExtractor, NextWeekdayIsStrictlyAfterToday) {
  EXPECT_EQ(Starts("interview next Wednesday at 6pm"), Strings{"2026-03-18T18:00:00+01:00"});
  EXPECT_EQ(Starts("interview next Friday at 10am"), Strings{"2026-03-13T10:00:00+01:00"});
}

TEST(MeetingExtractor, NextWeekTuesdayIsInTheFollowingMondayToSundayWeek) {
  EXPECT_EQ(Starts("sync next week Tuesday at 3pm"), Strings{"2026-03-17T15:00:00+01:00"});
  // From a Sunday the following week starts the next day.
  EXPECT_EQ(Starts("sync next week Tuesday at 3pm", "2026-03-15T10:00:00+01:00"),
            Strings{"2026-03-17T15:00:00+01:00"});
}

TEST(MeetingExtractor, DateWithoutYearIsThisYearWhileAheadElseNextYear) {
  EXPECT_EQ(Starts("board meeting on April 2 at 10am"), Strings{"2026-04-02T10:00:00+02:00"});
  EXPECT_EQ(Starts("board meeting on March 2 at 10am"), Strings{"2027-03-02T10:00:00+01:00"});
  EXPECT_EQ(Starts("board meeting on March 11 at 5pm"), Strings{"2026-03-11T17:00:00+01:00"});
}

TEST(MeetingExtractor, NumericDatesAreMonthDayOnlyForEnglishInTheAmericas) {
  // 3/4 is March 4 in New York: past this year, so next year's (a date without a year).
  EXPECT_EQ(
      Starts("dentist appointment on 3/4 at 9am", "2026-03-11T09:15:00-04:00", "America/New_York"),
      Strings{"2027-03-04T09:00:00-05:00"});
  EXPECT_EQ(
      Starts("dentist appointment on 3/15 at 9am", "2026-03-11T09:15:00-04:00", "America/New_York"),
      Strings{"2026-03-15T09:00:00-04:00"});
  EXPECT_EQ(Starts("dentist appointment on 3/4 at 9am"), Strings{"2026-04-03T09:00:00+02:00"});
  EXPECT_EQ(Starts("cita con el dentista el 3/4 a las 9", "2026-03-11T09:15:00-06:00",
                   "America/Mexico_City"),
            Strings{"2026-04-03T09:00:00-06:00"});
}

TEST(MeetingExtractor, OffsetIsTheOneInForceAtTheEventAcrossDst) {
  // Friday before Europe's spring change (Sunday 03-29): Monday is UTC+2.
  EXPECT_EQ(Starts("Встреча в понедельник в 10:00", "2026-03-27T17:40:00+01:00"),
            Strings{"2026-03-30T10:00:00+02:00"});
  // Friday before the autumn change (Sunday 10-25): Monday is back to UTC+1.
  EXPECT_EQ(Starts("Reunión el lunes a las 12:00", "2026-10-23T15:00:00+02:00", "Europe/Madrid"),
            Strings{"2026-10-26T12:00:00+01:00"});
  // "In 20 hours" is elapsed time: across New York's spring change the wall clock jumps.
  EXPECT_EQ(Starts("Zoom call in 20 hours", "2026-03-07T11:00:00-05:00", "America/New_York"),
            Strings{"2026-03-08T08:00:00-04:00"});
}

TEST(MeetingExtractor, LocalTimesInTheDstGapMoveToTheTransitionAndRepeatedOnesTakeTheFirst) {
  // 02:30 does not exist in Berlin on 2026-03-29; it exists twice on 2026-10-25.
  EXPECT_EQ(Starts("call on Sunday at 2:30am", "2026-03-27T09:15:00+01:00"),
            Strings{"2026-03-29T03:00:00+02:00"});
  EXPECT_EQ(Starts("call on Sunday at 2:30am", "2026-10-23T09:15:00+02:00"),
            Strings{"2026-10-25T02:30:00+02:00"});
}

TEST(MeetingExtractor, ADayWithoutATimeIsNineOClockWithLowerConfidence) {
  const Extraction e = Extract("Dentist appointment on March 20");
  ASSERT_EQ(e.meetings.size(), 1u);
  EXPECT_EQ(FormatIsoInZone(e.meetings[0].start, *e.zone), "2026-03-20T09:00:00+01:00");
  EXPECT_LT(e.meetings[0].confidence,
            Extract("Dentist appointment on March 20 at 9am").meetings.at(0).confidence);
}

TEST(MeetingExtractor, ATimeWithoutADayIsTodayWhileAheadElseTomorrow) {
  EXPECT_EQ(Starts("meeting at 3"), Strings{"2026-03-11T15:00:00+01:00"});
  EXPECT_EQ(Starts("meeting at 3", "2026-03-11T16:15:00+01:00"),
            Strings{"2026-03-12T15:00:00+01:00"});
}

TEST(MeetingExtractor, DurationsSetTheEnd) {
  const Extraction e = Extract("Client call Thursday 9:30am for 45 minutes");
  ASSERT_EQ(e.meetings.size(), 1u);
  ASSERT_TRUE(e.meetings[0].end.has_value());
  EXPECT_EQ(FormatIsoInZone(*e.meetings[0].end, *e.zone), "2026-03-12T10:15:00+01:00");
  const Extraction ru = Extract("Врач завтра в 9:15 на полчаса");
  ASSERT_EQ(ru.meetings.size(), 1u);
  EXPECT_EQ(FormatIsoInZone(*ru.meetings[0].end, *ru.zone), "2026-03-12T09:45:00+01:00");
}

TEST(MeetingExtractor, PastCancelledDeadlinesAndTimesWithoutEventsYieldNothing) {
  for (std::string_view text :
       {"The meeting yesterday went well", "We had a great call on Monday",
        "The call tomorrow at 3 is cancelled", "Report due Friday at 5pm",
        "Please send me the slides by Thursday", "I'll be home at 6 tomorrow",
        "Вчера была отличная встреча", "Встреча в пятницу отменяется",
        "Отчёт нужно сдать до пятницы", "La reunión de ayer fue muy productiva",
        "Hay que entregar el informe antes del viernes", "A consulta de sexta foi cancelada",
        "Tenho que entregar o relatório até sexta", "Meeting today at 8am"}) {
    EXPECT_TRUE(Extract(text).meetings.empty()) << text;
  }
}

TEST(MeetingExtractor, RescheduledEventKeepsTheNewTime) {
  EXPECT_EQ(Starts("The call was moved to Friday at 3pm"), Strings{"2026-03-13T15:00:00+01:00"});
}

TEST(MeetingExtractor, TitlesQuoteTheUsersWords) {
  EXPECT_EQ(Extract("Consulta com o dentista amanhã às 15h30").meetings.at(0).title,
            "Consulta com o dentista");
  EXPECT_EQ(Extract("встреча с клиентом завтра в 10").meetings.at(0).title, "Встреча с клиентом");
  EXPECT_EQ(Extract("Tenemos reunión de equipo mañana a las 10").meetings.at(0).title,
            "Reunión de equipo");
  EXPECT_EQ(Extract("let's meet tomorrow at 5").meetings.at(0).title, "Meeting");
}

TEST(MeetingExtractor, LanguageIsGuessedWhenAbsent) {
  EXPECT_EQ(Extract("Созвон завтра в 10").language, Language::kRu);
  EXPECT_EQ(Extract("Reunión mañana a las 10").language, Language::kEs);
  EXPECT_EQ(Extract("Reunião amanhã às 10h").language, Language::kPt);
  EXPECT_EQ(Extract("Meeting tomorrow at 10").language, Language::kEn);
}

TEST(MeetingExtractor, UnknownTimeZoneIsAPermanentError) {
  const auto result = ExtractMeetings(
      {"meeting tomorrow at 3", *ParseIsoInstant(kWednesday), "Mars/Olympus_Mons", Language::kEn});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().kind, ErrorKind::kPermanent);
}

TEST(MeetingExtractor, GarbageNeverThrows) {
  const std::string invalid_utf8 = "meeting \xff\xfe tomorrow \xc3 at 3";
  EXPECT_NO_THROW(Extract(invalid_utf8));
  EXPECT_TRUE(Extract("").meetings.empty());
  EXPECT_TRUE(Extract("99:99 32/13 at 25 :::: --").meetings.empty());
}

TEST(MeetingJson, ParsesAnInputLine) {
  const auto input = ParseExtractInput(
      R"({"text": "Call at 3", "now": "2026-03-11T09:15:00+01:00", "tz": "Europe/Berlin", "lang": "en"})");
  ASSERT_TRUE(input.has_value()) << input.error().message;
  EXPECT_EQ(input->text, "Call at 3");
  EXPECT_EQ(input->tz, "Europe/Berlin");
  EXPECT_EQ(input->language, Language::kEn);
  EXPECT_EQ(input->now, *ParseIsoInstant("2026-03-11T08:15:00Z"));
}

TEST(MeetingJson, RejectsBadLinesNamingTheField) {
  EXPECT_NE(ParseExtractInput("not json").error().message.find("malformed"), std::string::npos);
  EXPECT_NE(ParseExtractInput(R"({"now": "2026-03-11T09:15:00Z", "tz": "UTC"})")
                .error()
                .message.find("'text'"),
            std::string::npos);
  EXPECT_NE(ParseExtractInput(R"({"text": "x", "now": "2026-03-11T09:15:00", "tz": "UTC"})")
                .error()
                .message.find("'now'"),
            std::string::npos);
  EXPECT_NE(ParseExtractInput(
                R"({"text": "x", "now": "2026-03-11T09:15:00Z", "tz": "UTC", "lang": "de"})")
                .error()
                .message.find("'lang'"),
            std::string::npos);
}

TEST(MeetingJson, FormatsEventsWithOffsetsAndNullEnd) {
  const Extraction e = Extract("Team meeting 3-4 PM Friday and lunch tomorrow at noon");
  EXPECT_EQ(FormatExtraction(e),
            R"({"events": [{"title": "Team meeting", "start": "2026-03-13T15:00:00+01:00", )"
            R"("end": "2026-03-13T16:00:00+01:00", "confidence": 0.98}, {"title": "Lunch", )"
            R"("start": "2026-03-12T12:00:00+01:00", "end": null, "confidence": 0.80}]})");
  EXPECT_EQ(FormatExtraction(Extract("hello there")), R"({"events": []})");
  EXPECT_EQ(JsonString("say \"hi\"\n"), R"("say \"hi\"\n")");
}

TEST(IsoTime, ParsesOffsetsAndRefusesLocalTimes) {
  EXPECT_EQ(ParseIsoInstant("2026-03-11T09:15:00+01:00"), ParseIsoInstant("2026-03-11T08:15:00Z"));
  EXPECT_EQ(ParseIsoInstant("2026-03-11T09:15:00.250-03:30"),
            ParseIsoInstant("2026-03-11T12:45:00Z"));
  EXPECT_FALSE(ParseIsoInstant("2026-03-11T09:15:00").has_value());
  EXPECT_FALSE(ParseIsoInstant("2026-02-30T09:15:00Z").has_value());
}

}  // namespace
}  // namespace chatfleet::meetings

namespace chatfleet::meetings {
namespace {

TEST(MeetingStructure, AnyActivityAtAFutureDayAndTimeIsAnEventTitledByIt) {
  const Extraction e = Extract("Wedding rehearsal Friday 5–7pm at the church");
  ASSERT_EQ(e.meetings.size(), 1u);
  EXPECT_EQ(e.meetings[0].title, "Wedding rehearsal");
  EXPECT_EQ(FormatIsoInZone(e.meetings[0].start, *e.zone), "2026-03-13T17:00:00+01:00");
  ASSERT_TRUE(e.meetings[0].end.has_value());
  EXPECT_EQ(FormatIsoInZone(*e.meetings[0].end, *e.zone), "2026-03-13T19:00:00+01:00");
  EXPECT_EQ(Extract("Школьный спектакль у Маши в четверг в 18:30").meetings.at(0).title,
            "Школьный спектакль у Маши");
  // A time alone, or with a chore, opening hours or being home, is no plan.
  EXPECT_EQ(Starts("It's already 3pm, time flies"), Strings{});
  EXPECT_EQ(Starts("The pharmacy opens at 9 tomorrow"), Strings{});
  EXPECT_EQ(Starts("Remind me to water the plants at 5pm"), Strings{});
  EXPECT_EQ(Starts("I'll be at work until 6pm tomorrow"), Strings{});
  EXPECT_EQ(Starts("Na quinta passada tivemos a missa às 10h30"), Strings{});
}

TEST(MeetingStructure, PartsOfTheDayFinerAndAsTheActivitysName) {
  EXPECT_EQ(Starts("Chess club tomorrow late afternoon"), Strings{"2026-03-12T16:00:00+01:00"});
  EXPECT_EQ(Starts("Barbecue tomorrow late morning"), Strings{"2026-03-12T10:00:00+01:00"});
  // "evening" names the activity here; the time is lunchtime.
  EXPECT_EQ(Starts("Parents' evening tomorrow at lunchtime"), Strings{"2026-03-12T12:00:00+01:00"});
  EXPECT_EQ(Starts("A noite de quiz depois de amanhã de manhã"),
            Strings{"2026-03-13T08:00:00+01:00"});
}

TEST(MeetingStructure, WeeksOffsetNarrowedByAWeekdayOrADayOfMonth) {
  // Wednesday 03-11: this week's Monday is 03-09; two weeks later, Tuesday 03-24.
  EXPECT_EQ(Starts("Team offsite in two weeks on Tuesday at 12pm"),
            Strings{"2026-03-24T12:00:00+01:00"});
  EXPECT_EQ(Starts("Тренировка через 2 недели в среду в 19:00"),
            Strings{"2026-03-25T19:00:00+01:00"});
  // The first 9th on or after now + 21 - 6 days (03-26): April 9th, in summer time.
  EXPECT_EQ(Starts("Recital in three weeks, on the 9th at 6pm"),
            Strings{"2026-04-09T18:00:00+02:00"});
}

TEST(MeetingStructure, MonthNamesAfterAnArticleAndChatSpellings) {
  EXPECT_EQ(Starts("Tenemos el ensayo del coro el 20 de julio a las 17:45"),
            Strings{"2026-07-20T17:45:00+02:00"});
  EXPECT_EQ(Starts("O exame de sangue vai ser dia 24 de junho às 19h45"),
            Strings{"2026-06-24T19:45:00+02:00"});
  EXPECT_EQ(Starts("open day 2moro at 6pm"), Strings{"2026-03-12T18:00:00+01:00"});
  EXPECT_EQ(Starts("завтро в 14:30 шашлыки"), Strings{"2026-03-12T14:30:00+01:00"});
}

TEST(MeetingStructure, AZoneNamedInTheTextIsHonoured) {
  // 5pm New York time (EDT from 03-08) is 22:00 in Berlin.
  EXPECT_EQ(Starts("meeting at 5pm EST tomorrow"), Strings{"2026-03-12T22:00:00+01:00"});
  EXPECT_EQ(Starts("Созвон завтра в 15:00 по Москве"), Strings{"2026-03-12T13:00:00+01:00"});
}

}  // namespace
}  // namespace chatfleet::meetings

namespace chatfleet::meetings {
namespace {

TEST(MeetingStructure, PastTenseByTheVerbsFormNotOnlyByWords) {
  EXPECT_EQ(Starts("We played tennis on Monday at 5pm"), Strings{});
  EXPECT_EQ(Starts("Мы играли в теннис в понедельник в 17:00"), Strings{});
  EXPECT_EQ(Starts("Visité a la abuela el sábado a las 14:00"), Strings{});
  EXPECT_EQ(Starts("Visitei a vó no sábado às 14h"), Strings{});
  // Plans made in the past tense are plans.
  EXPECT_EQ(Starts("We booked a table for Friday at 8pm"), Strings{"2026-03-13T20:00:00+01:00"});
  EXPECT_EQ(Starts("Marquei o dentista pra quinta às 15h"), Strings{"2026-03-12T15:00:00+01:00"});
}

// The rules below are general: each names a behaviour, with phrasings from more than one
// language. "now" is Wednesday 2026-03-11 09:15 in Berlin (+01:00 all that week).
Strings StartsIn(std::string_view text, Language language) {
  const Extraction e = Extract(text, kWednesday, kBerlin, language);
  Strings starts;
  for (const auto& m : e.meetings) starts.push_back(FormatIsoInZone(m.start, *e.zone));
  return starts;
}

TEST(MeetingExtractor, NightAfterADayIsNineAndTheNightOfTodayIsTonight) {
  EXPECT_EQ(StartsIn("Cena con los primos el sábado por la noche", Language::kEs),
            Strings{"2026-03-14T21:00:00+01:00"});
  EXPECT_EQ(StartsIn("Jantar de anos sexta à noite", Language::kPt),
            Strings{"2026-03-13T21:00:00+01:00"});
  EXPECT_EQ(StartsIn("Hockey practice Friday night", Language::kEn),
            Strings{"2026-03-13T21:00:00+01:00"});
  EXPECT_EQ(StartsIn("Hoy en la noche hay cena de empresa", Language::kEs),
            Strings{"2026-03-11T20:00:00+01:00"});
  EXPECT_EQ(StartsIn("Hj à noite pizza na casa da Bia", Language::kPt),
            Strings{"2026-03-11T20:00:00+01:00"});
  // Evening stays 19:00, and a clock time only picks the half of the day.
  EXPECT_EQ(StartsIn("Quinta à noitinha happy hour", Language::kPt),
            Strings{"2026-03-12T19:00:00+01:00"});
  EXPECT_EQ(StartsIn("Jantar de grupo sexta à noite às 20h30", Language::kPt),
            Strings{"2026-03-13T20:30:00+01:00"});
}

TEST(MeetingExtractor, APartOfTheDayRightAfterADayIsThatDaysTime) {
  EXPECT_EQ(StartsIn("Band practice 2mrw afternoon", Language::kEn),
            Strings{"2026-03-12T14:00:00+01:00"});
  EXPECT_EQ(StartsIn("Date night friday night", Language::kEn),
            Strings{"2026-03-13T21:00:00+01:00"});
}

TEST(MeetingExtractor, MisspeltDayWordsAreReadOneEditAway) {
  EXPECT_EQ(StartsIn("Orthodontist wensday 3:30pm", Language::kEn),
            Strings{"2026-03-11T15:30:00+01:00"});
  EXPECT_EQ(StartsIn("Свидание в суботу в 19:00", Language::kRu),
            Strings{"2026-03-14T19:00:00+01:00"});
  EXPECT_EQ(StartsIn("Cena d empresa el vierns a las 21:00", Language::kEs),
            Strings{"2026-03-13T21:00:00+01:00"});
  EXPECT_EQ(StartsIn("Partido de fut el sab a las 5", Language::kEs),
            Strings{"2026-03-14T17:00:00+01:00"});
}

TEST(MeetingExtractor, ChoresAreNoPlansButADutyToGoSomewhereIs) {
  for (const auto& [text, language] : std::vector<std::pair<std::string_view, Language>>{
           {"Need to do laundry tonight", Language::kEn},
           {"Remember to call the bank at 10 tomorrow", Language::kEn},
           {"Надо погладить рубашки сегодня вечером", Language::kRu},
           {"Tengo que lavar la ropa esta noche", Language::kEs},
           {"Não esquecer de pagar o boleto amanhã às 10h", Language::kPt}}) {
    EXPECT_TRUE(StartsIn(text, language).empty()) << text;
  }
  EXPECT_EQ(StartsIn("Need to go to the dentist tomorrow at 3pm", Language::kEn),
            Strings{"2026-03-12T15:00:00+01:00"});
  EXPECT_EQ(StartsIn("Надо сходить к нотариусу завтра в 11", Language::kRu),
            Strings{"2026-03-12T11:00:00+01:00"});
  EXPECT_EQ(StartsIn("Tengo que ir al médico mañana a las 10", Language::kEs),
            Strings{"2026-03-12T10:00:00+01:00"});
}

TEST(MeetingExtractor, HypotheticalsAndNegatedFirstPersonAreNoPlans) {
  for (const auto& [text, language] : std::vector<std::pair<std::string_view, Language>>{
           {"If it were sunny we'd go hiking Saturday at 9", Language::kEn},
           {"Would've loved to come Friday at 8", Language::kEn},
           {"Si no lloviera, iríamos a la playa el sábado a las 10", Language::kEs},
           {"Me habría encantado ir el sábado a las 8", Language::kEs},
           {"Se não chovesse, iríamos à praia sábado às 9h", Language::kPt},
           {"Eu teria ido no sábado às 9h", Language::kPt},
           {"Я не успею на йогу в четверг в 8", Language::kRu}}) {
    EXPECT_TRUE(StartsIn(text, language).empty()) << text;
  }
}

TEST(MeetingExtractor, AFirstPersonPluralThatIsAlsoPresentIsAPlanBeforeADayAhead) {
  EXPECT_EQ(StartsIn("Pasado mañana temprano salimos de excursión", Language::kEs),
            Strings{"2026-03-13T07:00:00+01:00"});
  EXPECT_EQ(StartsIn("Amanhã jogamos bola às 19h", Language::kPt),
            Strings{"2026-03-12T19:00:00+01:00"});
  // Irregular preterites have no present reading, and yesterday stays past.
  EXPECT_TRUE(StartsIn("El martes pasado tuvimos la clase de yoga a las 9", Language::kEs).empty());
  EXPECT_TRUE(StartsIn("Anoche cenamos a las 9", Language::kEs).empty());
}

TEST(MeetingExtractor, ScoresFrequenciesAndMeasuresAreNoTimes) {
  EXPECT_TRUE(StartsIn("Deu 2 a 2 o jogo", Language::kPt).empty());
  EXPECT_TRUE(StartsIn("O autocarro passa de 20 em 20 minutos", Language::kPt).empty());
  EXPECT_EQ(StartsIn("Завтра в обед забег на 5 км", Language::kRu),
            Strings{"2026-03-12T12:00:00+01:00"});
}

TEST(MeetingExtractor, AnAccentedPortugueseNounIsNoPreterite) {
  EXPECT_EQ(StartsIn("Amanhã no fim da tarde vôlei na praia", Language::kPt),
            Strings{"2026-03-12T16:00:00+01:00"});
  EXPECT_TRUE(StartsIn("Visitei a vó no sábado às 14h", Language::kPt).empty());
}

TEST(MeetingExtractor, ADayWithoutATimeYieldsToTheSameDayWithOne) {
  EXPECT_EQ(StartsIn("Dance class every Tues? no, just this Tuesday 5pm", Language::kEn),
            Strings{"2026-03-17T17:00:00+01:00"});
}

TEST(MeetingExtractor, AvailabilityCommuteAndOutagesAreNoPlans) {
  for (const auto& [text, language] : std::vector<std::pair<std::string_view, Language>>{
           {"I'm busy tomorrow afternoon, sorry", Language::kEn},
           {"I get off work at 5:30pm on Friday", Language::kEn},
           {"Я завтра после обеда занята", Language::kRu},
           {"Cortan el agua mañana de 9 a 13", Language::kEs},
           {"Tô livre sexta depois das 17h", Language::kPt}}) {
    EXPECT_TRUE(StartsIn(text, language).empty()) << text;
  }
}

TEST(MeetingExtractor, AnExplicitFutureOutweighsAPastReadOnlyFromAVerbsForm) {
  // "Haunted" looks like a sentence-initial past verb; "tonight" says the tour is ahead.
  EXPECT_EQ(StartsIn("Haunted house tour tonight at 9", Language::kEn),
            Strings{"2026-03-11T21:00:00+01:00"});
  EXPECT_EQ(StartsIn("Soccer 2nite at 7", Language::kEn), Strings{"2026-03-11T19:00:00+01:00"});
  EXPECT_TRUE(StartsIn("Loved the school play on Thursday at 6!", Language::kEn).empty());
}

TEST(MeetingExtractor, NotBeingAbleAndLeavingSomewhereAreNoPlans) {
  for (const auto& [text, language] : std::vector<std::pair<std::string_view, Language>>{
           {"Can't do Friday at 4, sorry", Language::kEn},
           {"No puedo el viernes a las 4, lo siento", Language::kEs},
           {"Não consigo sexta às 16h, foi mal", Language::kPt},
           {"Salgo de clase a las 14:00", Language::kEs},
           {"Saio da aula às 14h", Language::kPt}}) {
    EXPECT_TRUE(StartsIn(text, language).empty()) << text;
  }
}

// Stances (stance_cues.cc): what a clause states without planning, and the plans beside it.
TEST(MeetingExtractor, AvailabilityIsNoPlanButAPlanInTheNextClauseIs) {
  EXPECT_EQ(Starts("I'm free after 5 today"), Strings{});
  EXPECT_EQ(Starts("Estoy libre después de las 5", kWednesday, "Europe/Madrid"), Strings{});
  EXPECT_EQ(Starts("I'm free after 5, let's meet at 6"), Strings{"2026-03-11T18:00:00+01:00"});
  EXPECT_EQ(Starts("Free Thursday afternoon? Coffee at 3?"), Strings{"2026-03-12T15:00:00+01:00"});
}

TEST(MeetingExtractor, HabitsAreNoPlansButThisOccasionOfOneIs) {
  EXPECT_EQ(Starts("We always have dinner at 8pm"), Strings{});
  EXPECT_EQ(Starts("Каждый вторник в 6 у меня хор", kWednesday, "Europe/Moscow"), Strings{});
  EXPECT_EQ(Starts("Every Friday is pizza night, and this Friday it's at 7pm at ours"),
            Strings{"2026-03-13T19:00:00+01:00"});
  EXPECT_EQ(Starts("Usually I go at 7, but tomorrow let's hit the gym at 6am"),
            Strings{"2026-03-12T06:00:00+01:00"});
}

TEST(MeetingExtractor, ATimetableIsNoPlanInAnyOfItsClauses) {
  EXPECT_EQ(Starts("Museum hours: 10am to 6pm, Tuesday to Sunday"), Strings{});
  EXPECT_EQ(
      Starts("O museu funciona das 10h às 18h, de terça a domingo", kWednesday, "Europe/Lisbon"),
      Strings{});
}

TEST(MeetingExtractor, AWishIsNoPlanButAProposalIs) {
  EXPECT_EQ(Starts("Would be nice to grab dinner Friday at 8pm"), Strings{});
  EXPECT_EQ(
      Starts("Ojalá pudiéramos ir al cine el viernes por la noche", kWednesday, "Europe/Madrid"),
      Strings{});
  EXPECT_EQ(Starts("Would you like to grab dinner Friday at 8pm?"),
            Strings{"2026-03-13T20:00:00+01:00"});
  EXPECT_EQ(Starts("Coffee tomorrow at 10?"), Strings{"2026-03-12T10:00:00+01:00"});
}

TEST(MeetingExtractor, AMeasureOrAWhereaboutsYieldsOnlyToANamedActivity) {
  EXPECT_EQ(Starts("Tomorrow afternoon high of 15 degrees"), Strings{});
  EXPECT_EQ(Starts("I'll be in the office tomorrow from 9 to 5"), Strings{});
  EXPECT_EQ(Starts("I'll be at the dentist tomorrow at 3pm"), Strings{"2026-03-12T15:00:00+01:00"});
  EXPECT_EQ(Starts("Game night at Sam's Friday 7:30pm, bring 5 euros for pizza"),
            Strings{"2026-03-13T19:30:00+01:00"});
}

TEST(MeetingExtractor, TheClockChangingIsNoPlan) {
  EXPECT_EQ(Starts("Clocks go forward on Sunday 29 March at 2am"), Strings{});
  EXPECT_EQ(Starts("Часы переводят в воскресенье в 3 ночи", kWednesday, "Europe/Moscow"),
            Strings{});
}

TEST(MeetingExtractor, AJokeTakesBackTheWholeMessage) {
  EXPECT_EQ(Starts("Party tomorrow at 8pm! Just kidding 😜"), Strings{});
  EXPECT_EQ(Starts("¡Inocentes! Reunión mañana a las 9", kWednesday, "Europe/Madrid"), Strings{});
}

TEST(MeetingExtractor, AProposalConditionedOnAvailabilityIsAPlan) {
  EXPECT_EQ(Starts("If you're free Friday at 7pm, dinner at ours?"),
            Strings{"2026-03-13T19:00:00+01:00"});
}

TEST(MeetingExtractor, ANoteToSelfIsNoPlanButANamedActivityStays) {
  EXPECT_EQ(Starts("Regar las plantas mañana a las 7", kWednesday, "Europe/Madrid"), Strings{});
  EXPECT_EQ(Starts("Taller de cerámica mañana a las 5", kWednesday, "Europe/Madrid"),
            Strings{"2026-03-12T17:00:00+01:00"});
}

TEST(MeetingExtractor, AnotherPersonsPlanReportedIsNotTheChats) {
  EXPECT_EQ(Starts("Tom said he has a dentist appointment tomorrow at 5"), Strings{});
  EXPECT_EQ(
      Starts("Маша сказала, что у неё завтра в 15:00 собеседование", kWednesday, "Europe/Moscow"),
      Strings{});
  // A report that brings the reader in is the chat's plan.
  EXPECT_EQ(Starts("Anna says we meet tomorrow at 5pm for the review"),
            Strings{"2026-03-12T17:00:00+01:00"});
}

TEST(MeetingExtractor, AConditionContraryToFactMakesItsMainClauseUnreal) {
  EXPECT_EQ(
      Starts("Si tuviera tiempo, iría al partido el sábado a las 5", kWednesday, "Europe/Madrid"),
      Strings{});
  EXPECT_EQ(Starts("If it weren't raining we'd play tennis tomorrow at 4"), Strings{});
  // A polite conditional asks for the plan.
  EXPECT_EQ(
      Starts("¿Podríamos mover la llamada al viernes a las 16:00?", kWednesday, "Europe/Madrid"),
      Strings{"2026-03-13T16:00:00+01:00"});
  EXPECT_EQ(Starts("Могли бы созвониться в четверг в 16:00?", kWednesday, "Europe/Moscow"),
            Strings{"2026-03-12T16:00:00+03:00"});
}

TEST(MeetingExtractor, AStanceAskedOfTheReaderProposes) {
  EXPECT_EQ(Starts("Free for drinks tomorrow at 8pm?"), Strings{"2026-03-12T20:00:00+01:00"});
  EXPECT_EQ(Starts("I'm free for drinks tomorrow after 8pm"), Strings{});
  EXPECT_EQ(Starts("Would be great to grab dinner tomorrow at 8pm, are you in?"),
            Strings{"2026-03-12T20:00:00+01:00"});
  EXPECT_EQ(Starts("Would be great to grab dinner tomorrow at 8pm"), Strings{});
}

TEST(MeetingExtractor, AMisspeltStanceWordStillStatesNoPlan) {
  EXPECT_EQ(Starts("I usualy have lunch at 1"), Strings{});
  EXPECT_EQ(Starts("Estoy disponble mañana de 3 a 5 por si acaso", kWednesday, "Europe/Madrid"),
            Strings{});
}

TEST(MeetingExtractor, AReportedPlanStopsAtTheConsequenceTheWriterDraws) {
  EXPECT_EQ(
      StartsIn("Маша сказала, что придёт, так что собираемся в субботу в 15:00", Language::kRu),
      Strings{"2026-03-14T15:00:00+01:00"});
  EXPECT_EQ(StartsIn("A Bia disse que vem, então o almoço é domingo às 13h", Language::kPt),
            Strings{"2026-03-15T13:00:00+01:00"});
  EXPECT_TRUE(
      StartsIn("Маша сказала, что у неё завтра в 15:00 собеседование", Language::kRu).empty());
}

TEST(MeetingExtractor, AContrastOrAColonBeforeWordsStartsATimeOfItsOwn) {
  EXPECT_EQ(
      StartsIn("Normalmente não saio à noite, mas sexta às 21h vamos ao teatro", Language::kPt),
      Strings{"2026-03-13T21:00:00+01:00"});
  EXPECT_EQ(StartsIn("Todo mundo tá livre domingo: trilha às 7h", Language::kPt),
            Strings{"2026-03-15T07:00:00+01:00"});
  EXPECT_TRUE(StartsIn("Tô livre domingo às 7h", Language::kPt).empty());
  // The day said before the colon still dates the times after it.
  EXPECT_EQ(StartsIn("Busy day tomorrow: budget review at 9am and physio session at 5:30pm",
                     Language::kEn),
            (Strings{"2026-03-12T09:00:00+01:00", "2026-03-12T17:30:00+01:00"}));
}

TEST(MeetingExtractor, AnEveningActivityTakesABareHourToTheEvening) {
  EXPECT_EQ(StartsIn("dinner 2moro @ 7?", Language::kEn), Strings{"2026-03-12T19:00:00+01:00"});
  EXPECT_EQ(StartsIn("Завтра после работы, часов в 7, идём на каток", Language::kRu),
            Strings{"2026-03-12T19:00:00+01:00"});
  EXPECT_EQ(StartsIn("breakfast tomorrow at 7", Language::kEn),
            Strings{"2026-03-12T07:00:00+01:00"});
}

TEST(MeetingExtractor, ANightOutTakesABareHourUpToTenToTheEvening) {
  EXPECT_EQ(StartsIn("bowling tmrw at 7, bring socks", Language::kEn),
            Strings{"2026-03-12T19:00:00+01:00"});
  EXPECT_EQ(StartsIn("Bora tomar uma cerveja amanhã às 7?", Language::kPt),
            Strings{"2026-03-12T19:00:00+01:00"});
  EXPECT_EQ(StartsIn("Давай завтра в 8, посидим в баре", Language::kRu),
            Strings{"2026-03-12T20:00:00+01:00"});
  // Eleven is late for a film but early enough for a morning one.
  EXPECT_EQ(StartsIn("movie tomorrow at 11", Language::kEn), Strings{"2026-03-12T11:00:00+01:00"});
  // An activity named after its night: "game night", "quiz nite".
  EXPECT_EQ(StartsIn("Game night tomorrow at 8", Language::kEn),
            Strings{"2026-03-12T20:00:00+01:00"});
}

TEST(MeetingExtractor, AnotherPersonsPlanStatedIsNoPlanOfTheChat) {
  EXPECT_TRUE(StartsIn("My brother has a job interview tomorrow at 9", Language::kEn).empty());
  EXPECT_TRUE(StartsIn("Jen and Mark are having dinner Friday at 7", Language::kEn).empty());
  EXPECT_TRUE(StartsIn("O Pedro e a Marta vão jantar fora sexta às 20h", Language::kPt).empty());
  EXPECT_TRUE(StartsIn("Mi hermana tiene una entrevista mañana a las 9", Language::kEs).empty());
  // The writer in the sentence makes it the chat's plan.
  EXPECT_EQ(
      StartsIn("My mom has a dentist appointment tomorrow at 9, I'll drive her", Language::kEn),
      Strings{"2026-03-12T09:00:00+01:00"});
}

TEST(MeetingExtractor, AProposalThatNamesNoActivityIsAnEvent) {
  EXPECT_EQ(StartsIn("давай в субботу в 14:00", Language::kRu),
            Strings{"2026-03-14T14:00:00+01:00"});
  EXPECT_TRUE(StartsIn("в субботу в 14:00", Language::kRu).empty());
}

TEST(MeetingExtractor, AskingTheTimeAndQuemMeDeraAreNoPlans) {
  EXPECT_TRUE(StartsIn("What time is the game on Saturday?", Language::kEn).empty());
  EXPECT_TRUE(StartsIn("Quem me dera estar de férias na segunda às 9h", Language::kPt).empty());
}

TEST(MeetingExtractor, AskingWhoWillDoItIsNoPlanButACallToJoinIs) {
  EXPECT_TRUE(StartsIn("Who's picking up the kids tomorrow at 3?", Language::kEn).empty());
  EXPECT_TRUE(StartsIn("Quem vai buscar as crianças amanhã às 17h?", Language::kPt).empty());
  EXPECT_EQ(StartsIn("Who's in for dinner tomorrow at 7?", Language::kEn),
            Strings{"2026-03-12T19:00:00+01:00"});
}

TEST(MeetingExtractor, WorkingTheWeatherAndWishingToSleepInAreNoPlans) {
  EXPECT_TRUE(StartsIn("r u working tmrw at 5?", Language::kEn).empty());
  EXPECT_TRUE(StartsIn("Кто завтра в 9 дежурит?", Language::kRu).empty());
  EXPECT_TRUE(StartsIn("Завтра в 15:00 обещают грозу", Language::kRu).empty());
  EXPECT_TRUE(StartsIn("Gostava de dormir até as 11h no sábado", Language::kPt).empty());
  EXPECT_EQ(StartsIn("Let's work on the slides tomorrow at 3", Language::kEn),
            Strings{"2026-03-12T15:00:00+01:00"});
}

TEST(MeetingExtractor, AnInvitationAPresentThatLooksPastAndAProposalAreKept) {
  EXPECT_EQ(StartsIn("Хотела бы пригласить вас на новоселье в субботу в 17:00", Language::kRu),
            Strings{"2026-03-14T17:00:00+01:00"});
  EXPECT_EQ(StartsIn("¿Cenamos el viernes a las 9 de la noche?", Language::kEs),
            Strings{"2026-03-13T21:00:00+01:00"});
  EXPECT_TRUE(StartsIn("Ayer cenamos a las 9", Language::kEs).empty());
  // A proposal dates a bare time today.
  EXPECT_EQ(StartsIn("Давай в 18:00 сходим в кино", Language::kRu),
            Strings{"2026-03-11T18:00:00+01:00"});
  EXPECT_EQ(StartsIn("brunch sunday 11ish", Language::kEn), Strings{"2026-03-15T11:00:00+01:00"});
}

}  // namespace
}  // namespace chatfleet::meetings
