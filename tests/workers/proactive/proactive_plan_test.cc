// The proactive stage's plan, without I/O: meetings and their reminders, follow-ups and their
// settling, the conversation state (advanced once even when redelivered), /schedule.
#include "workers/proactive/proactive_plan.h"

#include <google/protobuf/util/time_util.h>
#include <gtest/gtest.h>

#include <deque>

#include "shared/core/clock.h"
#include "tests/workers/proactive/direct_messages.h"

namespace chatfleet::workers {
namespace {

using google::protobuf::util::TimeUtil;
using std::chrono::sys_seconds;

sys_seconds At(const char* rfc3339) {
  return std::chrono::floor<std::chrono::seconds>(*ParseRfc3339(rfc3339));
}

std::string Text(sys_seconds time) { return FormatRfc3339Utc(time); }

class ProactivePlanTest : public ::testing::Test {
 protected:
  /// A person's message in a Telegram DM, sent at `sent_at`.
  v1::ChatEvent& Message(const std::string& text, const char* sent_at,
                         const std::string& user = "u-1") {
    const int n = static_cast<int>(events_.size()) + 1;
    auto& event = events_.emplace_back(DirectMessage(n, user, text, At(sent_at)));
    event.set_platform_message_id("pm-" + std::to_string(n));
    return event;
  }

  ProactiveInput Input(const v1::ChatEvent& event, std::string language = "en",
                       std::string zone = "Europe/Berlin") {
    ProactiveInput input;
    input.event = &event;
    input.language = std::move(language);
    input.timezone = std::move(zone);
    input.partition = 0;
    input.offset = next_offset_++;
    input.traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    input.reading = ReadMessage(event.text());
    return input;
  }

  ProactivePlan Plan(const std::vector<ProactiveInput>& inputs) {
    return PlanProactive(inputs, snapshot_, options_, catalog_);
  }

