// Reading "cancel the dentist" / "перенесли встречу на завтра": whether a message calls a
// meeting off or moves it, which of the user's meetings it means, and where a move puts it.
#include "workers/proactive/meeting_changes.h"

#include <gtest/gtest.h>

#include "shared/core/clock.h"
#include "workers/meetings/meeting_extractor.h"

namespace chatfleet::workers {
namespace {

using Kind = MeetingChangeRequest::Kind;
using Outcome = MeetingMatch::Outcome;
using std::chrono::sys_seconds;

sys_seconds At(const char* rfc3339) {
  return std::chrono::floor<std::chrono::seconds>(*ParseRfc3339(rfc3339));
}

UpcomingMeeting Meeting(std::string title, const char* start,
                        std::optional<const char*> end = std::nullopt) {
  UpcomingMeeting meeting{std::move(title), At(start), std::nullopt, start,
                          "telegram",       {},        std::nullopt};
  if (end) meeting.end = At(*end);
  return meeting;
}

TEST(FindMeetingChange, ReadsCancellationsAndMovesInEveryLanguage) {
  struct Case {
    const char* text;
    Kind kind;
    bool names_a_meeting;
  };
  for (const Case& c : {Case{"cancel the dentist", Kind::kCancel, false},
                        Case{"the 1-on-1 moved to 4 pm", Kind::kMove, false},
                        Case{"перенесли встречу на завтра", Kind::kMove, true},
                        Case{"Отмени созвон с Петей", Kind::kCancel, true},
                        Case{"se canceló la reunión", Kind::kCancel, true},
                        Case{"la cita se pospuso para el lunes", Kind::kMove, true},
                        Case{"a reunião foi adiada para segunda", Kind::kMove, true},
                        Case{"desmarca a consulta", Kind::kCancel, true},
                        Case{"the all-hands got pushed to Friday", Kind::kMove, false}}) {
    const auto change = FindMeetingChange(c.text);
    ASSERT_TRUE(change.has_value()) << c.text;
    EXPECT_EQ(change->kind, c.kind) << c.text;
    EXPECT_EQ(change->names_a_meeting, c.names_a_meeting) << c.text;
  }
}

TEST(FindMeetingChange, AVerbFirstAsksTheBot) {
  EXPECT_TRUE(FindMeetingChange("cancel the dentist")->imperative);
  EXPECT_TRUE(FindMeetingChange("please cancel the dentist")->imperative);
  EXPECT_TRUE(FindMeetingChange("отмени стоматолога")->imperative);
  EXPECT_FALSE(FindMeetingChange("I had to cancel my gym membership")->imperative);
}

TEST(FindMeetingChange, QuestionsNegationsAndOtherTalkChangeNothing) {
  for (const char* text :
       {"should I cancel the dentist?", "we didn't cancel the meeting", "I did not cancel it",
        "не отменили встречу", "no se canceló la cita", "a reunião não foi cancelada",
        "I'm going to the dentist tomorrow at 10", "встреча завтра в 10"}) {
    EXPECT_FALSE(FindMeetingChange(text).has_value()) << text;
  }
  // A question that asks the bot to do it is a request.
  EXPECT_TRUE(FindMeetingChange("can you cancel the dentist?").has_value());
}

TEST(MatchMeeting, TheTitleTheMessageNamesWins) {
  const std::vector<UpcomingMeeting> meetings = {Meeting("Dentist", "2026-03-12T09:00:00Z"),
                                                 Meeting("Team meeting", "2026-03-13T09:00:00Z")};
  auto match = MatchMeeting(*FindMeetingChange("cancel the dentist"), meetings);
  EXPECT_EQ(match.outcome, Outcome::kOne);
  EXPECT_EQ(match.matches, std::vector<std::size_t>{0});
  // "meeting" is in one title only
  match = MatchMeeting(*FindMeetingChange("the meeting is cancelled"), meetings);
  EXPECT_EQ(match.outcome, Outcome::kOne);
  EXPECT_EQ(match.matches, std::vector<std::size_t>{1});
}

TEST(MatchMeeting, WordsMatchAcrossEndings) {
  const std::vector<UpcomingMeeting> meetings = {
      Meeting("Встреча с инвестором", "2026-03-12T09:00:00Z"),
      Meeting("Стоматолог", "2026-03-13T09:00:00Z")};
  const auto match = MatchMeeting(*FindMeetingChange("отменили встречу"), meetings);
  EXPECT_EQ(match.outcome, Outcome::kOne);
  EXPECT_EQ(match.matches, std::vector<std::size_t>{0});
}

TEST(MatchMeeting, SeveralThatMatchAlikeAreAskedAbout) {
  const std::vector<UpcomingMeeting> meetings = {Meeting("Call with Anna", "2026-03-12T09:00:00Z"),
                                                 Meeting("Call with Bob", "2026-03-13T09:00:00Z"),
                                                 Meeting("Dentist", "2026-03-14T09:00:00Z")};
  const auto match = MatchMeeting(*FindMeetingChange("cancel the call"), meetings);
  EXPECT_EQ(match.outcome, Outcome::kSeveral);
  EXPECT_EQ(match.matches, (std::vector<std::size_t>{0, 1}));
}

TEST(MatchMeeting, AGenericWordMeansAMeetingThatIsOneByItsTitle) {
  const std::vector<UpcomingMeeting> meetings = {
      Meeting("Созвон с клиентом", "2026-03-12T09:00:00Z"),
      Meeting("Стоматолог", "2026-03-13T09:00:00Z")};
  auto match = MatchMeeting(*FindMeetingChange("перенесли встречу на завтра"), meetings);
  EXPECT_EQ(match.outcome, Outcome::kOne);
  EXPECT_EQ(match.matches, std::vector<std::size_t>{0});
  // two of them: which one?
  const std::vector<UpcomingMeeting> two = {Meeting("Созвон с клиентом", "2026-03-12T09:00:00Z"),
                                            Meeting("Созвон с командой", "2026-03-13T09:00:00Z")};
  match = MatchMeeting(*FindMeetingChange("перенесли встречу на завтра"), two);
  EXPECT_EQ(match.outcome, Outcome::kSeveral);
  EXPECT_EQ(match.matches.size(), 2u);
  // "the meeting" is not the dentist
  match = MatchMeeting(*FindMeetingChange("cancelá la reunión"),
                       {Meeting("Dentist", "2026-03-12T09:00:00Z")});
  EXPECT_EQ(match.outcome, Outcome::kNone);
}

TEST(MatchMeeting, ATitleSaidWholeWins) {
  const std::vector<UpcomingMeeting> meetings = {Meeting("1-on-1", "2026-03-12T09:00:00Z"),
                                                 Meeting("Call with Anna", "2026-03-13T09:00:00Z")};
  const auto match = MatchMeeting(*FindMeetingChange("the 1-on-1 moved to 4 pm"), meetings);
  EXPECT_EQ(match.outcome, Outcome::kOne);
  EXPECT_EQ(match.matches, std::vector<std::size_t>{0});
}

TEST(MatchMeeting, NothingToMatchIsAnsweredOnlyWhenTheMessageIsAboutAMeeting) {
  const std::vector<UpcomingMeeting> dentist = {Meeting("Dentist", "2026-03-12T09:00:00Z")};
  EXPECT_EQ(MatchMeeting(*FindMeetingChange("cancel the barber"), {}).outcome, Outcome::kNone);
  EXPECT_EQ(MatchMeeting(*FindMeetingChange("cancel the barber"), dentist).outcome, Outcome::kNone);
  EXPECT_EQ(MatchMeeting(*FindMeetingChange("I had to cancel my gym membership"), dentist).outcome,
            Outcome::kUnrelated);
}

class NewTimeOfMoveTest : public ::testing::Test {
 protected:
  std::optional<NewMeetingTime> Move(const char* text, const char* language,
                                     const UpcomingMeeting& meeting) {
    const auto change = FindMeetingChange(text);
    EXPECT_TRUE(change.has_value() && change->kind == Kind::kMove) << text;
    if (!change) return std::nullopt;
    return NewTimeOfMove(change->new_time_text, language, zone_, now_, meeting);
  }
  // Wednesday 11 March 2026, 09:15 in Berlin (UTC+1)
  const date::time_zone* zone_ = *meetings::LocateZone("Europe/Berlin");
  sys_seconds now_ = At("2026-03-11T08:15:00Z");
};

TEST_F(NewTimeOfMoveTest, ATimeAloneKeepsTheMeetingsDayAndLength) {
  // Thursday 10:00-11:00 moved to 4 pm: Thursday 16:00-17:00, not today at 16:00
  const auto moved = Move("the 1-on-1 moved to 4 pm", "en",
                          Meeting("1-on-1", "2026-03-12T09:00:00Z", "2026-03-12T10:00:00Z"));
  ASSERT_TRUE(moved.has_value());
  EXPECT_EQ(FormatRfc3339Utc(moved->start), "2026-03-12T15:00:00Z");
  ASSERT_TRUE(moved->end.has_value());
  EXPECT_EQ(FormatRfc3339Utc(*moved->end), "2026-03-12T16:00:00Z");
}

TEST_F(NewTimeOfMoveTest, ADayAloneKeepsTheMeetingsTimeOfDay) {
  // Today 15:00 moved to tomorrow: tomorrow 15:00
  auto moved =
      Move("перенесли встречу на завтра", "ru", Meeting("Встреча", "2026-03-11T14:00:00Z"));
  ASSERT_TRUE(moved.has_value());
  EXPECT_EQ(FormatRfc3339Utc(moved->start), "2026-03-12T14:00:00Z");
  EXPECT_FALSE(moved->end.has_value());
  // Thursday 10:00 put off to Monday: Monday 10:00
  moved =
      Move("a reunião foi adiada para segunda", "pt", Meeting("Reunião", "2026-03-12T09:00:00Z"));
  ASSERT_TRUE(moved.has_value());
  EXPECT_EQ(FormatRfc3339Utc(moved->start), "2026-03-16T09:00:00Z");
}

TEST_F(NewTimeOfMoveTest, ADayAndATimeGiveTheNewStart) {
  // Friday 10:00 moved to tomorrow (Thursday) at 4pm
  const auto moved =
      Move("dentist moved to tomorrow at 4pm", "en", Meeting("Dentist", "2026-03-13T09:00:00Z"));
  ASSERT_TRUE(moved.has_value());
  EXPECT_EQ(FormatRfc3339Utc(moved->start), "2026-03-12T15:00:00Z");
}

TEST_F(NewTimeOfMoveTest, ThePastTenseOfTheVerbIsNoPastEvent) {
  // Friday 11:00 moved to Monday at 12 (Madrid is on the same offset as Berlin in March)
  const auto moved = Move("la reunión con el equipo se movió al lunes a las 12", "es",
                          Meeting("Reunión con el equipo", "2026-03-13T10:00:00Z"));
  ASSERT_TRUE(moved.has_value());
  EXPECT_EQ(FormatRfc3339Utc(moved->start), "2026-03-16T11:00:00Z");
}

TEST_F(NewTimeOfMoveTest, NoNewTimeMovesNothing) {
  EXPECT_FALSE(Move("la cita se pospuso", "es", Meeting("Cita", "2026-03-12T09:00:00Z")));
}

}  // namespace
}  // namespace chatfleet::workers
