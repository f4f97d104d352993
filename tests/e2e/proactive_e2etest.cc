// Proactive messages end to end: chat events posted over HTTP to the real ingest, the real workers
// extract meetings and follow-ups into PostgreSQL, and the real scheduler, at a clock the test
// moves, sends reminders to chat.outbound, read back from the broker. Meetings announced in chat
// become reminders and /schedule lines; a medium-urgency follow-up is sent 1.5 h later in the
// user's language, unless the user settles it.
#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <thread>

#include "chatfleet/v1/conversation_context.pb.h"
#include "chatfleet/v1/outbound_message.pb.h"
#include "tests/support/fleet.h"
#include "tests/support/kafka_topic.h"

namespace chatfleet::testing {
namespace {

/// Wednesday 2026-03-11, 09:15 in Berlin (UTC+1): when the users write.
constexpr char kNow[] = "2026-03-11T08:15:00Z";

struct Message {
  std::string user;
  std::string text;
  std::string id;
  std::string platform = "PLATFORM_WEB";
  std::string sent_at = kNow;
};

std::string ConversationOf(const Message& m) { return "dm-" + m.platform + "-" + m.user; }

class ProactiveE2eTest : public ::testing::Test {
 protected:
  ProactiveE2eTest() : fleet_(schema_, 2) {
    schema_.Migrate();
    SetClock(kNow);
    fleet_.StartIngest();
    fleet_.StartWorker({{"CHATFLEET_DEFAULT_TIMEZONE", "Europe/Berlin"},
                        {"CHATFLEET_SCHEDULE_ACROSS_PLATFORMS", "true"}});
    fleet_.StartScheduler(clock_file_);
  }

  void SetClock(const std::string& now) { WriteClockFile(clock_file_, now); }

  void Post(const Message& m) {
    const std::string body =
        "{\"eventId\": " + JsonQuote("ev-" + m.id) +
        ", \"tenant\": \"acme\", \"bot\": \"butler\", \"platform\": " + JsonQuote(m.platform) +
        ", \"conversation\": {\"id\": " + JsonQuote(ConversationOf(m)) +
        ", \"kind\": \"CONVERSATION_KIND_DIRECT\"}, \"sender\": {\"userId\": " + JsonQuote(m.user) +
        ", \"displayName\": \"Pat\"}, \"role\": \"ROLE_USER\", \"text\": " + JsonQuote(m.text) +
        ", \"platformMessageId\": " + JsonQuote(m.id) + ", \"sentAt\": " + JsonQuote(m.sent_at) +
        "}";
    const auto answer = HttpPost(fleet_.ingest_url() + "/v1/events", body);
    ASSERT_EQ(answer.status, 202) << answer.body;
  }

  std::string Sql(const std::string& query) { return Psql(schema_.url(), query); }

  /// Waits until `count` contexts are on chat.context; returns them by platform message id.
  std::map<std::string, v1::ConversationContext> Contexts(std::size_t count) {
    std::map<std::string, v1::ConversationContext> contexts;
    for (const auto& message : ReadAll(fleet_.context_topic(), count, std::chrono::seconds(30))) {
      v1::ConversationContext context;
      EXPECT_TRUE(context.ParseFromString(message.value));
      contexts[context.platform_message_id()] = context;
    }
    EXPECT_EQ(contexts.size(), count);
    return contexts;
  }

  /// Everything on chat.outbound once at least `count` messages arrived (or 20 s passed), by
  /// id; `copies` counts each id.
  std::map<std::string, v1::OutboundMessage> Outbound(
      std::size_t count, std::map<std::string, int>* copies = nullptr,
      std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
    std::map<std::string, v1::OutboundMessage> out;
    for (const auto& message : ReadAll(fleet_.outbound_topic(), count, timeout)) {
      v1::OutboundMessage outbound;
      EXPECT_TRUE(outbound.ParseFromString(message.value));
      if (copies) (*copies)[outbound.id()] += 1;
      out[outbound.id()] = outbound;
    }
    return out;
  }

  /// Waits until the workers stored `count` rows of `table` matching `where`.
  void WaitForRows(const std::string& table, const std::string& where, int count) {
    const std::string query = "SELECT count(*) FROM " + table + " WHERE " + where;
    ASSERT_TRUE(
        WaitUntil([&] { return Sql(query) == std::to_string(count); }, std::chrono::seconds(30)))
        << query << " = " << Sql(query);
  }

