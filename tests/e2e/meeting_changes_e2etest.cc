// Calling off and moving meetings end to end: a Spanish speaker's messages posted over HTTP to
// the real ingest, the real workers cancel and move the schedules in PostgreSQL and answer on
// chat.outbound, the real scheduler (at a clock the test moves) reminds only of the moved
// meeting at its new time, and chatfleet-delivery sends all of it to a local stand-in of the
// Telegram Bot API (tests/support/fake_platforms.py).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "chatfleet/v1/outbound_message.pb.h"
#include "tests/support/fake_platforms.h"
#include "tests/support/fleet.h"
#include "tests/support/kafka_topic.h"

namespace chatfleet::testing {
namespace {

namespace json = boost::json;

class MeetingChangesE2eTest : public ::testing::Test {
 protected:
  MeetingChangesE2eTest() : fleet_(schema_, 2) {
    schema_.Migrate();
    Psql(schema_.url(),
         "INSERT INTO tenants (tenant) VALUES ('acme');"
         "INSERT INTO tenant_instances (platform, instance, tenant, bot, secret_sha256, "
         "send_token_ref) VALUES ('telegram', 'acme-bot', 'acme', 'butler', 'aa', 'tg-send')");
    // Wednesday 2026-03-11, 09:15 in Madrid (UTC+1)
    WriteClockFile(clock_file_, "2026-03-11T08:15:00Z");
    fleet_.StartIngest();
    fleet_.StartWorker({{"CHATFLEET_DEFAULT_TIMEZONE", "Europe/Madrid"}});
    fleet_.StartScheduler(clock_file_);
    fleet_.StartDelivery({{"CHATFLEET_TELEGRAM_API_URL", platforms_.telegram_url()},
                          {"CHATFLEET_WHATSAPP_API_URL", platforms_.whatsapp_url()},
                          {"CHATFLEET_DISCORD_API_URL", platforms_.discord_url()},
                          {"CHATFLEET_SECRET_TG_SEND", "tg-token-1"}});
  }

  /// A message of user 77 in their Telegram chat 4242, written at `sent_at`.
  void Post(const std::string& id, const std::string& text, const std::string& sent_at) {
    const std::string body =
        "{\"eventId\": \"ev-" + id +
        "\", \"tenant\": \"acme\", \"bot\": \"butler\", \"platform\": \"PLATFORM_TELEGRAM\", "
        "\"conversation\": {\"id\": \"4242\", \"kind\": \"CONVERSATION_KIND_DIRECT\"}, "
        "\"sender\": {\"userId\": \"77\", \"displayName\": \"Lucía\"}, \"role\": \"ROLE_USER\", "
        "\"text\": " +
        JsonQuote(text) + ", \"platformMessageId\": \"" + id + "\", \"sentAt\": \"" + sent_at +
        "\"}";
    const auto answer = HttpPost(fleet_.ingest_url() + "/v1/events", body);
    ASSERT_EQ(answer.status, 202) << answer.body;
  }

  std::string Sql(const std::string& query) { return Psql(schema_.url(), query); }

  void WaitForRows(const std::string& table, const std::string& where, int count) {
    const std::string query = "SELECT count(*) FROM " + table + " WHERE " + where;
    ASSERT_TRUE(
        WaitUntil([&] { return Sql(query) == std::to_string(count); }, std::chrono::seconds(30)))
        << query << " = " << Sql(query);
  }

  std::map<std::string, v1::OutboundMessage> Outbound(std::size_t count) {
    std::map<std::string, v1::OutboundMessage> out;
    for (const auto& message : ReadAll(fleet_.outbound_topic(), count, std::chrono::seconds(30))) {
      v1::OutboundMessage outbound;
      EXPECT_TRUE(outbound.ParseFromString(message.value));
      out[outbound.id()] = outbound;
    }
    return out;
  }

  /// The texts Telegram was asked to send to chat 4242.
  std::vector<std::string> SentToTelegram() {
    std::vector<std::string> texts;
    for (const auto& request : platforms_.Requests()) {
      const auto body = json::parse(request.at("body").as_string());
      if (request.at("path").as_string() != "/telegram/bottg-token-1/sendMessage") continue;
      EXPECT_EQ(json::serialize(body.at("chat_id")), "4242");
      texts.emplace_back(body.at("text").as_string());
    }
    return texts;
  }

  bool SentOne(const std::string& fragment) {
    const auto texts = SentToTelegram();
    return std::count_if(texts.begin(), texts.end(), [&](const std::string& text) {
             return text.find(fragment) != std::string::npos;
           }) == 1;
  }

