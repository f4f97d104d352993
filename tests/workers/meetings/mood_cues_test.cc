// MoodCueAt: chores, hypotheticals and negated first-person verbs by their grammar.
#include "workers/meetings/mood_cues.h"

#include <gtest/gtest.h>

#include <optional>
#include <string_view>

namespace chatfleet::meetings {
namespace {

// The cue at the first token of `text`.
std::optional<Cue> CueOf(std::string_view text, Language language) {
  const std::vector<Token> tokens = Tokenize(text);
  return MoodCueAt(tokens, 0, text, LexiconFor(language));
}

TEST(MoodCues, AnObligationBeforeAnInfinitiveIsAChore) {
  EXPECT_EQ(CueOf("need to do laundry", Language::kEn), Cue::kNotPlan);
  EXPECT_EQ(CueOf("надо погладить рубашки", Language::kRu), Cue::kNotPlan);
  EXPECT_EQ(CueOf("me toca cocinar", Language::kEs), Cue::kNotPlan);
  EXPECT_EQ(CueOf("preciso lavar o carro", Language::kPt), Cue::kNotPlan);
}

TEST(MoodCues, AnObligationToGoOrWithAnEventIsAPlan) {
  EXPECT_EQ(CueOf("need to go to the dentist", Language::kEn), std::nullopt);
  EXPECT_EQ(CueOf("have to take Leo to his swim lesson", Language::kEn), std::nullopt);
  EXPECT_EQ(CueOf("нужно быть на вокзале", Language::kRu), std::nullopt);
  EXPECT_EQ(CueOf("tenho que ir ao médico", Language::kPt), std::nullopt);
}

TEST(MoodCues, ConditionalsAndCounterfactualsAreHypothetical) {
  EXPECT_EQ(CueOf("iríamos a la playa", Language::kEs), Cue::kNotPlan);
  EXPECT_EQ(CueOf("si no lloviera", Language::kEs), Cue::kNotPlan);
  EXPECT_EQ(CueOf("se não chovesse", Language::kPt), Cue::kNotPlan);
  EXPECT_EQ(CueOf("teria ido", Language::kPt), Cue::kNotPlan);
  EXPECT_EQ(CueOf("would've loved to", Language::kEn), Cue::kNotPlan);
  EXPECT_EQ(CueOf("if it were sunny", Language::kEn), Cue::kNotPlan);
  // "tutoría" ends in -ía without being a verb; "si" before an indicative is a plan's condition.
  EXPECT_EQ(CueOf("tutorías mañana", Language::kEs), std::nullopt);
  EXPECT_EQ(CueOf("si puedes, mañana", Language::kEs), std::nullopt);
}

TEST(MoodCues, ANegatedFirstPersonVerbInRussianIsACancellation) {
  EXPECT_EQ(CueOf("не успею на йогу", Language::kRu), Cue::kCancel);
  EXPECT_EQ(CueOf("не попаду на собрание", Language::kRu), Cue::kCancel);
  EXPECT_EQ(CueOf("не забуду", Language::kRu), std::nullopt);
}

TEST(MoodCues, ANegatedReflexiveFirstPersonVerbInRussianIsACancellation) {
  EXPECT_EQ(CueOf("не встречаемся завтра", Language::kRu), Cue::kCancel);
}

TEST(MoodCues, ANegationBeforeACliticOrIrIsACancellationButNotAReminder) {
  EXPECT_EQ(CueOf("no nos vemos mañana", Language::kEs), Cue::kCancel);
  EXPECT_EQ(CueOf("não vai dar amanhã", Language::kPt), Cue::kCancel);
  EXPECT_EQ(CueOf("no se te olvide la reunión", Language::kEs), std::nullopt);
  EXPECT_EQ(CueOf("não se esqueça da consulta", Language::kPt), std::nullopt);
}

TEST(MoodCues, ANegatedFirstPersonFutureIsACancellation) {
  EXPECT_EQ(CueOf("no llegaremos a la fiesta", Language::kEs), Cue::kCancel);
  EXPECT_EQ(CueOf("não chegarei a tempo", Language::kPt), Cue::kCancel);
}

}  // namespace
}  // namespace chatfleet::meetings