  TestSchema schema_;
  LocalFleet fleet_;
  std::string clock_file_ = "/tmp/chatfleet-" + schema_.name() + ".clock";
};

TEST_F(ProactiveE2eTest, MeetingsBecomeRemindersOnTheirOwnChannel) {
  // Given, on Wednesday 09:15 Berlin time, four users mention meetings on the web
  Post({.user = "user1", .text = "I have a meeting tomorrow at 2:30 PM", .id = "user1-a"});
  Post({.user = "user3", .text = "Team meeting 3-4 PM Friday", .id = "user3-a"});
  Post({.user = "user4", .text = "I have a 1-on-1 tomorrow at 10 AM", .id = "user4-a"});
  Post({.user = "user5",
        .text = "Lunch with Maria tomorrow at 1 PM. Yes, lunch with Maria tomorrow at 1pm!",
        .id = "user5-a"});
  Post({.user = "user5", .text = "reminder: lunch with Maria tomorrow at 1 PM", .id = "user5-b"});
  WaitForRows("chat_history", "true", 5);
  Contexts(5);

  // a schedule with the right start (Thursday 14:30 Berlin = 13:30 UTC), on its channel
  EXPECT_EQ(Sql("SELECT platform || ' ' || conversation_id || ' ' || "
                "to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' ' || "
                "coalesce(ends_at::text, 'no end') || ' ' || timezone "
                "FROM user_schedules WHERE user_id = 'user1'"),
            "web dm-PLATFORM_WEB-user1 2026-03-12 13:30 no end Europe/Berlin");
  // both start and end (Friday 15:00-16:00 Berlin)
  EXPECT_EQ(Sql("SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' ' || "
                "to_char(ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') "
                "FROM user_schedules WHERE user_id = 'user3'"),
            "2026-03-13 14:00 2026-03-13 15:00");
  // the same meeting twice in a message, and once more later: one schedule
  EXPECT_EQ(Sql("SELECT count(*) FROM user_schedules WHERE user_id = 'user5'"), "1");
  // and each has its reminders: preparation, and completion (end known) or greeting (no end)
  EXPECT_EQ(Sql("SELECT string_agg(s.user_id || ':' || p.kind, ',' ORDER BY s.user_id, p.kind) "
                "FROM proactive_sessions p JOIN user_schedules s ON s.id = p.schedule_id"),
            "user1:followup_greeting,user1:preparation,user3:completion,user3:preparation,"
            "user4:followup_greeting,user4:preparation,user5:followup_greeting,user5:preparation");
  // and greeting preferences were created for each user
  EXPECT_EQ(Sql("SELECT count(*) FROM greeting_preferences"), "4");
  // and nothing is sent before it is due (the scheduler claims every 100 ms)
  std::this_thread::sleep_for(std::chrono::seconds(1));
  EXPECT_EQ(Sql("SELECT count(*) FROM proactive_sessions WHERE sent_at IS NOT NULL"), "0");

  // Thursday 10:32 Berlin, after the 1-on-1 started: only user4's preparation is due …
  SetClock("2026-03-12T09:32:00Z");
  auto sent = Outbound(1);
  ASSERT_EQ(sent.size(), 1u);
  const auto& preparation = sent.begin()->second;
  EXPECT_EQ(preparation.kind(), v1::OUTBOUND_KIND_MEETING_PREPARATION);
  EXPECT_EQ(preparation.user_id(), "user4");
  // … the greeting waits for the user, who writes again after 10:15
  Post({.user = "user4",
        .text = "back at my desk",
        .id = "user4-b",
        .sent_at = "2026-03-12T09:31:00Z"});
  sent = Outbound(2);
  const auto greeting = sent.find("meeting-ev-user4-a-0-followup_greeting");
  ASSERT_NE(greeting, sent.end());
  EXPECT_EQ(greeting->second.kind(), v1::OUTBOUND_KIND_MEETING_FOLLOW_UP_GREETING);
  EXPECT_EQ(greeting->second.conversation().id(), "dm-PLATFORM_WEB-user4");
  EXPECT_EQ(greeting->second.platform(), v1::PLATFORM_WEB);
  EXPECT_NE(greeting->second.text().find("1-on-1"), std::string::npos) << greeting->second.text();

  // at 14:05 Berlin the reminder for 14:30 is sent, on the web conversation
  SetClock("2026-03-12T13:05:00Z");
  sent = Outbound(4);  // + user5's preparation (13:00 Berlin - 30 min) and user1's
  const auto user1 = sent.find("meeting-ev-user1-a-0-preparation");
  ASSERT_NE(user1, sent.end());
  EXPECT_EQ(user1->second.conversation().id(), "dm-PLATFORM_WEB-user1");
  EXPECT_NE(user1->second.text().find("2:30 PM"), std::string::npos) << user1->second.text();
  EXPECT_EQ(user1->second.source_event_id(), "ev-user1-a");

  // after the meeting's end (Friday 16:00 Berlin) the completion message is sent
  SetClock("2026-03-13T15:01:00Z");
  std::map<std::string, int> copies;
  sent = Outbound(6, &copies);
  const auto completion = sent.find("meeting-ev-user3-a-0-completion");
  ASSERT_NE(completion, sent.end());
  EXPECT_EQ(completion->second.kind(), v1::OUTBOUND_KIND_MEETING_COMPLETION);
  // and each reminder was sent exactly once
  EXPECT_EQ(sent.size(), 6u);
  for (const auto& [id, count] : copies) EXPECT_EQ(count, 1) << id;
  EXPECT_EQ(Sql("SELECT string_agg(s.user_id, ',' ORDER BY s.user_id) FROM proactive_sessions p "
                "JOIN user_schedules s ON s.id = p.schedule_id WHERE p.sent_at IS NULL"),
            "user1,user5")
      << "their greetings wait for their next message";
}

TEST_F(ProactiveE2eTest, ScheduleListsUpcomingMeetingsForAPhone) {
  // "next Monday morning" on the web → Monday 16 March 08:00 Berlin
  Post({.user = "acct-7", .text = "Standup next Monday morning", .id = "user2-a"});
  // four meetings on Telegram
  const std::string tg = "PLATFORM_TELEGRAM";
  Post({.user = "tg-1", .text = "Dentist tomorrow at 9 AM", .id = "user6-a", .platform = tg});
  Post(
      {.user = "tg-1", .text = "Call with Bob on Friday at 4 PM", .id = "user6-b", .platform = tg});
  Post({.user = "tg-1",
        .text = "Team meeting 3-4 PM next Tuesday",
        .id = "user6-c",
        .platform = tg});
  Post(
      {.user = "tg-1", .text = "Yoga class on Saturday at 10:30", .id = "user6-d", .platform = tg});
  WaitForRows("user_schedules", "true", 5);
  EXPECT_EQ(Sql("SELECT to_char(starts_at AT TIME ZONE 'Europe/Berlin', 'Dy YYYY-MM-DD HH24:MI') "
                "FROM user_schedules WHERE user_id = 'acct-7'"),
            "Mon 2026-03-16 08:00");

  // when each asks /schedule on Telegram (the client sends one account id on every platform)
  Post({.user = "acct-7",
        .text = "/schedule",
        .id = "user2-b",
        .platform = tg,
        .sent_at = "2026-03-11T08:20:00Z"});
  Post({.user = "tg-1",
        .text = "/schedule@butler_bot",
        .id = "user6-e",
        .platform = tg,
        .sent_at = "2026-03-11T08:20:00Z"});
  const auto sent = Outbound(2);
  ASSERT_EQ(sent.size(), 2u);

  // then the web meeting is listed on Telegram, in the Telegram conversation
  const auto& user2 = sent.at("schedule-ev-user2-b");
  EXPECT_EQ(user2.kind(), v1::OUTBOUND_KIND_SCHEDULE_LISTING);
  EXPECT_EQ(user2.platform(), v1::PLATFORM_TELEGRAM);
  EXPECT_EQ(user2.conversation().id(), "dm-PLATFORM_TELEGRAM-acct-7");
  EXPECT_NE(user2.text().find("Standup"), std::string::npos) << user2.text();
  EXPECT_NE(user2.text().find("8:00 AM"), std::string::npos) << user2.text();

  // and all four upcoming meetings with their times, one short line each
  const auto& user6 = sent.at("schedule-ev-user6-e");
  const std::string& text = user6.text();
  for (const char* expected :
       {"Dentist", "9:00 AM", "Bob", "4:00 PM", "3:00 PM", "Yoga", "10:30 AM"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " in\n" << text;
  }
  std::istringstream lines(text);
  int entries = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("• ", 0) == 0) ++entries;
    EXPECT_LE(line.size(), 64u) << "a phone line: " << line;
  }
  EXPECT_EQ(entries, 4) << text;
  EXPECT_LT(text.find("Dentist"), text.find("Bob")) << "sorted by start:\n" << text;

