// Pure tests of the tokenizer and the time expression parser, below the extractor.
#include "workers/meetings/time_expression_parser.h"

#include <gtest/gtest.h>

#include <string_view>
#include <utility>
#include <vector>

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

TEST(TimeExpressionParser, AnHourSignTypedApartIsATimeAfterADateOrAPreposition) {
  const auto m = Parse("Cumple de Sara: sábado 4 de abril, 17 h", Language::kEs);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].date.kind, DateExpression::Kind::kCalendar);
  EXPECT_EQ(m[0].date.day, 4);
  ASSERT_TRUE(m[0].start);
  EXPECT_EQ(Hour24(*m[0].start, std::nullopt), 17);
  const auto ru = Parse("Ужин в субботу, 14 марта, 19 ч", Language::kRu);
  ASSERT_EQ(ru.size(), 1u);
  ASSERT_TRUE(ru[0].start);
  EXPECT_EQ(ru[0].start->hour, 19);
  const auto hs = Parse("el sábado 3, 21 hs", Language::kEs);
  ASSERT_EQ(hs.size(), 1u);
  ASSERT_TRUE(hs[0].start);
  EXPECT_EQ(hs[0].start->hour, 21);
  // Without a date or a preposition before it, "6 h" is a length of time.
  EXPECT_TRUE(Parse("Son 6 h de viaje en coche", Language::kEs).empty());
  EXPECT_TRUE(Parse("Дорога до дачи занимает 3 ч", Language::kRu).empty());
}

TEST(TimeExpressionParser, ADottedTimeRightAfterADateIsTheTime) {
  const auto en = Parse("Dinner Sat 28/3 19.00 at ours", Language::kEn);
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].date.kind, DateExpression::Kind::kCalendar);
  ASSERT_TRUE(en[0].start);
  EXPECT_EQ(en[0].start->hour, 19);
  const auto ru = Parse("Собрание 12.03, 18.30, актовый зал", Language::kRu);
  ASSERT_EQ(ru.size(), 1u);
  EXPECT_EQ(ru[0].date.month, 3);
  ASSERT_TRUE(ru[0].start);
  EXPECT_EQ(ru[0].start->hour, 18);
  EXPECT_EQ(ru[0].start->minute, 30);
  EXPECT_TRUE(Parse("La entrada cuesta 12.50 y el parking 3.40", Language::kEs).empty());
}

TEST(TimeExpressionParser, AnAbbreviatedWeekdayOrMonthKeepsItsSentence) {
  const Lexicon& es = LexiconFor(Language::kEs);
  const auto same = SentenceIndex(Tokenize("Cena el sáb. 24 de oct. a las 21"), es);
  EXPECT_EQ(same.back(), 0);
  const auto two = SentenceIndex(Tokenize("Hecho. Mañana a las 9"), es);
  EXPECT_EQ(two.back(), 1);
  const auto m = Parse("Bake sale Sat. Mar. 7 at 10am", Language::kEn);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].date.kind, DateExpression::Kind::kCalendar);
  EXPECT_EQ(m[0].date.day, 7);
  ASSERT_TRUE(m[0].start);
}

TEST(TimeExpressionParser, AWeekdayAfterADateNamesTheSameDay) {
  const auto es = Parse("Comida el 2 de abril (jueves) a las 14:30", Language::kEs);
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].date.kind, DateExpression::Kind::kCalendar);
  EXPECT_EQ(es[0].date.day, 2);
  ASSERT_TRUE(es[0].start);
  const auto pt = Parse("Dia 20 de março, sexta-feira, às 15h, consulta", Language::kPt);
  ASSERT_EQ(pt.size(), 1u);
  EXPECT_EQ(pt[0].date.day, 20);
}

