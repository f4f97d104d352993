// A consequence after a plan (plan_rejection.cc, clause_index.cc): what the writer says the plan
// causes ("so I can't do the school run", "así que no puedo", "так что отпросись") takes nothing
// from it; Portuguese "só" (only) opens no consequence.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tests/workers/meetings/extracted_starts.h"
#include "workers/meetings/iso_time.h"
#include "workers/meetings/meeting_extractor.h"

namespace chatfleet::meetings {
namespace {

// Thursday 2026-10-01 10:00.
std::vector<std::string> Starts(std::string_view text, Language language) {
  return ExtractedStarts(text, "2026-10-01T10:00:00-03:00", "America/Sao_Paulo", language);
}

TEST(PlanCueConsequences, ALossPastAConsequenceKeepsThePlanBeforeIt) {
  EXPECT_EQ(Starts("el turno con la dermatóloga es el martes a las cuatro de la tarde así que no "
                   "puedo buscar a los chicos",
                   Language::kEs),
            std::vector<std::string>{"2026-10-06T16:00:00-03:00"});
  EXPECT_EQ(Starts("the plumber is coming Friday at 8 in the morning so can you be home for that",
                   Language::kEn),
            std::vector<std::string>{"2026-10-02T08:00:00-03:00"});
  EXPECT_EQ(
      Starts("я записала нас к нотариусу на вторник на десять утра так что отпросись с работы",
             Language::kRu),
      std::vector<std::string>{"2026-10-06T10:00:00-03:00"});
}

TEST(PlanCueConsequences, ALossBeforeTheConsequenceStillTakesThePlanBack) {
  EXPECT_TRUE(
      Starts("the dentist on Tuesday at 4 is cancelled so I can do the school run", Language::kEn)
          .empty());
}

TEST(PlanCueConsequences, PortugueseOnlyOpensNoConsequence) {
  EXPECT_TRUE(Starts("Dia 2 de janeiro o banco só abre ao meio-dia", Language::kPt).empty());
}

}  // namespace
}  // namespace chatfleet::meetings
