// FindStanceCues: availability, habits, timetables, wishes, whereabouts, clock changes and
// measures by their grammar; and the plans that share their words.
#include "workers/meetings/stance_cues.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "workers/meetings/spelling.h"
#include "workers/meetings/time_expression_parser.h"

namespace chatfleet::meetings {
namespace {

// The stances of `text`, read as the extractor reads it (spelling, then the time mentions).
std::vector<Stance> StancesOf(std::string_view text, Language language) {
  std::vector<Token> tokens = Tokenize(text);
  const Lexicon& lexicon = LexiconFor(language);
  CorrectSpelling(tokens, lexicon);
  const auto mentions = ParseTimeExpressions(tokens, lexicon, NumericDateOrder::kDayMonth);
  std::vector<bool> in_time(tokens.size());
  for (const TimeMention& m : mentions) {
    for (std::size_t i = m.first_token; i <= m.last_token && i < tokens.size(); ++i) {
      in_time[i] = true;
    }
  }
  std::vector<Stance> stances;
  for (const StanceCue& cue : FindStanceCues(tokens, in_time, lexicon)) {
    stances.push_back(cue.stance);
  }
  return stances;
}

bool Has(std::string_view text, Language language, Stance stance) {
  const auto stances = StancesOf(text, language);
  return std::find(stances.begin(), stances.end(), stance) != stances.end();
}

TEST(StanceCues, APredicateOfBeingFreeIsAvailability) {
  EXPECT_TRUE(Has("I'm free after 5", Language::kEn, Stance::kAvailability));
  EXPECT_TRUE(Has("Free Thursday afternoon?", Language::kEn, Stance::kAvailability));
  EXPECT_TRUE(Has("My calendar is open Monday morning", Language::kEn, Stance::kAvailability));
  EXPECT_TRUE(Has("я свободна в четверг", Language::kRu, Stance::kAvailability));
  EXPECT_TRUE(Has("Завтра я дома с утра", Language::kRu, Stance::kAvailability));
  EXPECT_TRUE(Has("Marta está libre el viernes", Language::kEs, Stance::kAvailability));
  EXPECT_TRUE(Has("Tô livre depois das 5", Language::kPt, Stance::kAvailability));
  // Having the time free: "tener libre", "ter livre".
  EXPECT_TRUE(Has("esta semana tengo libre el miércoles por la tarde", Language::kEs,
                  Stance::kAvailability));
  EXPECT_TRUE(Has("tenho livre a sexta de manhã", Language::kPt, Stance::kAvailability));
}

TEST(StanceCues, AFreeEventAndTheOpenAirAreNoAvailability) {
  EXPECT_TRUE(StancesOf("Free outdoor yoga class Sunday at 8am", Language::kEn).empty());
  EXPECT_TRUE(StancesOf("Clase de yoga al aire libre el domingo", Language::kEs).empty());
  EXPECT_TRUE(StancesOf("Aula de ioga ao ar livre domingo", Language::kPt).empty());
  EXPECT_TRUE(StancesOf("Вечеринка дома в субботу", Language::kRu).empty());
  EXPECT_TRUE(StancesOf("Yoga for free on Sunday", Language::kEn).empty());
}

TEST(StanceCues, FrequencyQuantifiersAndPluralDaysAreHabits) {
  EXPECT_TRUE(Has("We always have dinner at 8pm", Language::kEn, Stance::kHabit));
  EXPECT_TRUE(Has("I have choir every Tuesday at 6", Language::kEn, Stance::kHabit));
  EXPECT_TRUE(Has("On Sundays we eat at 2", Language::kEn, Stance::kHabit));
  EXPECT_TRUE(Has("Каждый вторник в 6 у меня хор", Language::kRu, Stance::kHabit));
  EXPECT_TRUE(Has("По воскресеньям мы обедаем в 2", Language::kRu, Stance::kHabit));
  EXPECT_TRUE(Has("Todos los martes a las 6 tengo coro", Language::kEs, Stance::kHabit));
  EXPECT_TRUE(Has("Los viernes a las 5 hay tráfico", Language::kEs, Stance::kHabit));
  EXPECT_TRUE(Has("Toda terça às 18h tenho coral", Language::kPt, Stance::kHabit));
  EXPECT_TRUE(Has("Aos domingos almoçamos às 14h", Language::kPt, Stance::kHabit));
}

TEST(StanceCues, AbbreviatedDaysAndAttributiveFrequenciesAreNoHabits) {
  EXPECT_TRUE(StancesOf("Orthodontist appt next tues 4pm", Language::kEn).empty());
  EXPECT_TRUE(StancesOf("parent teacher conference thurs 3:15pm", Language::kEn).empty());
  EXPECT_TRUE(StancesOf("weekly sync next week tuesday at 3pm", Language::kEn).empty());
  EXPECT_TRUE(StancesOf("Cooking class next Tuesday at 6:30pm, $20 each", Language::kEn).empty());
  EXPECT_TRUE(StancesOf("El viernes a las 5 partido", Language::kEs).empty());
}

TEST(StanceCues, ARangeOfDaysOrAnExceptionIsATimetable) {
  EXPECT_TRUE(
      Has("Museum hours: 10am to 6pm, Tuesday to Sunday", Language::kEn, Stance::kTimetable));
  EXPECT_TRUE(
      Has("Музей работает с 10 до 18, кроме понедельника", Language::kRu, Stance::kTimetable));
  EXPECT_TRUE(
      Has("El museo abre de 10 a 18, de martes a domingo", Language::kEs, Stance::kTimetable));
  EXPECT_TRUE(Has("O museu funciona das 10h às 18h, de terça a domingo", Language::kPt,
                  Stance::kTimetable));
}

TEST(StanceCues, AJudgedUnrealPlanOrAWishIsAWish) {
  EXPECT_TRUE(Has("Would be nice to grab dinner Friday at 8pm", Language::kEn, Stance::kWish));
  EXPECT_TRUE(Has("It'd be great to go hiking on Saturday", Language::kEn, Stance::kWish));
  EXPECT_TRUE(Has("Wouldn't it be lovely to have a picnic", Language::kEn, Stance::kWish));
  EXPECT_TRUE(Has("I wish we could go tomorrow night", Language::kEn, Stance::kWish));
  EXPECT_TRUE(Has("Мечтаю завтра в 10 выспаться", Language::kRu, Stance::kWish));
  EXPECT_TRUE(Has("Вот бы в субботу поехать на дачу", Language::kRu, Stance::kWish));
  EXPECT_TRUE(Has("Sería genial cenar mañana", Language::kEs, Stance::kWish));
  EXPECT_TRUE(Has("Estaría bien ir a la playa", Language::kEs, Stance::kWish));
  EXPECT_TRUE(Has("Ojalá mañana haga sol", Language::kEs, Stance::kWish));
  EXPECT_TRUE(Has("Yo iría al cine el viernes", Language::kEs, Stance::kWish));
  EXPECT_TRUE(Has("Quem dera a gente pudesse ir", Language::kPt, Stance::kWish));
  EXPECT_TRUE(Has("Seria bom ir à praia", Language::kPt, Stance::kWish));
}

TEST(StanceCues, APoliteRequestOrAPersonalConditionalIsNoWish) {
  EXPECT_TRUE(StancesOf("Ты не мог бы позвонить завтра в 10?", Language::kRu).empty());
  EXPECT_TRUE(StancesOf("I'd be happy to meet tomorrow at 3", Language::kEn).empty());
  EXPECT_TRUE(StancesOf("¿Podría ser mañana a las 10?", Language::kEs).empty());
}

TEST(StanceCues, WorkingOrOnDutyIsAvailabilityButWorkingOnSomethingIsNot) {
  EXPECT_TRUE(Has("r u working tmrw at 5?", Language::kEn, Stance::kAvailability));
  EXPECT_TRUE(Has("Ты в четверг в 5 работаешь?", Language::kRu, Stance::kAvailability));
  EXPECT_TRUE(Has("Кто завтра в 9 дежурит?", Language::kRu, Stance::kAvailability));
  EXPECT_TRUE(Has("¿Trabajas mañana a las 5?", Language::kEs, Stance::kAvailability));
  EXPECT_TRUE(Has("Estás a trabalhar amanhã às 10h?", Language::kPt, Stance::kAvailability));
  EXPECT_FALSE(Has("Let's work on the slides tomorrow at 3", Language::kEn, Stance::kAvailability));
  EXPECT_FALSE(Has("Завтра в 10 работаем над отчётом", Language::kRu, Stance::kAvailability));
  EXPECT_FALSE(Has("После работы в 7 идём в кино", Language::kRu, Stance::kAvailability));
}

TEST(StanceCues, TheWeatherInAnyFormIsWeather) {
  EXPECT_TRUE(Has("Завтра в 15:00 обещают грозу", Language::kRu, Stance::kWeather));
  EXPECT_TRUE(Has("Thunderstorms tomorrow at 3", Language::kEn, Stance::kWeather));
  EXPECT_TRUE(Has("Mañana a las 5 habrá lluvias", Language::kEs, Stance::kWeather));
  EXPECT_FALSE(Has("Churrasco amanhã às 15h", Language::kPt, Stance::kWeather));
}

TEST(StanceCues, WouldLikeToInviteTheReaderIsNoWish) {
  EXPECT_FALSE(Has("Хотела бы пригласить вас на новоселье", Language::kRu, Stance::kWish));
  EXPECT_TRUE(Has("Хотела бы в субботу поспать", Language::kRu, Stance::kWish));
  EXPECT_TRUE(Has("Я бы поспал до 10", Language::kRu, Stance::kWish));
}

TEST(StanceCues, AFirstPersonCopulaBeforeAPlaceIsWhereabouts) {
  EXPECT_TRUE(
      Has("I'll be in the office tomorrow from 9 to 5", Language::kEn, Stance::kWhereabouts));
  EXPECT_TRUE(Has("Я на работе завтра с 9 до 18", Language::kRu, Stance::kWhereabouts));
  EXPECT_TRUE(Has("Estoy en la oficina mañana de 9 a 5", Language::kEs, Stance::kWhereabouts));
  EXPECT_TRUE(Has("Tô no escritório amanhã das 9h às 18h", Language::kPt, Stance::kWhereabouts));
}

TEST(StanceCues, FreeQualifyingANounIsNoAvailability) {
  EXPECT_FALSE(Has("mañana a las 8 lucha libre en la Arena", Language::kEs, Stance::kAvailability));
  EXPECT_FALSE(Has("sábado às 9 luta livre no ginásio", Language::kPt, Stance::kAvailability));
  EXPECT_TRUE(Has("tengo la tarde libre el sábado", Language::kEs, Stance::kAvailability));
  EXPECT_TRUE(Has("vc tá livre sábado de manhã?", Language::kPt, Stance::kAvailability));
  EXPECT_TRUE(Has("yo libre el jueves a las 5", Language::kEs, Stance::kAvailability));
}

TEST(StanceCues, TheUsualPlaceIsNoHabit) {
  EXPECT_FALSE(
      Has("mñn almuerzo a la 1 en el cevichero de siempre", Language::kEs, Stance::kHabit));
  EXPECT_FALSE(Has("amanhã às 8 no bar de sempre", Language::kPt, Stance::kHabit));
  EXPECT_TRUE(Has("siempre cenamos a las 9", Language::kEs, Stance::kHabit));
}

TEST(StanceCues, MenudoIsOftenOnlyAfterA) {
  EXPECT_FALSE(
      Has("el domingo a las diez vamos a comer menudo con tu tía", Language::kEs, Stance::kHabit));
  EXPECT_TRUE(Has("a menudo cenamos a las 9", Language::kEs, Stance::kHabit));
}

TEST(StanceCues, TheClockChangingIsAClockChange) {
  EXPECT_TRUE(Has("Clocks go back on Sunday at 2am", Language::kEn, Stance::kClockChange));
  EXPECT_TRUE(Has("Часы переводят в воскресенье в 3 ночи", Language::kRu, Stance::kClockChange));
  EXPECT_TRUE(Has("El cambio de hora es el domingo a las 3", Language::kEs, Stance::kClockChange));
  EXPECT_TRUE(Has("O horário de verão acaba domingo", Language::kPt, Stance::kClockChange));
}

TEST(StanceCues, ANumberOfDegreesOrMoneyIsAMeasureButADistanceIsNot) {
  EXPECT_TRUE(Has("Tomorrow afternoon high of 15 degrees", Language::kEn, Stance::kMeasure));
  EXPECT_TRUE(Has("Завтра днём до 15 градусов", Language::kRu, Stance::kMeasure));
  EXPECT_TRUE(Has("Os ingressos custam 30 reais", Language::kPt, Stance::kMeasure));
  EXPECT_TRUE(StancesOf("Завтра в обед забег на 5 км", Language::kRu).empty());
}

TEST(StanceCues, AvailabilityAsTheConditionOfAProposalIsNoStance) {
  EXPECT_TRUE(StancesOf("If you're free Friday at 7, dinner at ours?", Language::kEn).empty());
  EXPECT_TRUE(StancesOf("Si estás libre el viernes, ¿cenamos?", Language::kEs).empty());
  EXPECT_TRUE(StancesOf("Если ты свободен в пятницу, приходи", Language::kRu).empty());
}

TEST(StanceCues, HoursAnnouncedAsSuchAreATimetable) {
  EXPECT_TRUE(Has("Store hours today: 9am-9pm", Language::kEn, Stance::kTimetable));
  EXPECT_TRUE(Has("Часы работы: с 9 до 21", Language::kRu, Stance::kTimetable));
  EXPECT_TRUE(Has("Horario de atención de 9 a 14", Language::kEs, Stance::kTimetable));
  EXPECT_TRUE(Has("Horário de funcionamento das 9h às 18h", Language::kPt, Stance::kTimetable));
}

TEST(StanceCues, AJokeWordIsAJoke) {
  EXPECT_TRUE(Has("Just kidding about the party at 8 tomorrow", Language::kEn, Stance::kJoke));
  EXPECT_TRUE(Has("April fools!", Language::kEn, Stance::kJoke));
  EXPECT_TRUE(Has("Шучу", Language::kRu, Stance::kJoke));
  EXPECT_TRUE(Has("¡Inocentes!", Language::kEs, Stance::kJoke));
  EXPECT_TRUE(Has("Brincadeira, não tem festa", Language::kPt, Stance::kJoke));
}

TEST(StanceCues, AClauseOpeningOnATransitiveInfinitiveIsANoteToSelf) {
  EXPECT_TRUE(Has("Regar las plantas mañana a las 7", Language::kEs, Stance::kNoteToSelf));
  EXPECT_TRUE(Has("Amanhã às 8h levar o lixo", Language::kPt, Stance::kNoteToSelf));
  EXPECT_TRUE(Has("Завтра в 7 утра полить цветы", Language::kRu, Stance::kNoteToSelf));
  // A noun that ends like an infinitive, and a short word, are no verbs.
  EXPECT_TRUE(StancesOf("Niver da Duda sábado às 16h", Language::kPt).empty());
  EXPECT_TRUE(StancesOf("Гости придут в субботу к 6 вечера", Language::kRu).empty());
}

TEST(StanceCues, ComingBackIsWhereabouts) {
  EXPECT_TRUE(Has("Vuelvo a las 8 esta noche", Language::kEs, Stance::kWhereabouts));
  EXPECT_TRUE(Has("Volto às 20h hoje", Language::kPt, Stance::kWhereabouts));
}

}  // namespace
}  // namespace chatfleet::meetings