  // and the bot is told the fleet answered those messages itself
  const auto contexts = Contexts(7);
  EXPECT_TRUE(contexts.at("user6-e").answered_by_fleet());
  EXPECT_FALSE(contexts.at("user6-a").answered_by_fleet());
  ASSERT_EQ(contexts.at("user6-a").scheduled_meetings_size(), 1);
  EXPECT_EQ(contexts.at("user6-a").scheduled_meetings(0).timezone(), "Europe/Berlin");
}

TEST_F(ProactiveE2eTest, AMediumFollowUpIsSentNinetyMinutesLaterInRussianUnlessSettled) {
  // Given two Russian speakers asking about veneers at 09:15 Berlin
  const std::string tg = "PLATFORM_TELEGRAM";
  Post({.user = "ru-1",
        .text = "Здравствуйте! Хочу узнать про виниры",
        .id = "ru1-a",
        .platform = tg});
  Post({.user = "ru-2",
        .text = "Здравствуйте! Хочу узнать про виниры",
        .id = "ru2-a",
        .platform = tg});
  // and the second then turns it down before the follow-up is due
  Post({.user = "ru-2",
        .text = "Мне не нужны виниры, спасибо",
        .id = "ru2-b",
        .platform = tg,
        .sent_at = "2026-03-11T08:30:00Z"});
  const auto contexts = Contexts(3);

  // then the bot is told the state, and what to promise, in Russian
  const auto& asked = contexts.at("ru1-a");
  EXPECT_EQ(asked.conversation_state(), "service_inquiry");
  EXPECT_EQ(asked.conversation_subject(), "виниры");
  EXPECT_EQ(asked.follow_up_notice(), "Я свяжусь с вами через 1,5 часа.");
  ASSERT_EQ(asked.pending_follow_ups_size(), 1);
  EXPECT_EQ(asked.pending_follow_ups(0).urgency(), "medium");
  EXPECT_EQ(asked.pending_follow_ups(0).due_at().seconds(), 1773222300) << "09:45 UTC";
  const auto& declined = contexts.at("ru2-b");
  EXPECT_EQ(declined.conversation_state(), "idle");
  EXPECT_EQ(declined.pending_follow_ups_size(), 0);
  EXPECT_EQ(Sql("SELECT status FROM follow_ups WHERE user_id = 'ru-2'"), "settled");
  EXPECT_EQ(Sql("SELECT state || ' ' || subject FROM conversation_states "
                "WHERE conversation_id = 'dm-PLATFORM_TELEGRAM-ru-1'"),
            "service_inquiry виниры");

  // when the clock reaches 89 minutes later, nothing is sent yet
  SetClock("2026-03-11T09:44:00Z");
  std::this_thread::sleep_for(std::chrono::seconds(1));
  EXPECT_EQ(Sql("SELECT count(*) FROM follow_ups WHERE sent_at IS NOT NULL"), "0");
  // at 91 minutes the first user's follow-up goes out, in Russian, on their conversation
  SetClock("2026-03-11T09:46:00Z");
  auto sent = Outbound(1);
  ASSERT_EQ(sent.size(), 1u);
  const auto& follow_up = sent.at("followup-ev-ru1-a");
  EXPECT_EQ(follow_up.kind(), v1::OUTBOUND_KIND_FOLLOW_UP);
  EXPECT_EQ(follow_up.language(), "ru");
  EXPECT_EQ(follow_up.conversation().id(), "dm-PLATFORM_TELEGRAM-ru-1");
  EXPECT_NE(follow_up.text().find("виниры"), std::string::npos) << follow_up.text();
  for (char c : follow_up.text()) {
    EXPECT_FALSE(std::isalpha(static_cast<unsigned char>(c))) << "no Latin: " << follow_up.text();
  }
  // and the settled one never does
  SetClock("2026-03-11T12:00:00Z");
  std::this_thread::sleep_for(std::chrono::seconds(2));
  EXPECT_EQ(Sql("SELECT status || ' ' || (sent_at IS NULL) FROM follow_ups WHERE user_id = 'ru-2'"),
            "settled true");
  // (the reader needs a few seconds to join its group on the development broker)
  sent = Outbound(2, nullptr, std::chrono::seconds(10));
  EXPECT_EQ(sent.size(), 1u);
  EXPECT_FALSE(sent.contains("followup-ev-ru2-a"));
}

TEST_F(ProactiveE2eTest, RemindersTurnedOffAfterPlanningAreNotSentWhenDue) {
  // Given a tenant whose follow-ups stay pending whatever the user writes next, and a
  // Portuguese speaker promised one and told of a meeting with its reminders
  Sql("INSERT INTO follow_up_policies (tenant, settle_on_user_message) VALUES ('acme', false)");
  const std::string tg = "PLATFORM_TELEGRAM";
  Post({.user = "pt-1", .text = "Quero saber sobre clareamento", .id = "pt1-a", .platform = tg});
  Post({.user = "pt-1",
        .text = "Consulta com o dentista amanhã às 15h30",
        .id = "pt1-b",
        .platform = tg,
        .sent_at = "2026-03-11T08:16:00Z"});
  // who then turns reminders off
  Post({.user = "pt-1",
        .text = "/reminders off",
        .id = "pt1-c",
        .platform = tg,
        .sent_at = "2026-03-11T08:17:00Z"});
  WaitForRows("greeting_preferences", "user_id = 'pt-1' AND cardinality(muted) = 4", 1);
  // then the fleet confirms it in Portuguese on chat.outbound
  auto out = Outbound(1);
  ASSERT_TRUE(out.contains("setting-ev-pt1-c"));
  EXPECT_EQ(out.at("setting-ev-pt1-c").kind(), v1::OUTBOUND_KIND_SETTING);
  EXPECT_NE(out.at("setting-ev-pt1-c").text().find("lembretes"), std::string::npos)
      << out.at("setting-ev-pt1-c").text();
  EXPECT_EQ(Sql("SELECT count(*) FROM follow_ups WHERE user_id = 'pt-1' AND status = 'pending'"),
            "1")
      << "planned before the command";
  // and when everything falls due (the meeting's preparation, the follow-up), nothing is sent:
  // the scheduler cancels what the user turned off
  SetClock("2026-03-13T12:00:00Z");
  WaitForRows("follow_ups", "user_id = 'pt-1' AND status = 'cancelled'", 1);
  WaitForRows("proactive_sessions p JOIN user_schedules s ON s.id = p.schedule_id",
              "s.user_id = 'pt-1' AND p.cancelled_at IS NOT NULL AND p.kind = 'preparation'", 1);
  std::map<std::string, int> copies;
  out = Outbound(2, &copies, std::chrono::seconds(3));
  EXPECT_EQ(out.size(), 1u) << "only the confirmation";
  EXPECT_EQ(Sql("SELECT count(*) FROM follow_ups WHERE sent_at IS NOT NULL"), "0");
  EXPECT_GE(MetricValue(HttpGet(fleet_.scheduler_url() + "/metrics").body,
                        "chatfleet_scheduler_muted_total"),
            2);
}

TEST_F(ProactiveE2eTest, AUsersTimezoneCommandOrStatementPlacesTheirNextMeetings) {
  // Given a user in Berlin's default zone who says they are on Lisbon time
  const std::string tg = "PLATFORM_TELEGRAM";
  Post({.user = "tz-1", .text = "/timezone Europe/Lisbon", .id = "tz1-a", .platform = tg});
  Post({.user = "tz-1",
        .text = "Dentist tomorrow at 10 AM",
        .id = "tz1-b",
        .platform = tg,
        .sent_at = "2026-03-11T08:16:00Z"});
  // and a Portuguese speaker who says in a sentence where they are
  Post({.user = "tz-2", .text = "Oi! Estou em São Paulo", .id = "tz2-a", .platform = tg});
  WaitForRows("user_schedules", "user_id = 'tz-1'", 1);
  // then the command is confirmed, the profile says who chose it, and the meeting is 10:00 in
  // Lisbon (UTC+0 in March), not in Berlin
  const auto out = Outbound(1);
  ASSERT_TRUE(out.contains("setting-ev-tz1-a"));
  EXPECT_NE(out.at("setting-ev-tz1-a").text().find("Europe/Lisbon"), std::string::npos);
  EXPECT_EQ(Sql("SELECT timezone || ' ' || timezone_source FROM user_profiles "
                "WHERE user_id = 'tz-1'"),
            "Europe/Lisbon chosen");
  EXPECT_EQ(Sql("SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' ' || "
                "timezone FROM user_schedules WHERE user_id = 'tz-1'"),
            "2026-03-12 10:00 Europe/Lisbon");
  WaitForRows("user_profiles", "user_id = 'tz-2' AND timezone = 'America/Sao_Paulo'", 1);
  EXPECT_FALSE(out.contains("setting-ev-tz2-a")) << "a sentence is the bot's to answer";
}

}  // namespace
}  // namespace chatfleet::testing