TEST(TimeExpressionParser, ADayNumberAfterAWeekdayIsTheDateBeforeOtherWords) {
  const auto m = Parse("El sábado 14 cenamos a las 9", Language::kEs);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].date.kind, DateExpression::Kind::kDayOfMonth);
  EXPECT_EQ(m[0].date.day, 14);
  // An age, a count or a clock word after the number keeps the weekday alone.
  const auto age = Parse("Маше в пятницу 7 лет, праздник в 15:00", Language::kRu);
  ASSERT_FALSE(age.empty());
  EXPECT_EQ(age[0].date.kind, DateExpression::Kind::kWeekday);
  const auto clock = Parse("el sábado 8 de la noche", Language::kEs);
  ASSERT_FALSE(clock.empty());
  EXPECT_EQ(clock[0].date.kind, DateExpression::Kind::kWeekday);
}

TEST(TimeExpressionParser, TheWeekdayOfNextWeekInItsManyWordings) {
  for (const auto& [text, language] : std::vector<std::pair<std::string_view, Language>>{
           {"el miércoles de la otra semana a las 9", Language::kEs},
           {"la otra semana el martes a las 9", Language::kEs},
           {"na quinta da outra semana às 21h", Language::kPt},
           {"Karaoke Saturday week at 8pm", Language::kEn},
           {"Barbecue the Saturday after next at 2pm", Language::kEn},
           {"Quiz night a week on Saturday at 7pm", Language::kEn}}) {
    const auto m = Parse(text, language);
    ASSERT_EQ(m.size(), 1u) << text;
    EXPECT_EQ(m[0].date.kind, DateExpression::Kind::kWeekday) << text;
    EXPECT_TRUE(m[0].next_week) << text;
  }
  const auto ru = Parse("Ужин в воскресенье через неделю в 19:00", Language::kRu);
  ASSERT_EQ(ru.size(), 1u);
  EXPECT_EQ(ru[0].date.kind, DateExpression::Kind::kWeekday);
  EXPECT_EQ(ru[0].date.weekday, 0);
  EXPECT_EQ(ru[0].date.week_offset, 1);
  ASSERT_TRUE(ru[0].start);
}

TEST(TimeExpressionParser, WeeksFromTodayAreADayOffset) {
  const auto m = Parse("Team dinner two weeks from today at 7pm", Language::kEn);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].date.kind, DateExpression::Kind::kDayOffset);
  EXPECT_EQ(m[0].date.day_offset, 14);
  ASSERT_TRUE(m[0].start);
  const auto es = Parse("Café de aquí a una hora", Language::kEs);
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].offset_minutes, 60);
}

TEST(TimeExpressionParser, TheFirstOfAMonthInWordsOrWithAnOrdinalDot) {
  for (const auto& [text, language] : std::vector<std::pair<std::string_view, Language>>{
           {"Bautizo el primero de abril a las 12", Language::kEs},
           {"Show no primeiro de abril às 20h", Language::kPt},
           {"Puertas abiertas el 1.º de abril a las 10 h", Language::kEs}}) {
    const auto m = Parse(text, language);
    ASSERT_EQ(m.size(), 1u) << text;
    EXPECT_EQ(m[0].date.kind, DateExpression::Kind::kCalendar) << text;
    EXPECT_EQ(m[0].date.month, 4) << text;
    EXPECT_EQ(m[0].date.day, 1) << text;
    EXPECT_TRUE(m[0].start) << text;
  }
}

TEST(TimeExpressionParser, TheDayOfTheMonthInWords) {
  const auto es = Parse("Cena el quince de marzo a las 21 h", Language::kEs);
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].date.kind, DateExpression::Kind::kCalendar);
  EXPECT_EQ(es[0].date.day, 15);
  EXPECT_EQ(es[0].date.month, 3);
  const auto pt = Parse("Festa no dia vinte de março às 20h", Language::kPt);
  ASSERT_EQ(pt.size(), 1u);
  EXPECT_EQ(pt[0].date.day, 20);
}

TEST(TimeExpressionParser, NoonOpensARangeAndADottedRangeFollowsItsWeekday) {
  const auto noon = Parse("Open house Sunday noon-3pm", Language::kEn);
  ASSERT_EQ(noon.size(), 1u);
  ASSERT_TRUE(noon[0].start && noon[0].end);
  EXPECT_EQ(Hour24(*noon[0].start, std::nullopt), 12);
  EXPECT_EQ(Hour24(*noon[0].end, std::nullopt), 15);
  // "Sunday 10.30": the dot glued to "30" makes a time, not the 10th and a full stop.
  const auto dotted = Parse("Open house Sunday 10.30-12.30", Language::kEn);
  ASSERT_EQ(dotted.size(), 1u);
  EXPECT_EQ(dotted[0].date.kind, DateExpression::Kind::kWeekday);
  ASSERT_TRUE(dotted[0].start && dotted[0].end);
  EXPECT_EQ(dotted[0].start->minute, 30);
  EXPECT_EQ(dotted[0].end->hour, 12);
}

