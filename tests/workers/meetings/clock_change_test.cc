// Clock changes (clock_change.cc): a notice of the change states no plan, in any wording of the
// clock and its verb, and a plan said beside a change keeps its time.
#include "workers/meetings/clock_change.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tests/workers/meetings/extracted_starts.h"
#include "workers/meetings/iso_time.h"
#include "workers/meetings/meeting_extractor.h"

namespace chatfleet::meetings {
namespace {

// The starts extracted on Wednesday 2026-03-25, the week before Europe's spring change.
std::vector<std::string> Starts(std::string_view text, Language language) {
  return ExtractedStarts(text, "2026-03-25T10:00:00+01:00", "Europe/Madrid", language);
}

TEST(ClockChange, AClockNounWithAVerbOfChangingIsANotice) {
  EXPECT_TRUE(
      Starts("el sábado a medianoche se atrasan los relojes una hora", Language::kEs).empty());
  EXPECT_TRUE(Starts("el domingo a las 2 se adelanta el reloj", Language::kEs).empty());
  EXPECT_TRUE(Starts("a hora muda no domingo à meia-noite", Language::kPt).empty());
  EXPECT_TRUE(Starts("Don't forget the clocks go forward an hour at 1am next Sunday 29 March",
                     Language::kEn)
                  .empty());
  EXPECT_TRUE(Starts("Daylight saving starts this Sunday at 2am", Language::kEn).empty());
}

TEST(ClockChange, OneTimeBecomingAnotherIsANotice) {
  EXPECT_TRUE(Starts("el domingo a las 2 serán las 3", Language::kEs).empty());
  EXPECT_TRUE(Starts("no domingo às 2h passa a ser 3h", Language::kPt).empty());
  // The notice and the change in clauses of their own.
  EXPECT_TRUE(Starts("El 29 de marzo cambia la hora: a las 2 serán las 3", Language::kEs).empty());
  EXPECT_TRUE(Starts("A hora muda a 29 de março: às 1h passa a ser 2h", Language::kPt).empty());
}

TEST(ClockChange, AVerbOfMovingSaidOfTheClockMovesNoPlan) {
  EXPECT_EQ(Starts("el domingo a las diez carrera popular, ya con la hora cambiada", Language::kEs),
            std::vector<std::string>{"2026-03-29T10:00:00+02:00"});
  EXPECT_EQ(
      Starts("el domingo a las diez subimos al Roque, ya habrán cambiado la hora", Language::kEs),
      std::vector<std::string>{"2026-03-29T10:00:00+02:00"});
}

TEST(ClockChange, APlanBesideAChangeInOneRunOnKeepsItsTime) {
  EXPECT_EQ(Starts("sunday nine o'clock we leave for the lake so remember the clocks go forward",
                   Language::kEn),
            std::vector<std::string>{"2026-03-29T09:00:00+02:00"});
  EXPECT_EQ(
      Starts("в воскресенье в 11 едем на дачу часы переведут так что не проспи", Language::kRu),
      std::vector<std::string>{"2026-03-29T11:00:00+02:00"});
}

TEST(ClockChange, ATimeRightBeforeItsOwnDayIsThatDays) {
  // The hour belongs to the day said beside it, not to the change's day further back.
  EXPECT_EQ(Starts("clocks go forward saturday, football is 10am sunday at the Powerleague",
                   Language::kEn),
            std::vector<std::string>{"2026-03-29T10:00:00+02:00"});
  // With no day of its own, a later time still takes the day said before it.
  EXPECT_EQ(Starts("sunday we hike, lunch at 2", Language::kEn),
            std::vector<std::string>{"2026-03-29T14:00:00+02:00"});
}

TEST(ClockChange, TheSeasonOrTheDirectionSaysTheChange) {
  EXPECT_TRUE(Starts("British Summer Time starts this Sunday at 1am", Language::kEn).empty());
  EXPECT_TRUE(
      Starts("Atenção: no domingo à 1h os relógios adiantam para as 2h", Language::kPt).empty());
  EXPECT_TRUE(
      Starts("el domingo a las 2 de la madrugada volverá a ser la 1", Language::kEs).empty());
  // Summer said of a plan is no change.
  EXPECT_EQ(Starts("summer time BBQ on Sunday at 3pm", Language::kEn),
            std::vector<std::string>{"2026-03-29T15:00:00+02:00"});
}

}  // namespace
}  // namespace chatfleet::meetings
