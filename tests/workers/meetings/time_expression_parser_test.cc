// Pure tests of the tokenizer and the time expression parser, below the extractor.
#include "workers/meetings/time_expression_parser.h"

#include <gtest/gtest.h>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"
#include "workers/meetings/time_resolver.h"

namespace chatfleet::meetings {
namespace {

std::vector<TimeMention> Parse(std::string_view text, Language language) {
  return ParseTimeExpressions(Tokenize(text), LexiconFor(language), NumericDateOrder::kDayMonth);
}

TEST(Tokenize, FoldsCaseDiacriticsAndYo) {
  const auto tokens = Tokenize("Mañana ÀS 15h30, Ещё a.m. São-Paulo");
  std::vector<std::string> texts;
  for (const auto& t : tokens) texts.push_back(t.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"manana", "as", "15", "h", "30", ",", "еще", "am",
                                             "sao-paulo"}));
  EXPECT_EQ(tokens[2].value, 15);
  EXPECT_FALSE(tokens[3].space_before);  // "15h" typed together
}

TEST(Tokenize, KeepsByteRangesOfTheOriginal) {
  const std::string text = "Встреча завтра";
  const auto tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "завтра");
}

TEST(TimeExpressionParser, SpanishMananaIsTomorrowUnlessItIsTheMorning) {
  const auto mentions = Parse("mañana por la mañana", Language::kEs);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].date.kind, DateExpression::Kind::kDayOffset);
  EXPECT_EQ(mentions[0].date.day_offset, 1);
  EXPECT_EQ(mentions[0].part, DayPart::kMorning);
}

TEST(TimeExpressionParser, RangesBorrowTheEndsMeridiem) {
  const auto m = Parse("3-4 PM", Language::kEn);
  ASSERT_EQ(m.size(), 1u);
  ASSERT_TRUE(m[0].start && m[0].end);
  EXPECT_EQ(Hour24(*m[0].start, std::nullopt), 15);
  EXPECT_EQ(Hour24(*m[0].end, std::nullopt), 16);
  const auto overnight = Parse("11-1pm", Language::kEn);
  ASSERT_EQ(overnight.size(), 1u);
  EXPECT_EQ(Hour24(*overnight[0].start, std::nullopt), 11);
}

TEST(TimeExpressionParser, BareNumbersAreTimesOnlyAfterAPreposition) {
  EXPECT_TRUE(Parse("I have 2 kids", Language::kEn).empty());
  EXPECT_EQ(Parse("at 3", Language::kEn).size(), 1u);
  EXPECT_TRUE(Parse("купил 3 билета", Language::kRu).empty());
  EXPECT_EQ(Parse("в 3", Language::kRu).size(), 1u);
}

TEST(TimeExpressionParser, AMentionWithoutADayTakesThePreviousOnes) {
  const auto m = Parse("tomorrow a call at 10 and a review at 2", Language::kEn);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].date.kind, DateExpression::Kind::kDayOffset);
  EXPECT_EQ(m[1].date.day_offset, 1);
}

TEST(TimeExpressionParser, WeekdayAndDateSayTheSameDayOnce) {
  const auto m = Parse("el martes 17 de marzo a las 10", Language::kEs);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].date.kind, DateExpression::Kind::kCalendar);
  EXPECT_EQ(m[0].date.day, 17);
}

ClockTime Clock(int hour) {
  ClockTime clock;
  clock.hour = hour;
  return clock;
}

TEST(Hour24, BusinessHoursReadingOfBareHours) {
  const ClockTime three = Clock(3);
  EXPECT_EQ(Hour24(three, std::nullopt), 15);
  EXPECT_EQ(Hour24(three, DayPart::kMorning), 3);
  ClockTime typed = Clock(3);
  typed.typed_24h = true;  // "03:00"
  EXPECT_EQ(Hour24(typed, std::nullopt), 3);
  const ClockTime seven = Clock(7);
  EXPECT_EQ(Hour24(seven, std::nullopt), 7);
  EXPECT_EQ(Hour24(seven, DayPart::kEvening), 19);
  ClockTime eight = Clock(8);
  eight.part = DayPart::kNight;  // "8 de la noche"
  EXPECT_EQ(Hour24(eight, std::nullopt), 20);
}

}  // namespace
}  // namespace chatfleet::meetings
