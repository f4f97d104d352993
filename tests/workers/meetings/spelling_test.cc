// CorrectSpelling: misspelt day and month words one edit away, and the words it must leave.
#include "workers/meetings/spelling.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace chatfleet::meetings {
namespace {

std::string Corrected(std::string_view word, Language language) {
  std::vector<Token> tokens = Tokenize(word);
  CorrectSpelling(tokens, LexiconFor(language));
  return tokens.empty() ? std::string{} : tokens[0].text;
}

TEST(CorrectSpelling, ReadsWordsOneEditFromADayOrMonth) {
  EXPECT_EQ(Corrected("febuary", Language::kEn), "february");  // a letter left out
  EXPECT_EQ(Corrected("saturdy", Language::kEn), "saturday");
  EXPECT_EQ(Corrected("понеделник", Language::kRu), "понедельник");
  EXPECT_EQ(Corrected("суботу", Language::kRu), "субботу");
  EXPECT_EQ(Corrected("vierns", Language::kEs), "viernes");
  EXPECT_EQ(Corrected("setembor", Language::kPt), "setembro");  // neighbours swapped
}

TEST(CorrectSpelling, ReadsEnglishWeekdaysByTheirStartAndDay) {
  EXPECT_EQ(Corrected("wensday", Language::kEn), "wednesday");
  EXPECT_EQ(Corrected("tuseday", Language::kEn), "tuesday");
  EXPECT_EQ(Corrected("birthday", Language::kEn), "birthday");
  EXPECT_EQ(Corrected("weekday", Language::kEn), "weekday");
}

TEST(CorrectSpelling, ReadsTwoSwappedLettersOfASixLetterDay) {
  EXPECT_EQ(Corrected("зватра", Language::kRu), "завтра");
  EXPECT_EQ(Corrected("sabdao", Language::kEs), "sabado");
  EXPECT_EQ(Corrected("firday", Language::kEn), "friday");
  // Any other edit of a six-letter word is too likely another word.
  EXPECT_EQ(Corrected("sabida", Language::kPt), "sabida");
}

TEST(CorrectSpelling, ReadsADoubledOrAMissingInnerLetterAndBForV) {
  EXPECT_EQ(Corrected("aprill", Language::kEn), "april");  // shorter than the edit targets
  EXPECT_EQ(Corrected("срееду", Language::kRu), "среду");
  EXPECT_EQ(Corrected("sabdo", Language::kEs), "sabado");    // first two and last letters kept
  EXPECT_EQ(Corrected("bierns", Language::kEs), "viernes");  // "b" typed for "v", a letter out
  EXPECT_EQ(Corrected("mates", Language::kEs), "mates");     // a real word, not "martes"
}

TEST(CorrectSpelling, LeavesPluralsShortWordsAndRealNeighbours) {
  EXPECT_EQ(Corrected("fridays", Language::kEn), "fridays");  // a habit, not a day
  EXPECT_EQ(Corrected("domingos", Language::kPt), "domingos");
  EXPECT_EQ(Corrected("segundo", Language::kPt), "segundo");
  EXPECT_EQ(Corrected("cerca", Language::kPt), "cerca");  // too short to guess
  EXPECT_EQ(Corrected("rehearsal", Language::kEn), "rehearsal");
}

}  // namespace
}  // namespace chatfleet::meetings
