// What chats type and say for times and days: a meridiem's letter on the hour ("3p"), "15hs",
// "alas" typed together, hours without their colon ("fri 730"), weekday and ordinal shorthand
// ("вскр", "30го", "q vem", "4 d abril", "sunday the fourth", "двадцать восьмого"), Portuguese
// "à 1", a number after a weekday that is the hour ("sunday 11 brunch"), an hour standing alone
// ("…, 12, …"), "arvo", "at like four", a night out that takes a bare hour to the evening ("pizza
// nite at 8"), thinking aloud ("I was thinking we could...") and arriving by a time ("be there by
// 8:30", "coming … by 6.30 pm").
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tests/workers/meetings/extracted_starts.h"
#include "tests/workers/meetings/parsed_start.h"
#include "workers/meetings/iso_time.h"
#include "workers/meetings/lexicon.h"
#include "workers/meetings/meeting_extractor.h"
#include "workers/meetings/text_tokens.h"
#include "workers/meetings/time_expression_parser.h"
#include "workers/meetings/time_resolver.h"

namespace chatfleet::meetings {
namespace {

TEST(TimeExpressionParser, AMeridiemsLetterTypedOntoTheHour) {
  EXPECT_EQ(StartOf("dentist fri 3p", Language::kEn), HourMinute(15, 0));
  EXPECT_EQ(StartOf("gym tmrw 6a", Language::kEn), HourMinute(6, 0));
  // Apart, "a" is an article.
  EXPECT_EQ(StartOf("at 10 a few of us", Language::kEn), HourMinute(10, 0));
}

TEST(TimeExpressionParser, HoursAndMinutesTypedWithoutTheirColon) {
  // The parser reads the dial; the evening is the extractor's reading (evening_hint.cc).
  EXPECT_EQ(StartOf("makan fri 730?", Language::kEn), HourMinute(7, 30));
  EXPECT_EQ(StartOf("dinner at 1930", Language::kEn), HourMinute(19, 30));
  // Not after a preposition or a day: a count, a price, a year.
  EXPECT_EQ(StartOf("we sold 730 tickets", Language::kEn), HourMinute(-1, -1));
  EXPECT_EQ(StartOf("at 875 a month", Language::kEn), HourMinute(-1, -1));
}

TEST(TimeExpressionParser, PortugueseOneOClockAndItsRange) {
  // "à 1" (a + a) is at one o'clock; "a 3, sexta" still Portugal's day.
  EXPECT_EQ(StartOf("almoço domingo à 1, já com a hora mudada", Language::kPt), HourMinute(13, 0));
  EXPECT_EQ(StartOf("domingo dia 1 de novembro da uma às três almoço", Language::kPt),
            HourMinute(13, 0));
  const auto mentions = ParseTimeExpressions(
      Tokenize("jantar a 3, sexta"), LexiconFor(Language::kPt), NumericDateOrder::kDayMonth);
  ASSERT_FALSE(mentions.empty());
  EXPECT_EQ(mentions[0].date.kind, DateExpression::Kind::kDayOfMonth);
}

TEST(TimeExpressionParser, DeShortenedToDBeforeTheMonth) {
  const auto mentions =
      ParseTimeExpressions(Tokenize("el dom 4 d abril a las 12 asado"), LexiconFor(Language::kEs),
                           NumericDateOrder::kDayMonth);
  ASSERT_FALSE(mentions.empty());
  EXPECT_EQ(mentions[0].date.kind, DateExpression::Kind::kCalendar);
  EXPECT_EQ(mentions[0].date.month, 4);
  EXPECT_EQ(mentions[0].date.day, 4);
}

TEST(TimeExpressionParser, NextWeekdayWithQTypedForQue) {
  for (const auto& [text, language] : {std::pair{"el domingo q viene a la 1", Language::kEs},
                                       std::pair{"domingo q vem à 1", Language::kPt}}) {
    const auto mentions =
        ParseTimeExpressions(Tokenize(text), LexiconFor(language), NumericDateOrder::kDayMonth);
    ASSERT_FALSE(mentions.empty()) << text;
    EXPECT_TRUE(mentions[0].date.next) << text;
  }
}

TEST(TimeExpressionParser, AnHourStandingAloneBetweenPausesAfterADay) {
  EXPECT_EQ(StartOf("Christmas lunch at Mum's, 12, prawns are sorted", Language::kEn),
            HourMinute(12, 0));
  // Not without a day before it, nor before more words: "dinner Friday, 4 of us".
  EXPECT_EQ(StartOf("lunch at Mum's, 12, prawns are sorted", Language::kEn), HourMinute(-1, -1));
  EXPECT_EQ(StartOf("dinner Friday, 4 of us", Language::kEn), HourMinute(-1, -1));
}

TEST(TimeExpressionParser, AnHourWithItsMeridiemIsATimeBeforeAUnitOrAMonth) {
  EXPECT_EQ(StartOf("Sat 7pm Day of the Dead dinner", Language::kEn), HourMinute(19, 0));
  EXPECT_EQ(StartOf("Friday 6pm March break kick-off", Language::kEn), HourMinute(18, 0));
  // Without one, a number before a unit counts it.
  EXPECT_EQ(StartOf("Saturday 3 days of rain", Language::kEn), HourMinute(-1, -1));
}

TEST(TimeExpressionParser, LatinAmericanHoursSuffix) {
  EXPECT_EQ(StartOf("encontro amanhã 15hrs", Language::kPt), HourMinute(15, 0));
  EXPECT_EQ(StartOf("clase el martes 10hs", Language::kEs), HourMinute(10, 0));
}

TEST(TimeExpressionParser, SpanishTimePrepositionTypedTogether) {
  EXPECT_EQ(StartOf("reunion el lunes alas 10", Language::kEs), HourMinute(10, 0));
  EXPECT_EQ(StartOf("reu mñn a ls 10", Language::kEs), HourMinute(10, 0));
}

TEST(TimeExpressionParser, RussianWeekdayAbbreviations) {
  for (const std::string_view text :
       {"в воскр в 11 бранч", "в чтв в 18:30 йога", "вскр в 10 зоопарк", "в птн в 8 вечера"}) {
    const auto mentions = ParseTimeExpressions(Tokenize(text), LexiconFor(Language::kRu),
                                               NumericDateOrder::kDayMonth);
    ASSERT_EQ(mentions.size(), 1u) << text;
    EXPECT_EQ(mentions[0].date.kind, DateExpression::Kind::kWeekday) << text;
  }
}

TEST(TimeExpressionParser, RussianDayOrdinalTypedWithoutItsHyphen) {
  for (const std::string_view text :
       {"в пнд 30го в 7 вечера", "28-го днём в три", "24-е, в шесть"}) {
    const auto mentions = ParseTimeExpressions(Tokenize(text), LexiconFor(Language::kRu),
                                               NumericDateOrder::kDayMonth);
    ASSERT_FALSE(mentions.empty()) << text;
    EXPECT_EQ(mentions[0].date.kind, DateExpression::Kind::kDayOfMonth) << text;
    EXPECT_TRUE(mentions[0].start.has_value()) << text;
  }
}

TEST(TimeExpressionParser, RussianDayAsAGenitiveOrdinalInWords) {
  const auto day_of = [](std::string_view text) {
    const auto mentions = ParseTimeExpressions(Tokenize(text), LexiconFor(Language::kRu),
                                               NumericDateOrder::kDayMonth);
    return mentions.empty() ? 0 : mentions[0].date.day;
  };
  EXPECT_EQ(day_of("в воскресенье двадцать восьмого в одиннадцать едем"), 28);
  EXPECT_EQ(day_of("двадцать восьмого марта в час дня"), 28);
  EXPECT_EQ(day_of("первого апреля в 10"), 1);
  EXPECT_EQ(day_of("пятнадцатого мая в 9 утра"), 15);
}

std::vector<std::string> Starts(std::string_view text) {
  return ExtractedStarts(text, "2026-03-04T10:00:00-05:00", "America/New_York",  // a Wednesday
                         Language::kEn);
}

TEST(MeetingExtractorNightOut, ANightOutNamedAsSuchTakesABareHourToTheEvening) {
  EXPECT_EQ(Starts("piza nite w/ the gang satuday at 8"),
            std::vector<std::string>{"2026-03-07T20:00:00-05:00"});
  EXPECT_EQ(Starts("Tom's gig is Friday at 9, we're all going"),
            std::vector<std::string>{"2026-03-06T21:00:00-05:00"});
  // Without one, a bare 9 stays the morning's.
  EXPECT_EQ(Starts("Team review Friday at 9"),
            std::vector<std::string>{"2026-03-06T09:00:00-05:00"});
}

TEST(MeetingExtractorShorthand, ANumberAfterAWeekdayThatIsNotItsDateIsTheHour) {
  // March 2026: the 11th is a Wednesday, the 10th a Tuesday.
  EXPECT_EQ(Starts("sunday 11 brunch @ Wildberry"),
            std::vector<std::string>{"2026-03-08T11:00:00-04:00"});
  EXPECT_EQ(Starts("farmers market sun 10??"),
            std::vector<std::string>{"2026-03-08T10:00:00-04:00"});
  // The 14th is a Saturday: the number is its date.
  EXPECT_EQ(Starts("Saturday 14 dinner at 8"),
            std::vector<std::string>{"2026-03-14T20:00:00-04:00"});
}

TEST(MeetingExtractorSpoken, AnOrdinalInWordsAfterAWeekdayIsItsDate) {
  EXPECT_EQ(Starts("sunday the fifteenth eight o'clock we're doing the bridge walk"),
            std::vector<std::string>{"2026-03-15T08:00:00-04:00"});
  EXPECT_EQ(Starts("so tuesday the thirty-first at two we're going to the game"),
            std::vector<std::string>{"2026-03-31T14:00:00-04:00"});
  EXPECT_EQ(Starts("saturday the twenty first at 3 the parade"),
            std::vector<std::string>{"2026-03-21T15:00:00-04:00"});
}

TEST(MeetingExtractorSpoken, ThinkingAloudIsNoPast) {
  EXPECT_EQ(Starts("so i was thinking we could grab dinner saturday around seven"),
            std::vector<std::string>{"2026-03-07T19:00:00-05:00"});
  EXPECT_EQ(Starts("I was at the dentist at 3 yesterday"), std::vector<std::string>{});
}

TEST(MeetingExtractorSpoken, ArrivingByATimeIsTheStartAndSubmittingByItADeadline) {
  EXPECT_EQ(Starts("be there by 8:30 tomorrow for the school trip"),
            std::vector<std::string>{"2026-03-05T08:30:00-05:00"});
  EXPECT_EQ(Starts("Submit the report by 5pm tomorrow"), std::vector<std::string>{});
  // Coming somewhere earlier in the clause; a dotted time with its meridiem.
  EXPECT_EQ(Starts("we are coming to your hostel on Friday by 6.30 pm, be ready"),
            std::vector<std::string>{"2026-03-06T18:30:00-05:00"});
  EXPECT_EQ(Starts("the deposit is due Friday by 6.30 pm"), std::vector<std::string>{});
}

TEST(MeetingExtractorSpoken, ArvoAndAHedgeAfterAt) {
  EXPECT_EQ(Starts("bbq sat arvo at Dave's"),
            std::vector<std::string>{"2026-03-07T14:00:00-05:00"});
  EXPECT_EQ(Starts("um yeah can we do the call at like four tomorrow"),
            std::vector<std::string>{"2026-03-05T16:00:00-05:00"});
}

}  // namespace
}  // namespace chatfleet::meetings