  TestSchema schema_{"meeting_changes"};
  LocalFleet fleet_;
  FakePlatforms platforms_{"tg-token-1", "wa-token-1", "dc-token-1"};
  std::string clock_file_ = "/tmp/chatfleet-" + schema_.name() + ".clock";
};

TEST_F(MeetingChangesE2eTest, ACancelledMeetingIsNeverRemindedAndAMovedOneAtItsNewTimeOnly) {
  // Given two meetings with their reminders
  Post("101", "Tengo cita con el dentista mañana a las 10", "2026-03-11T08:15:00Z");
  Post("102", "Reunión con el equipo el viernes a las 11", "2026-03-11T08:16:00Z");
  WaitForRows("proactive_sessions", "kind = 'preparation'", 2);
  // when the user calls the dentist off and moves the team meeting to Monday at 12
  Post("103", "se canceló la cita con el dentista", "2026-03-11T08:17:00Z");
  Post("104", "la reunión con el equipo se movió al lunes a las 12", "2026-03-11T08:18:00Z");

  // then the schedules say so, with the message that changed each
  WaitForRows("user_schedules", "status = 'cancelled'", 2);
  EXPECT_EQ(Sql("SELECT cancel_reason || ' ' || cancelled_by_event_id FROM user_schedules "
                "WHERE starts_at = '2026-03-12T09:00:00Z'"),
            "cancelled ev-103");
  EXPECT_EQ(Sql("SELECT cancel_reason || ' ' || cancelled_by_event_id FROM user_schedules "
                "WHERE starts_at = '2026-03-13T10:00:00Z'"),
            "moved ev-104");
  EXPECT_EQ(Sql("SELECT status || ' ' || source_event_id FROM user_schedules "
                "WHERE starts_at = '2026-03-16T11:00:00Z'"),
            "scheduled ev-104");
  // the old reminders are cancelled, the moved meeting has its own
  EXPECT_EQ(Sql("SELECT count(*) FROM proactive_sessions WHERE cancelled_at IS NOT NULL "
                "AND last_error LIKE 'meeting %'"),
            "4");
  EXPECT_EQ(Sql("SELECT to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM "
                "proactive_sessions WHERE outbound_id = 'meeting-ev-104-moved-preparation'"),
            "2026-03-16 10:30");
  // and the user is told, in Spanish, on chat.outbound
  auto out = Outbound(2);
  ASSERT_TRUE(out.contains("change-ev-103") && out.contains("change-ev-104")) << out.size();
  EXPECT_EQ(out.at("change-ev-103").kind(), v1::OUTBOUND_KIND_MEETING_CHANGE);
  EXPECT_EQ(out.at("change-ev-103").text().find("Cancelada: "), 0u)
      << out.at("change-ev-103").text();
  EXPECT_NE(out.at("change-ev-104").text().find("Movida: "), std::string::npos);
  EXPECT_NE(out.at("change-ev-104").text().find("12:00"), std::string::npos)
      << out.at("change-ev-104").text();

  // when everything falls due, the scheduler sends only the moved meeting's reminder
  WriteClockFile(clock_file_, "2026-03-16T10:31:00Z");
  WaitForRows("proactive_sessions", "sent_at IS NOT NULL", 1);
  EXPECT_EQ(Sql("SELECT outbound_id FROM proactive_sessions WHERE sent_at IS NOT NULL"),
            "meeting-ev-104-moved-preparation");
  out = Outbound(3);
  EXPECT_TRUE(out.contains("meeting-ev-104-moved-preparation"));
  EXPECT_FALSE(out.contains("meeting-ev-101-0-preparation"));
  EXPECT_FALSE(out.contains("meeting-ev-102-0-preparation"));

  // and Telegram got the two answers and that one reminder, each once
  ASSERT_TRUE(WaitUntil([&] { return SentToTelegram().size() >= 3; }, std::chrono::seconds(30)))
      << SentToTelegram().size();
  EXPECT_TRUE(SentOne("Cancelada: "));
  // the answers as Telegram replies to the messages they answer
  for (const auto& request : platforms_.Requests()) {
    const auto body = json::parse(request.at("body").as_string());
    const std::string text(body.at("text").as_string());
    if (text.starts_with("Cancelada: ")) {
      EXPECT_EQ(json::serialize(body.at("reply_parameters").at("message_id")), "103");
    }
  }
  EXPECT_TRUE(SentOne("Movida: "));
  EXPECT_TRUE(SentOne(out.at("meeting-ev-104-moved-preparation").text()));
  EXPECT_EQ(SentToTelegram().size(), 3u);
}

}  // namespace
}  // namespace chatfleet::testing