TEST(TimeExpressionParser, HoursAfterABareDeSayHowLong) {
  const auto m = Parse("Oficina de 2 horas no sábado às 10h", Language::kPt);
  ASSERT_EQ(m.size(), 1u);
  ASSERT_TRUE(m[0].start);
  EXPECT_EQ(m[0].start->hour, 10);
  const auto range = Parse("Taller el sábado de 10 a 13 horas", Language::kEs);
  ASSERT_EQ(range.size(), 1u);
  ASSERT_TRUE(range[0].start && range[0].end);
  EXPECT_EQ(range[0].start->hour, 10);
}

TEST(TimeExpressionParser, EntreOpensARangeThatYCloses) {
  const auto m = Parse("Fiesta el sábado entre 21 y 23 h", Language::kEs);
  ASSERT_EQ(m.size(), 1u);
  ASSERT_TRUE(m[0].start && m[0].end);
  EXPECT_EQ(m[0].start->hour, 21);
  EXPECT_EQ(m[0].end->hour, 23);
  const auto no_range = Parse("Cena el sábado a las 9 y a las 11 copas", Language::kEs);
  for (const auto& mention : no_range) EXPECT_FALSE(mention.end);
}

TEST(TimeExpressionParser, ADurationTypedWithTheHourSign) {
  const auto two = Parse("Pádel el viernes a las 19 h por 2h", Language::kEs);
  ASSERT_EQ(two.size(), 1u);
  EXPECT_EQ(two[0].duration_minutes, 120);
  const auto ninety = Parse("Ensayo el jueves a las 21 h durante 1h30", Language::kEs);
  ASSERT_EQ(ninety.size(), 1u);
  EXPECT_EQ(ninety[0].duration_minutes, 90);
}

TEST(TimeExpressionParser, PortugalsNumberedWeekdaysAndItsAOfTheDay) {
  for (const auto& [text, weekday] :
       std::vector<std::pair<std::string_view, int>>{{"Jantar na 6ª feira às 20h", 5},
                                                     {"Reunião 2.ª feira às 9h", 1},
                                                     {"Treino 4a feira às 19h", 3}}) {
    const auto m = Parse(text, Language::kPt);
    ASSERT_EQ(m.size(), 1u) << text;
    EXPECT_EQ(m[0].date.kind, DateExpression::Kind::kWeekday) << text;
    EXPECT_EQ(m[0].date.weekday, weekday) << text;
  }
  const auto a = Parse("Jantar a 28 às 21h", Language::kPt);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].date.kind, DateExpression::Kind::kDayOfMonth);
  EXPECT_EQ(a[0].date.day, 28);
  // "feiras" (fairs) is no weekday.
  for (const auto& mention : Parse("Vou a 3 feiras este mês", Language::kPt)) {
    EXPECT_NE(mention.date.kind, DateExpression::Kind::kWeekday);
  }
}

TEST(TimeExpressionParser, ADayNumberAfterAWeekdayBeforeATimeAndALabelledTime) {
  const auto m = Parse("Cena sábado 14 21.00", Language::kEs);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].date.kind, DateExpression::Kind::kDayOfMonth);
  EXPECT_EQ(m[0].date.day, 14);
  ASSERT_TRUE(m[0].start);
  EXPECT_EQ(m[0].start->hour, 21);
  const auto labelled = Parse("Cena el sábado 14 de marzo. Hora: 21 h", Language::kEs);
  ASSERT_FALSE(labelled.empty());
  ASSERT_TRUE(labelled.back().start);
  EXPECT_EQ(labelled.back().start->hour, 21);
  EXPECT_EQ(labelled.back().date.day, 14);
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