  std::deque<v1::ChatEvent> events_;
  std::int64_t next_offset_ = 10;
  ProactiveSnapshot snapshot_;
  ProactiveOptions options_;
  i18n::MessageCatalog catalog_;
};

TEST_F(ProactivePlanTest, AMeetingGetsAPreparationReminderAndAGreetingThatWaitsForTheUser) {
  // Given "tomorrow at 2:30 PM" said on Wednesday 09:15 in Berlin (UTC+1 in March)
  const auto& event = Message("I have a meeting tomorrow at 2:30 PM", "2026-03-11T08:15:00Z");
  // when planned
  const auto plan = Plan({Input(event)});
  // then one schedule starts Thursday 13:30 UTC with no end, on the conversation it was said in
  ASSERT_EQ(plan.effects.schedules.size(), 1u);
  const PlannedSchedule& meeting = plan.effects.schedules[0];
  EXPECT_EQ(Text(meeting.start), "2026-03-12T13:30:00Z");
  EXPECT_FALSE(meeting.end.has_value());
  EXPECT_EQ(meeting.conversation.conversation_id, "dm-u-1");
  EXPECT_EQ(meeting.conversation.platform, "telegram");
  EXPECT_EQ(meeting.timezone, "Europe/Berlin");
  EXPECT_EQ(meeting.source_traceparent, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
  // and a preparation reminder 30 minutes before, a greeting waiting for the user's next message
  ASSERT_EQ(meeting.sessions.size(), 2u);
  EXPECT_EQ(meeting.sessions[0].kind, "preparation");
  EXPECT_EQ(Text(*meeting.sessions[0].due_at), "2026-03-12T13:00:00Z");
  EXPECT_EQ(meeting.sessions[1].kind, "followup_greeting");
  EXPECT_FALSE(meeting.sessions[1].due_at.has_value());
  EXPECT_EQ(meeting.sessions[0].outbound_id, "meeting-e-1-0-preparation");
  // and the user's greeting preferences are created with their zone
  ASSERT_EQ(plan.effects.greeting_preferences.size(), 1u);
  EXPECT_EQ(plan.effects.greeting_preferences[0].timezone, "Europe/Berlin");
  // and the context lists the meeting
  ASSERT_TRUE(plan.outcomes[0].has_value());
  ASSERT_EQ(plan.outcomes[0]->meetings.size(), 1u);
}

TEST_F(ProactivePlanTest, AMeetingWithAnEndGetsACompletionMessageAtTheEnd) {
  const auto& event = Message("Team meeting 3-4 PM Friday", "2026-03-11T08:15:00Z");
  const auto plan = Plan({Input(event)});
  ASSERT_EQ(plan.effects.schedules.size(), 1u);
  const PlannedSchedule& meeting = plan.effects.schedules[0];
  EXPECT_EQ(Text(meeting.start), "2026-03-13T14:00:00Z");
  ASSERT_TRUE(meeting.end.has_value());
  EXPECT_EQ(Text(*meeting.end), "2026-03-13T15:00:00Z");
  ASSERT_EQ(meeting.sessions.size(), 2u);
  EXPECT_EQ(meeting.sessions[1].kind, "completion");
  EXPECT_EQ(Text(*meeting.sessions[1].due_at), "2026-03-13T15:00:00Z");
}

TEST_F(ProactivePlanTest, TheSameMeetingTwiceIsScheduledOnce) {
  // Twice in one message, and again in a later message of the batch
  const auto& first = Message("Dentist tomorrow at 10 AM. Yes, the dentist tomorrow at 10 AM!",
                              "2026-03-11T08:15:00Z");
  const auto& again = Message("don't forget: dentist tomorrow at 10am", "2026-03-11T08:20:00Z");
  const auto plan = Plan({Input(first), Input(again)});
  EXPECT_EQ(plan.effects.schedules.size(), 1u);
}

TEST_F(ProactivePlanTest, AGreetingByTimeAvoidsQuietHours) {
  // Given greetings by the clock and a meeting at 21:50 Berlin time without an end
  options_.greeting_trigger = GreetingTrigger::kByTime;
  const auto& event = Message("call with Anna today at 21:50", "2026-03-11T08:15:00Z");
  const auto plan = Plan({Input(event)});
  ASSERT_EQ(plan.effects.schedules.size(), 1u);
  const auto& sessions = plan.effects.schedules[0].sessions;
  ASSERT_EQ(sessions.size(), 2u);
  // then start + 15 min = 22:05 is in the quiet hours (22:00–08:00): 08:00 the next morning
  EXPECT_EQ(sessions[1].kind, "followup_greeting");
  EXPECT_EQ(Text(*sessions[1].due_at), "2026-03-12T07:00:00Z");
}

TEST_F(ProactivePlanTest, AnOpenConversationGetsAFollowUpAtTheUrgencyDelayInTheUsersLanguage) {
  // Given a Russian speaker asking about a service (medium urgency)
  const auto& event = Message("Хочу узнать про виниры", "2026-03-11T08:15:00Z");
  const auto plan = Plan({Input(event, "ru", "Europe/Moscow")});
  // then a follow-up is due 1.5 h later, and the context tells the bot to say so, in Russian
  ASSERT_EQ(plan.effects.follow_ups.size(), 1u);
  const auto& follow_up = plan.effects.follow_ups[0];
  EXPECT_EQ(follow_up.urgency, "medium");
  EXPECT_EQ(Text(follow_up.due_at), "2026-03-11T09:45:00Z");
  EXPECT_EQ(follow_up.language, "ru");
  EXPECT_EQ(follow_up.outbound_id, "followup-e-1");
  ASSERT_TRUE(plan.outcomes[0].has_value());
  EXPECT_EQ(plan.outcomes[0]->state, "service_inquiry");
  EXPECT_EQ(plan.outcomes[0]->subject, "виниры");
  EXPECT_EQ(plan.outcomes[0]->follow_up_notice, "Я свяжусь с вами через 1,5 часа.");
  ASSERT_EQ(plan.outcomes[0]->pending_follow_ups.size(), 1u);
}

TEST_F(ProactivePlanTest, TheUsersNextMessageSettlesTheirPendingFollowUp) {
  // Given a follow-up promised at 08:00, pending
  const ConversationKey key{"acme", "butler", "telegram", "dm-u-1"};
  snapshot_.pending[key].push_back({"followup-old", "u-1", "medium", "veneers",
                                    At("2026-03-11T09:30:00Z"), At("2026-03-11T08:00:00Z")});
  // when the user writes again (nothing open: no new follow-up)
  const auto& event = Message("thanks!", "2026-03-11T08:15:00Z");
  const auto plan = Plan({Input(event)});
  // then the pending one is settled and none is left
  ASSERT_EQ(plan.effects.settles.size(), 1u);
  EXPECT_EQ(Text(plan.effects.settles[0].at), "2026-03-11T08:15:00Z");
  EXPECT_TRUE(plan.outcomes[0]->pending_follow_ups.empty());
  EXPECT_TRUE(plan.effects.follow_ups.empty());
}

TEST_F(ProactivePlanTest, WithoutSettlingAPendingFollowUpIsNotDuplicated) {
  options_.follow_up.settle_on_user_message = false;
  const ConversationKey key{"acme", "butler", "telegram", "dm-u-1"};
  snapshot_.pending[key].push_back({"followup-old", "u-1", "medium", "veneers",
                                    At("2026-03-11T09:30:00Z"), At("2026-03-11T08:00:00Z")});
  const auto& event = Message("Tell me about veneers", "2026-03-11T08:15:00Z");
  const auto plan = Plan({Input(event)});
  EXPECT_TRUE(plan.effects.settles.empty());
  EXPECT_TRUE(plan.effects.follow_ups.empty());
  EXPECT_EQ(plan.outcomes[0]->pending_follow_ups.size(), 1u);
}

TEST_F(ProactivePlanTest, AnInquiryDoesNotBringBackAPendingTopicAndANegationDropsIt) {
  // Given Dr. Dan's filling still pending from an earlier conversation turn
  const ConversationKey key{"acme", "butler", "telegram", "dm-u-1"};
  snapshot_.states[key].context.pending = {"Dr. Dan, filling"};
  // when the user asks about veneers, then says they don't need Dan
  const auto& inquiry = Message("Tell me about veneers", "2026-03-11T08:15:00Z");
  const auto& negation = Message("I don't need Dr. Dan with the filling", "2026-03-11T08:16:00Z");
  const auto plan = Plan({Input(inquiry), Input(negation)});
  // then the veneers inquiry does not bring up Dan, and the negation drops him for good
  EXPECT_EQ(plan.outcomes[0]->subject, "veneers");
  EXPECT_TRUE(plan.outcomes[0]->pending_topics.empty());
  EXPECT_FALSE(plan.outcomes[1]->dropped_topics.empty());
  ASSERT_EQ(plan.effects.states.size(), 1u);
  EXPECT_TRUE(plan.effects.states[0].state.context.pending.empty());
  EXPECT_EQ(plan.effects.states[0].state.context.subject, "veneers");
}

TEST_F(ProactivePlanTest, ARedeliveredMessageHasNoEffectsAgain) {
  // Given the state was stored by a later message (offset 11) of an open conversation
  const ConversationKey key{"acme", "butler", "telegram", "dm-u-1"};
  snapshot_.states[key] = {
      {followups::ConversationState::kBookingNew, "cleaning", {}, {}}, {}, 0, 11};
  // when this one (offset 10) is delivered again: it mentions a meeting, and "yes" would move
  // booking → confirmation and plan a follow-up
  const auto& event = Message("yes, the dentist tomorrow at 10 AM", "2026-03-11T08:15:00Z");
  const auto plan = Plan({Input(event)});
  // then nothing is written again — its first delivery wrote its effects — whatever the
  // state a later message left behind
  EXPECT_TRUE(plan.effects.empty()) << plan.effects.follow_ups.size() << " follow-ups";
  EXPECT_TRUE(plan.effects.greeting_releases.empty());
  ASSERT_TRUE(plan.outcomes[0].has_value());
  EXPECT_EQ(plan.outcomes[0]->state, "booking_new");
}

TEST_F(ProactivePlanTest, ARedeliveredMessageStillTellsTheFollowUpItPlanned) {
  // Given the follow-up this message planned the first time (90 minutes after it), stored
  const ConversationKey key{"acme", "butler", "telegram", "dm-u-1"};
  snapshot_.states[key] = {
      {followups::ConversationState::kServiceInquiry, "veneers", {}, {}}, {}, 0, 10};
  snapshot_.pending[key].push_back({"followup-e-1", "u-1", "medium", "veneers",
                                    At("2026-03-11T09:45:00Z"), At("2026-03-11T08:15:00Z")});
  // when the message is delivered again before its context was acknowledged
  const auto& event = Message("Tell me about veneers", "2026-03-11T08:15:00Z");
  const auto plan = Plan({Input(event)});
  // then its context says the same sentence again, and nothing is written
  EXPECT_TRUE(plan.effects.empty());
  EXPECT_EQ(plan.outcomes[0]->follow_up_notice, "I will follow up in 1.5 hours.");
}

TEST_F(ProactivePlanTest, UrgencyLooksBackOverTheStoredCuesNotTheBatch) {
  // Given the conversation's previous message (another batch) had a high-urgency cue
  const ConversationKey key{"acme", "butler", "telegram", "dm-u-1"};
  snapshot_.states[key] = {{followups::ConversationState::kServiceInquiry, "filling", {}, {}},
                           {followups::Urgency::kHigh},
                           0,
                           9};
  // when the user's next message has none and leaves the conversation open
  const auto& event = Message("Tell me about veneers", "2026-03-11T08:15:00Z");
  const auto plan = Plan({Input(event)});
  // then the follow-up has the stored cue's urgency, and the window moves on
  ASSERT_EQ(plan.effects.follow_ups.size(), 1u);
  EXPECT_EQ(plan.effects.follow_ups[0].urgency, "high");
  ASSERT_EQ(plan.effects.states.size(), 1u);
  EXPECT_EQ(
      plan.effects.states[0].state.recent_cues,
      (std::vector<std::optional<followups::Urgency>>{followups::Urgency::kHigh, std::nullopt}));
}

TEST_F(ProactivePlanTest, TheUrgencyWindowKeepsItsLengthAcrossMessages) {
  // Given a window of two messages
  options_.urgency_window = 2;
  const auto& urgent = Message("urgent! about veneers", "2026-03-11T08:10:00Z");
  const auto& plain = Message("Tell me about veneers", "2026-03-11T08:11:00Z");
  const auto& again = Message("and about crowns", "2026-03-11T08:12:00Z");
  const auto plan = Plan({Input(urgent), Input(plain), Input(again)});
  // then the follow-up is urgent, and what is kept for the next message is the last cue only
  ASSERT_FALSE(plan.effects.follow_ups.empty());
  EXPECT_EQ(plan.effects.follow_ups[0].urgency, "urgent");
  ASSERT_EQ(plan.effects.states.size(), 1u);
  EXPECT_EQ(plan.effects.states[0].state.recent_cues,
            (std::vector<std::optional<followups::Urgency>>{std::nullopt}));
}

TEST_F(ProactivePlanTest, AFollowUpCountsAsOpenUntilDueEvenWhenAlreadySent) {
  // Given a follow-up due at 09:30 that the scheduler has sent already (the worker lags), and
  // one due at 08:10
  options_.follow_up.settle_on_user_message = false;
  const ConversationKey key{"acme", "butler", "telegram", "dm-u-1"};
  snapshot_.pending[key].push_back({"followup-sent", "u-1", "medium", "veneers",
                                    At("2026-03-11T09:30:00Z"), At("2026-03-11T08:00:00Z")});
  // when the user asks again at 08:15
  const auto& event = Message("Tell me about veneers", "2026-03-11T08:15:00Z");
  auto plan = Plan({Input(event)});
  // then no second follow-up: at 08:15 the first was still open
  EXPECT_TRUE(plan.effects.follow_ups.empty());
  // and once a follow-up was due before the message, the message gets its own
  snapshot_.pending[key][0].due_at = At("2026-03-11T08:10:00Z");
  plan = Plan({Input(event)});
  EXPECT_EQ(plan.effects.follow_ups.size(), 1u);
}

TEST_F(ProactivePlanTest, ScheduleListsOnlyMeetingsMentionedBeforeIt) {
  // Given two stored meetings: one mentioned before the command (offset 5), one after it
  // (offset 20, stored by a later message before this one was delivered again), and one from
  // another partition mentioned later in time
  const ScheduleOwner owner{"acme", "butler", "telegram", "u-1"};
  auto& upcoming = snapshot_.upcoming[owner];
  upcoming.push_back({"Dentist",
                      At("2026-03-12T09:00:00Z"),
                      std::nullopt,
                      "k1",
                      "telegram",
                      {At("2026-03-11T08:00:00Z"), 0, 5},
                      std::nullopt});
  upcoming.push_back({"Barber",
                      At("2026-03-12T11:00:00Z"),
                      std::nullopt,
                      "k2",
                      "telegram",
                      {At("2026-03-11T08:10:00Z"), 0, 20},
                      std::nullopt});
  upcoming.push_back({"Yoga",
                      At("2026-03-12T12:00:00Z"),
                      std::nullopt,
                      "k3",
                      "telegram",
                      {At("2026-03-11T09:00:00Z"), 3, 1},
                      std::nullopt});
  const auto& command = Message("/schedule", "2026-03-11T08:16:00Z");
  const auto plan = Plan({Input(command)});  // offset 10
  ASSERT_TRUE(plan.outcomes[0]->reply.has_value());
  const std::string& text = plan.outcomes[0]->reply->text();
  EXPECT_NE(text.find("Dentist"), std::string::npos) << text;
  EXPECT_EQ(text.find("Barber"), std::string::npos) << text;
  EXPECT_EQ(text.find("Yoga"), std::string::npos) << text;
}

TEST_F(ProactivePlanTest, ScheduleListsStoredAndJustAnnouncedMeetingsInTheUsersLanguage) {
  const ScheduleOwner owner{"acme", "butler", "telegram", "u-1"};
  snapshot_.upcoming[owner].push_back(
      {"Dentist", At("2026-03-12T09:00:00Z"), std::nullopt, "k1", "telegram", {}, std::nullopt});
  const auto& meeting = Message("Standup next Monday morning", "2026-03-11T08:15:00Z");
  const auto& command = Message("/schedule@butler_bot", "2026-03-11T08:16:00Z");
  const auto plan = Plan({Input(meeting), Input(command)});
  ASSERT_TRUE(plan.outcomes[1]->reply.has_value());
  const auto& reply = *plan.outcomes[1]->reply;
  EXPECT_EQ(reply.id(), "schedule-e-2");
  EXPECT_EQ(reply.kind(), v1::OUTBOUND_KIND_SCHEDULE_LISTING);
  EXPECT_EQ(reply.conversation().id(), "dm-u-1");
  EXPECT_NE(reply.text().find("Dentist"), std::string::npos) << reply.text();
  EXPECT_NE(reply.text().find("Standup"), std::string::npos) << reply.text();
  EXPECT_NE(reply.text().find("8:00 AM"), std::string::npos) << reply.text();
  EXPECT_LT(reply.text().find("Dentist"), reply.text().find("Standup")) << "sorted by start";
}

TEST_F(ProactivePlanTest, TheBotsMessagesAndDisabledUsersPlanNothing) {
  auto& bot = Message("Meeting tomorrow at 10 AM?", "2026-03-11T08:15:00Z");
  bot.set_role(v1::ROLE_ASSISTANT);
  bot.mutable_sender()->set_is_bot(true);
  auto off = Input(Message("Meeting tomorrow at 11 AM", "2026-03-11T08:15:00Z"));
  off.enabled = false;
  const auto plan = Plan({Input(bot), off});
  EXPECT_TRUE(plan.effects.empty());
  EXPECT_FALSE(plan.outcomes[0].has_value());
  EXPECT_FALSE(plan.outcomes[1].has_value());
}

TEST_F(ProactivePlanTest, RemindersOffStopsFollowUpsFromThatMessageOnAndIsConfirmed) {
  // Given a user who turns follow-ups off, then asks about a service
  const auto& off = Message("/reminders off followups", "2026-03-11T08:10:00Z");
  const auto& inquiry = Message("Tell me about veneers", "2026-03-11T08:15:00Z");
  auto plan = Plan({Input(off), Input(inquiry, "es")});
  // then the command is stored and confirmed in the user's language, and no follow-up is
  // promised
  ASSERT_EQ(plan.effects.muted.size(), 1u);
  EXPECT_EQ(plan.effects.muted[0].kinds, std::set<std::string>{"followup"});
  ASSERT_TRUE(plan.outcomes[0]->reply.has_value());
  EXPECT_EQ(plan.outcomes[0]->reply->kind(), v1::OUTBOUND_KIND_SETTING);
  EXPECT_EQ(plan.outcomes[0]->reply->id(), "setting-e-1");
  EXPECT_NE(plan.outcomes[0]->reply->text().find("/reminders on"), std::string::npos);
  EXPECT_TRUE(plan.effects.follow_ups.empty());
  EXPECT_TRUE(plan.outcomes[1]->follow_up_notice.empty());
  // and once stored, turning them on again brings follow-ups back
  snapshot_.greetings[{"acme", "butler", "telegram", "u-1"}].muted = {"followup"};
  const auto& on = Message("/reminders on", "2026-03-11T08:20:00Z");
  const auto& again = Message("Tell me about crowns", "2026-03-11T08:25:00Z");
  plan = Plan({Input(on), Input(again)});
  ASSERT_EQ(plan.effects.muted.size(), 1u);
  EXPECT_TRUE(plan.effects.muted[0].kinds.empty());
  EXPECT_EQ(plan.effects.follow_ups.size(), 1u);
}

TEST(ScheduleCommandTest, RecognizesTheCommandOnly) {
  EXPECT_TRUE(IsScheduleCommand("/schedule"));
  EXPECT_TRUE(IsScheduleCommand("  /schedule@my_bot"));
  EXPECT_FALSE(IsScheduleCommand("/schedules"));
  EXPECT_FALSE(IsScheduleCommand("my /schedule"));
}

// Calling off and moving meetings ("cancel the dentist", "the 1-on-1 moved to 4 pm"). The
// conversation is Telegram DM dm-u-1; Wednesday 11 March 2026, 09:15 in Berlin (UTC+1).
class MeetingChangePlanTest : public ProactivePlanTest {
 protected:
  /// A meeting the user has, mentioned at offset 5 (before every message of the test).
  UpcomingMeeting& Stored(std::string title, const char* start,
                          std::optional<const char*> end = std::nullopt) {
    const ScheduleOwner owner{"acme", "butler", "telegram", "u-1"};
    auto& meeting = snapshot_.upcoming[owner].emplace_back();
    meeting.title = std::move(title);
    meeting.start = At(start);
    if (end) meeting.end = At(*end);
    meeting.dedupe_key = Text(meeting.start);
    meeting.platform = "telegram";
    meeting.mentioned = {At("2026-03-10T08:00:00Z"), 0, 5};
    return meeting;
  }
};

TEST_F(MeetingChangePlanTest, CancellingAMeetingCancelsItsScheduleAndSaysSo) {
  Stored("Dentist", "2026-03-12T09:00:00Z");
  Stored("Team meeting", "2026-03-13T09:00:00Z");
  const auto& event = Message("cancel the dentist", "2026-03-11T08:15:00Z");
  const auto plan = Plan({Input(event)});
  // the dentist's schedule is cancelled, nothing new is planned
  ASSERT_EQ(plan.effects.cancellations.size(), 1u);
  const MeetingCancellation& cancelled = plan.effects.cancellations[0];
  EXPECT_EQ(cancelled.dedupe_key, "2026-03-12T09:00:00Z");
  EXPECT_EQ(cancelled.owner.platform, "telegram");
  EXPECT_EQ(cancelled.reason, "cancelled");
  EXPECT_EQ(cancelled.source_event_id, "e-1");
  EXPECT_EQ(cancelled.at.offset, 10);
  EXPECT_TRUE(plan.effects.schedules.empty());
  // and the user is told, in the conversation, what was cancelled
  ASSERT_TRUE(plan.outcomes[0]->reply.has_value());
  const auto& reply = *plan.outcomes[0]->reply;
  EXPECT_EQ(reply.id(), "change-e-1");
  EXPECT_EQ(reply.reply_to_message_id(), "pm-1");
  EXPECT_EQ(reply.kind(), v1::OUTBOUND_KIND_MEETING_CHANGE);
  EXPECT_EQ(reply.conversation().id(), "dm-u-1");
  EXPECT_EQ(reply.text(), "Cancelled: Dentist, Tomorrow, 10:00 AM. Its reminders are off.");
}

TEST_F(MeetingChangePlanTest, AMovedMeetingIsPlannedAgainAtItsNewTimeOnItsDay) {
  Stored("1-on-1", "2026-03-12T09:00:00Z", "2026-03-12T09:30:00Z");
  const auto& event = Message("the 1-on-1 moved to 4 pm", "2026-03-11T08:15:00Z");
  const auto plan = Plan({Input(event)});
  // the old schedule goes, with its reminders
  ASSERT_EQ(plan.effects.cancellations.size(), 1u);
  EXPECT_EQ(plan.effects.cancellations[0].dedupe_key, "2026-03-12T09:00:00Z");
  EXPECT_EQ(plan.effects.cancellations[0].reason, "moved");
  // a new one takes its place on Thursday at 16:00 for the same half hour, with new reminders
  ASSERT_EQ(plan.effects.schedules.size(), 1u);
  const PlannedSchedule& moved = plan.effects.schedules[0];
  EXPECT_EQ(moved.title, "1-on-1");
  EXPECT_EQ(Text(moved.start), "2026-03-12T15:00:00Z");
  ASSERT_TRUE(moved.end.has_value());
  EXPECT_EQ(Text(*moved.end), "2026-03-12T15:30:00Z");
  ASSERT_FALSE(moved.sessions.empty());
  EXPECT_EQ(moved.sessions[0].kind, "preparation");
  EXPECT_EQ(Text(*moved.sessions[0].due_at), "2026-03-12T14:30:00Z");
  EXPECT_EQ(moved.sessions[0].outbound_id, "meeting-e-1-moved-preparation");
  EXPECT_EQ(plan.outcomes[0]->reply->text(),
            "Moved: 1-on-1 is now Tomorrow, 4:00 PM. I'll remind you at the new time.");
}

TEST_F(MeetingChangePlanTest, SeveralMatchingMeetingsAreListedWithWhichOne) {
  Stored("Call with Anna", "2026-03-12T09:00:00Z");
  Stored("Call with Bob", "2026-03-13T14:00:00Z");
  Stored("Dentist", "2026-03-14T09:00:00Z");
  const auto& event = Message("cancel the call", "2026-03-11T08:15:00Z");
  const auto plan = Plan({Input(event)});
  EXPECT_TRUE(plan.effects.cancellations.empty());
  const std::string& text = plan.outcomes[0]->reply->text();
  EXPECT_EQ(text.find("📅 Which meeting do you mean?"), 0u) << text;
  EXPECT_NE(text.find("Call with Anna"), std::string::npos) << text;
  EXPECT_NE(text.find("Call with Bob"), std::string::npos) << text;
  EXPECT_EQ(text.find("Dentist"), std::string::npos) << text;
}

TEST_F(MeetingChangePlanTest, NoMatchingMeetingIsSaid) {
  Stored("Dentist", "2026-03-12T09:00:00Z");
  const auto& event = Message("cancelá la reunión", "2026-03-11T08:15:00Z");
  const auto plan = Plan({Input(event, "es")});
  EXPECT_TRUE(plan.effects.cancellations.empty());
  ASSERT_TRUE(plan.outcomes[0]->reply.has_value());
  EXPECT_EQ(plan.outcomes[0]->reply->text(), "No encontré esa reunión en tu agenda.");
}

TEST_F(MeetingChangePlanTest, AMeetingPlannedAndCancelledInOneBatchIsGoneFromTheSchedule) {
  const auto& announced = Message("Dentist tomorrow at 10am", "2026-03-11T08:15:00Z");
  const auto& cancel = Message("cancel the dentist", "2026-03-11T08:16:00Z");
  const auto& schedule = Message("/schedule", "2026-03-11T08:17:00Z");
  const auto plan = Plan({Input(announced), Input(cancel), Input(schedule)});
  ASSERT_EQ(plan.effects.schedules.size(), 1u);
  ASSERT_EQ(plan.effects.cancellations.size(), 1u);
  EXPECT_EQ(plan.effects.cancellations[0].dedupe_key, plan.effects.schedules[0].dedupe_key);
  EXPECT_EQ(plan.outcomes[2]->reply->text(), "You have no upcoming meetings.");
}

TEST_F(MeetingChangePlanTest, ARedeliveredChangeAnswersTheSameAndChangesNothingAgain) {
  // Given the first delivery (offset 10) cancelled the dentist and advanced the state
  Stored("Dentist", "2026-03-12T09:00:00Z").cancelled =
      MentionedAt{At("2026-03-11T08:15:00Z"), 0, 10};
  snapshot_.states[{"acme", "butler", "telegram", "dm-u-1"}] = {{}, {}, 0, 10};
  const auto& event = Message("cancel the dentist", "2026-03-11T08:15:00Z");
  const auto& schedule = Message("/schedule", "2026-03-11T08:16:00Z");
  const auto plan = Plan({Input(event), Input(schedule)});
  // then the answer is the one the user got, nothing is cancelled twice
  EXPECT_TRUE(plan.effects.cancellations.empty());
  EXPECT_EQ(plan.outcomes[0]->reply->text(),
            "Cancelled: Dentist, Tomorrow, 10:00 AM. Its reminders are off.");
  // and a later /schedule no longer lists it
  EXPECT_EQ(plan.outcomes[1]->reply->text(), "You have no upcoming meetings.");
}

TEST_F(MeetingChangePlanTest, TalkAboutCancellingSomethingElseIsNoChange) {
  Stored("Dentist", "2026-03-12T09:00:00Z");
  const auto& event = Message("I had to cancel my gym membership", "2026-03-11T08:15:00Z");
  const auto plan = Plan({Input(event)});
  EXPECT_TRUE(plan.effects.cancellations.empty());
  EXPECT_FALSE(plan.outcomes[0]->reply.has_value());
}

}  // namespace
}  // namespace chatfleet::workers
