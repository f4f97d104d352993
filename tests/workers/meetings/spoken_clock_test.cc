// Clock times said in words (spoken_clock_words.cc and the clock matchers that read them): the
// minutes before or after an hour, and the Russian hour under way.
#include <gtest/gtest.h>

#include <string_view>
#include <utility>

#include "tests/workers/meetings/parsed_start.h"
#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"
#include "workers/meetings/time_expression_parser.h"
#include "workers/meetings/time_resolver.h"

namespace chatfleet::meetings {
namespace {

TEST(TimeExpressionParser, EnglishMinutesBeforeAnHourInWords) {
  EXPECT_EQ(StartOf("let's meet at half past four", Language::kEn), HourMinute(16, 30));
  EXPECT_EQ(StartOf("call at quarter to nine", Language::kEn), HourMinute(8, 45));
  EXPECT_EQ(StartOf("at quarter past six", Language::kEn), HourMinute(18, 15));
  // The hour before one is twelve, not midnight.
  EXPECT_EQ(StartOf("lunch at quarter to one", Language::kEn), HourMinute(12, 45));
  // Minutes in digits before "past".
  EXPECT_EQ(StartOf("physio at 10 past 4 in the afternoon", Language::kEn), HourMinute(16, 10));
  // British "half four".
  EXPECT_EQ(StartOf("pick-up at half four", Language::kEn), HourMinute(16, 30));
}

TEST(TimeExpressionParser, EnglishMinutesAfterAnHourInWords) {
  EXPECT_EQ(StartOf("dinner at seven thirty in the evening", Language::kEn), HourMinute(19, 30));
  EXPECT_EQ(StartOf("at two fifteen", Language::kEn), HourMinute(14, 15));
  // A number before a measure counts it: the hour stays whole.
  EXPECT_EQ(StartOf("at 3 twenty people came", Language::kEn), HourMinute(15, 0));
}

TEST(TimeExpressionParser, DictatedMinutesApartFromTheirHour) {
  EXPECT_EQ(StartOf("the interview is tomorrow at 2 30 in the afternoon", Language::kEn),
            HourMinute(14, 30));
  EXPECT_EQ(StartOf("we fly out monday at 6 40 in the morning", Language::kEn), HourMinute(6, 40));
  EXPECT_EQ(StartOf("trick or treating starting at 5 30 with the kids", Language::kEn),
            HourMinute(17, 30));
  // What the second number counts keeps the hour whole.
  EXPECT_EQ(StartOf("dinner at 7 20 people", Language::kEn), HourMinute(7, 0));
  EXPECT_EQ(StartOf("run at 7 15 minutes easy", Language::kEn), HourMinute(7, 0));
}

TEST(TimeExpressionParser, PortugueseIsAtBeforeAnHour) {
  // "é às" folds to "e as", which closes a range only after its start.
  EXPECT_EQ(StartOf("no domingo o culto é às dez da manhã", Language::kPt), HourMinute(10, 0));
  EXPECT_EQ(StartOf("no domingo o jantar é às 8", Language::kPt).second, 0);
  EXPECT_NE(StartOf("no domingo o jantar é às 8", Language::kPt).first, -1);
}

TEST(TimeExpressionParser, HalfBeforeAnArticleIsAQuantity) {
  EXPECT_EQ(StartOf("buy half a dozen eggs", Language::kEn), HourMinute(-1, -1));
  EXPECT_EQ(StartOf("it takes half an hour", Language::kEn), HourMinute(-1, -1));
}

TEST(TimeExpressionParser, RussianHourUnderWay) {
  EXPECT_EQ(StartOf("встречаемся в полпятого", Language::kRu), HourMinute(16, 30));
  EXPECT_EQ(StartOf("в пол-пятого", Language::kRu), HourMinute(16, 30));
  EXPECT_EQ(StartOf("кино в половине седьмого", Language::kRu), HourMinute(18, 30));
  EXPECT_EQ(StartOf("в половине девятого утра", Language::kRu), HourMinute(8, 30));
  EXPECT_EQ(StartOf("в четверть восьмого вечера", Language::kRu), HourMinute(19, 15));
  // Half of the first hour is 12:30.
  EXPECT_EQ(StartOf("обед в половине первого", Language::kRu), HourMinute(12, 30));
}

TEST(TimeExpressionParser, RussianMinutesShortOfAnHour) {
  EXPECT_EQ(StartOf("завтра без четверти пять", Language::kRu), HourMinute(16, 45));
  EXPECT_EQ(StartOf("без пятнадцати семь вечера", Language::kRu), HourMinute(18, 45));
  EXPECT_EQ(StartOf("без десяти три", Language::kRu), HourMinute(14, 50));
}

TEST(TimeExpressionParser, RussianHourAfterAPrepositionTakesItsCase) {
  EXPECT_EQ(StartOf("собираемся к восьми вечера", Language::kRu), HourMinute(20, 0));
  EXPECT_EQ(StartOf("приходи к пяти", Language::kRu), HourMinute(17, 0));
  EXPECT_EQ(StartOf("в семь тридцать", Language::kRu), HourMinute(7, 30));
}

TEST(TimeExpressionParser, AnHourInWordsWithItsClockWordIsATime) {
  EXPECT_EQ(StartOf("14-го в три часа дня экскурсия", Language::kRu), HourMinute(15, 0));
  EXPECT_EQ(StartOf("суббота, два часа дня — выходим", Language::kRu), HourMinute(14, 0));
  EXPECT_EQ(StartOf("в субботу в три часа кафе", Language::kRu), HourMinute(15, 0));
  EXPECT_EQ(StartOf("sunday the fourth eight o'clock we walk", Language::kEn), HourMinute(8, 0));
  // Without a preposition or a part of the day, "два часа" is a length of time.
  EXPECT_EQ(StartOf("гуляли два часа", Language::kRu), HourMinute(-1, -1));
}

TEST(TimeExpressionParser, RussianOneOClockIsTheWordForHour) {
  EXPECT_EQ(StartOf("в субботу в час дня едем", Language::kRu), HourMinute(13, 0));
  EXPECT_EQ(StartOf("в воскресенье в час обед", Language::kRu), HourMinute(13, 0));
  EXPECT_EQ(StartOf("в час ночи", Language::kRu), HourMinute(1, 0));
  // With its part of the day said, a unit after it is the next words' ("день рождения").
  EXPECT_EQ(StartOf("28 марта в час дня день рождения Фёдора", Language::kRu), HourMinute(13, 0));
  // "через час", "на час": an hour from now, a length.
  EXPECT_EQ(StartOf("через час", Language::kRu), HourMinute(-1, -1));
}

TEST(TimeExpressionParser, SpanishMinutesAfterAnHourInWords) {
  EXPECT_EQ(StartOf("quedamos a las cinco y media", Language::kEs), HourMinute(17, 30));
  EXPECT_EQ(StartOf("a las ocho menos cuarto de la tarde", Language::kEs), HourMinute(19, 45));
  EXPECT_EQ(StartOf("a las once y cuarto", Language::kEs), HourMinute(11, 15));
  EXPECT_EQ(StartOf("a las doce menos cuarto", Language::kEs), HourMinute(11, 45));
}

TEST(TimeExpressionParser, TheSmallHoursAreTheMornings) {
  EXPECT_EQ(StartOf("el 29 de marzo a la 1 de la madrugada", Language::kEs), HourMinute(1, 0));
  EXPECT_EQ(StartOf("sábado às 3 da madrugada", Language::kPt), HourMinute(3, 0));
}

TEST(TimeExpressionParser, PortugueseMinutesAfterAnHourInWords) {
  EXPECT_EQ(StartOf("amanhã às oito e um quarto", Language::kPt), HourMinute(8, 15));
  EXPECT_EQ(StartOf("às dez menos um quarto", Language::kPt), HourMinute(9, 45));
  EXPECT_EQ(StartOf("às nove e meia da noite", Language::kPt), HourMinute(21, 30));
  EXPECT_EQ(StartOf("te encontro às quatro e meia", Language::kPt), HourMinute(16, 30));
}

}  // namespace
}  // namespace chatfleet::meetings
