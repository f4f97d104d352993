// Whose plan a sentence states (reported_speech.cc, person_words.cc): another person's plan
// stated or asked about is no plan of the chat unless the writer or the reader is in it.
#include "workers/meetings/reported_speech.h"

#include <gtest/gtest.h>

#include <string_view>

#include "workers/meetings/iso_time.h"
#include "workers/meetings/lexicon.h"
#include "workers/meetings/meeting_extractor.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings {
namespace {

// Wednesday 2026-03-04 10:00 in Moscow.
std::size_t MeetingsIn(std::string_view text, Language language) {
  const auto now = ParseIsoInstant("2026-03-04T10:00:00+03:00");
  EXPECT_TRUE(now.has_value());
  const auto result = ExtractMeetings({text, *now, "Europe/Moscow", language});
  EXPECT_TRUE(result.has_value());
  return result ? result->meetings.size() : 0;
}

bool StatesOthersPlanAnywhere(std::string_view text, Language language) {
  const auto tokens = Tokenize(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (StatesOthersPlan(tokens, i, text, LexiconFor(language))) return true;
  }
  return false;
}

TEST(ReportedSpeech, RussianPossessionOpeningTheSentenceIsAnothersPlan) {
  EXPECT_EQ(MeetingsIn("У Саши завтра в 9 собеседование", Language::kRu), 0u);
  EXPECT_EQ(MeetingsIn("У моей сестры концерт в пятницу в 18:00", Language::kRu), 0u);
  EXPECT_EQ(MeetingsIn("ну у мамы завтра в десять утра приём у врача", Language::kRu), 0u);
  // After the event "у" is the place the chat goes to.
  EXPECT_EQ(MeetingsIn("Новоселье у Кати в субботу в 16:00", Language::kRu), 1u);
  EXPECT_EQ(MeetingsIn("Завтра в 19:15 ужин у родителей", Language::kRu), 1u);
}

TEST(ReportedSpeech, RussianThirdPersonSubjectBeforeAThirdPersonVerb) {
  EXPECT_EQ(MeetingsIn("Родители в субботу в 7 утра уезжают на дачу", Language::kRu), 0u);
  EXPECT_EQ(MeetingsIn("Лена с Максом завтра в 8 идут в кино", Language::kRu), 0u);
  // The writer joins: a first person plural verb.
  EXPECT_EQ(MeetingsIn("Мама прилетает в субботу в 14:00, едем её встречать", Language::kRu), 1u);
  // An event word is no name, and a noun in "-ием" is no first person verb.
  EXPECT_FALSE(
      StatesOthersPlanAnywhere("Встреча с Максом завтра в 10 проходит в офисе", Language::kRu));
  EXPECT_TRUE(StatesOthersPlanAnywhere("Брат завтра в 10 едет на приём", Language::kRu));
}

TEST(ReportedSpeech, SpanishAndPortugueseMarkThePersonOnAnyVerb) {
  EXPECT_EQ(MeetingsIn("Mis padres salen de viaje el sábado a las 7 de la mañana", Language::kEs),
            0u);
  EXPECT_EQ(MeetingsIn("Os meus pais partem para o Algarve no sábado às 7h", Language::kPt), 0u);
  EXPECT_EQ(MeetingsIn("Mi papá llega el sábado a las 3 y vamos a recogerlo", Language::kEs), 1u);
  EXPECT_EQ(MeetingsIn("Meu irmão chega sexta às 17h e vou buscá-lo", Language::kPt), 1u);
}

TEST(ReportedSpeech, ASpokenOpeningBeforeTheSubject) {
  EXPECT_EQ(
      MeetingsIn("pues nada que mi hermano tiene el examen mañana a las nueve", Language::kEs), 0u);
  EXPECT_EQ(MeetingsIn("pois é a minha mãe tem consulta amanhã às dez", Language::kPt), 0u);
}

TEST(ReportedSpeech, EnglishNameHasGotAndQuestionsAboutAnothersEvent) {
  EXPECT_EQ(MeetingsIn("Jake's got a job interview on Monday at 9:30", Language::kEn), 0u);
  EXPECT_EQ(MeetingsIn("Is your brother's surgery on Thursday at 8?", Language::kEn), 0u);
  EXPECT_EQ(MeetingsIn("Is Tom's party at 9 on Friday?", Language::kEn), 0u);
  // The writer or the reader in it: a plan.
  EXPECT_EQ(MeetingsIn("Are you coming to Tom's party Friday at 9?", Language::kEn), 1u);
  EXPECT_EQ(MeetingsIn("Let's go to my sister's recital Friday at 6", Language::kEn), 1u);
}

// A reporting verb reports what follows it: a plan said before it is the writer's own, a plan
// after it the other person's.
TEST(ReportedSpeech, AReportAfterThePlanLeavesItTheWriters) {
  EXPECT_EQ(
      MeetingsIn("Saturday at 7 dinner at Jess's new place, she said bring wine", Language::kEn),
      1u);
  EXPECT_EQ(MeetingsIn("Sunday roast at my mum's at 11, she says don't be late", Language::kEn),
            1u);
  EXPECT_EQ(MeetingsIn("Jess said she has a dentist appointment on Saturday at 7", Language::kEn),
            0u);
}

TEST(ReportedSpeech, AnArticleOrAKinNameBeforeTheVerbStatesAThirdPerson) {
  EXPECT_EQ(MeetingsIn("the neighbours are having a party saturday night from 9", Language::kEn),
            0u);
  EXPECT_EQ(MeetingsIn("Papa has a zoom with the bank at 11 tomorrow", Language::kEn), 0u);
  EXPECT_EQ(MeetingsIn("a galera vai pro show sábado às 22h", Language::kPt), 0u);
  EXPECT_EQ(MeetingsIn("los muchachos van a jugar tejo el sábado a las 4", Language::kEs), 0u);
  // The writer or the reader in it makes it the chat's plan.
  EXPECT_EQ(
      MeetingsIn("the neighbours are having a party saturday at 9, we're invited", Language::kEn),
      1u);
}

TEST(ReportedSpeech, TheCliticOfIsBeforeAnIngFormStatesAThirdPerson) {
  EXPECT_EQ(MeetingsIn("my sister's going to a concert saturday at 8", Language::kEn), 0u);
  EXPECT_EQ(MeetingsIn("my sister's going to a concert saturday at 8, wanna come with us?",
                       Language::kEn),
            1u);
}

TEST(ReportedSpeech, AContrastThatSetsTheWriterApartDoesNotJoinThePlan) {
  EXPECT_EQ(
      MeetingsIn("the boys are doing a golf day sunday at 7 but i'm not going", Language::kEn), 0u);
  EXPECT_EQ(
      MeetingsIn("муж в субботу едет на рыбалку в пять утра а я сплю до обеда", Language::kRu), 0u);
  EXPECT_EQ(MeetingsIn("a galera vai pro show sábado às 22h mas eu tô sem grana", Language::kPt),
            0u);
  EXPECT_EQ(
      MeetingsIn("my brother's picking her up at 4 so I don't have to do anything", Language::kEn),
      0u);
  EXPECT_EQ(MeetingsIn("my boss has a board meeting tmrw 9-11 so she's offline, ping me instead",
                       Language::kEn),
            0u);
  // Named before the contrast, the writer is in the plan.
  EXPECT_EQ(MeetingsIn("my sister and I are going to a concert saturday at 8 but I'm tired",
                       Language::kEn),
            1u);
}

}  // namespace
}  // namespace chatfleet::meetings
