// WithEveningHint (evening_hint.cc): which bare hours are the evening's without an evening word.
#include "workers/meetings/evening_hint.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tests/workers/meetings/extracted_starts.h"
#include "workers/meetings/iso_time.h"
#include "workers/meetings/meeting_extractor.h"

namespace chatfleet::meetings {
namespace {

std::vector<std::string> Starts(std::string_view text, Language language) {
  return ExtractedStarts(text, "2026-03-04T10:00:00-05:00", "America/New_York",  // a Wednesday
                         language);
}

TEST(EveningHint, ABareSevenOrEightWithADayIsTheEvenings) {
  EXPECT_EQ(Starts("Friday 7:30 the Nutcracker auditions for Lily", Language::kEn),
            std::vector<std::string>{"2026-03-06T19:30:00-05:00"});
  EXPECT_EQ(Starts("half 7 thursday, book club at Ruth's", Language::kEn),
            std::vector<std::string>{"2026-03-05T19:30:00-05:00"});
  EXPECT_EQ(Starts("el viernes a las 8 carne asada en casa de mi tía", Language::kEs),
            std::vector<std::string>{"2026-03-06T20:00:00-05:00"});
  EXPECT_EQ(Starts("sexta às 7 caranguejada com o pessoal", Language::kPt),
            std::vector<std::string>{"2026-03-06T19:00:00-05:00"});
}

TEST(EveningHint, ADaytimeActivityKeepsTheMorning) {
  EXPECT_EQ(Starts("Dentist Friday at 8", Language::kEn),
            std::vector<std::string>{"2026-03-06T08:00:00-05:00"});
  EXPECT_EQ(Starts("parkrun saturday 8 sharp", Language::kEn),
            std::vector<std::string>{"2026-03-07T08:00:00-05:00"});
  EXPECT_EQ(Starts("el sábado a las 7 salimos para Antigua", Language::kEs),
            std::vector<std::string>{"2026-03-07T07:00:00-05:00"});
  EXPECT_EQ(Starts("domingo às 8 corrida no parque", Language::kPt),
            std::vector<std::string>{"2026-03-08T08:00:00-04:00"});
}

TEST(EveningHint, NineAndLaterOrAHourWithoutADayStayTheMornings) {
  EXPECT_EQ(Starts("Friday 9:30 the Nutcracker auditions", Language::kEn),
            std::vector<std::string>{"2026-03-06T09:30:00-05:00"});
  EXPECT_EQ(Starts("Friday 7am auditions", Language::kEn),
            std::vector<std::string>{"2026-03-06T07:00:00-05:00"});
}

TEST(EveningHint, AnotherTimesActivityGivesNoHint) {
  // The dinner is Sunday's at 18; Saturday's 9 is the morning's departure.
  EXPECT_EQ(
      Starts("в субботу в 9 выезжаем в Тракай, а в воскресенье в 18 ужин у Оли", Language::kRu),
      (std::vector<std::string>{"2026-03-07T09:00:00-05:00", "2026-03-08T18:00:00-04:00"}));
}

}  // namespace
}  // namespace chatfleet::meetings
