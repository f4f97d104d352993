// Schedules passed on (notice_schedules.cc): a timetable's head noun, a service cut and a place's
// opening hours state no plan of the chat, and a plan beside opening hours keeps its time.
#include "workers/meetings/notice_schedules.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tests/workers/meetings/extracted_starts.h"
#include "workers/meetings/iso_time.h"
#include "workers/meetings/meeting_extractor.h"

namespace chatfleet::meetings {
namespace {

// The starts extracted on Monday 2026-08-10.
std::vector<std::string> Starts(std::string_view text, Language language) {
  return ExtractedStarts(text, "2026-08-10T10:00:00+02:00", "Africa/Johannesburg", language);
}

TEST(StanceNoticeSchedules, AScheduleNounHeadingItsSentenceIsATimetable) {
  EXPECT_TRUE(
      Starts("Horario de apagones en el circuito 8: mañana de 10 a 14", Language::kEs).empty());
  EXPECT_TRUE(Starts("расписание электричек меняется с понедельника, первая в 5:12", Language::kRu)
                  .empty());
  EXPECT_TRUE(Starts("Horário de Natal: dia 24 às 16h", Language::kPt).empty());
  EXPECT_TRUE(Starts("Bus timetable for Saturday: first one at 6:40", Language::kEn).empty());
}

TEST(StanceNoticeSchedules, AServiceCutIsNobodysPlan) {
  EXPECT_TRUE(Starts("Eskom: stage 2 load shedding tonight 18:00-20:30 for our area", Language::kEn)
                  .empty());
  EXPECT_TRUE(Starts("завтра отключение воды с 9 до 17", Language::kRu).empty());
  EXPECT_TRUE(
      Starts("EDM: corte de energia amanhã das 8h às 15h no bairro", Language::kPt).empty());
  EXPECT_TRUE(Starts("Pico y placa mañana para placas 3 y 4 de 6 a 9", Language::kEs).empty());
}

TEST(StanceNoticeSchedules, APlaceOpeningAtItsHoursIsATimetable) {
  EXPECT_TRUE(Starts("Tesco's open 8 till 10 tonight", Language::kEn).empty());
  EXPECT_TRUE(Starts("the library is closed monday, open tues 10-8", Language::kEn).empty());
  EXPECT_TRUE(Starts("el sábado la ferretería cierra a las 2", Language::kEs).empty());
  EXPECT_TRUE(Starts("no sábado a loja fecha às 16h", Language::kPt).empty());
}

TEST(StanceNoticeSchedules, OpenBeforeANounIsAnEvent) {
  EXPECT_EQ(Starts("open mic night friday at 8", Language::kEn),
            std::vector<std::string>{"2026-08-14T20:00:00+02:00"});
}

TEST(StanceNoticeSchedules, APlanBesideOpeningHoursKeepsItsTime) {
  EXPECT_EQ(Starts("Pharmacy opens at 8, I'll meet you there tomorrow at 8:15am", Language::kEn),
            std::vector<std::string>{"2026-08-11T08:15:00+02:00"});
  EXPECT_EQ(Starts("La tienda cierra a las 9, nos vemos allí mañana a las 20:15", Language::kEs),
            std::vector<std::string>{"2026-08-11T20:15:00+02:00"});
}

}  // namespace
}  // namespace chatfleet::meetings
