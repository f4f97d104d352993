// chatfleet-delivery against local stand-ins of the three send APIs (tests/support/
// fake_platforms.py), the real broker and the real PostgreSQL: what the platforms receive,
// field by field; once per id; 429s, 5xx and permanent errors; the limits under load.

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <map>
#include <set>

#include "chatfleet/v1/chat_event.pb.h"
#include "chatfleet/v1/dead_letter.pb.h"
#include "chatfleet/v1/outbound_message.pb.h"
#include "shared/kafka/producer.h"
#include "tests/support/fake_platforms.h"
#include "tests/support/fleet.h"
#include "tests/support/jaeger.h"

namespace chatfleet::testing {
namespace {

namespace json = boost::json;
using std::chrono::seconds;

constexpr char kTraceId[] = "4bf92f3577b34da6a3ce929d0e0e4736";

v1::OutboundMessage Outbound(const std::string& id, v1::Platform platform,
                             const std::string& conversation, const std::string& text) {
  v1::OutboundMessage message;
  message.set_id(id);
  message.set_tenant("clinic");
  message.set_bot("elena");
  message.set_platform(platform);
  message.mutable_conversation()->set_id(conversation);
  message.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_DIRECT);
  message.set_text(text);
  message.set_kind(v1::OUTBOUND_KIND_FOLLOW_UP);
  message.set_source_event_id("e-" + id);
  return message;
}

std::string BodyField(const json::value& request, std::string_view field) {
  return json::serialize(json::parse(request.at("body").as_string()).at(field));
}

class DeliveryE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    schema_.Migrate();
    // The instances as ./fleet tenants registers them, plus the name of each send token.
    Psql(schema_.url(),
         "INSERT INTO tenants (tenant) VALUES ('clinic');"
         "INSERT INTO tenant_instances (platform, instance, tenant, bot, secret_sha256, "
         "verify_token_sha256, app_secret_ref, send_token_ref) VALUES "
         "('telegram', 'clinic-bot', 'clinic', 'elena', 'aa', NULL, NULL, 'tg-send'),"
         "('whatsapp', '106540352242922', 'clinic', 'elena', NULL, 'bb', 'wa-app', 'wa-send'),"
         "('discord', 'relay', 'clinic', 'elena', 'cc', NULL, NULL, 'dc-send')");
  }

  /// Delivery on the fake platforms with the instances' send tokens (and `extra_env`).
  void StartDelivery(const std::map<std::string, std::string>& extra_env = {}) {
    std::map<std::string, std::string> env{
        {"CHATFLEET_TELEGRAM_API_URL", platforms_.telegram_url()},
        {"CHATFLEET_WHATSAPP_API_URL", platforms_.whatsapp_url()},
        {"CHATFLEET_DISCORD_API_URL", platforms_.discord_url()},
        {"CHATFLEET_SECRET_TG_SEND", "tg-token-1"},
        {"CHATFLEET_SECRET_WA_SEND", "wa-token-1"},
        {"CHATFLEET_SECRET_DC_SEND", "dc-token-1"}};
    env.insert(extra_env.begin(), extra_env.end());
    delivery_url_ = fleet_.StartDelivery(env);
  }

  void Send(const v1::OutboundMessage& message) {
    kafka::OutgoingMessage out{
        fleet_.outbound_topic(),
        message.tenant() + "/" + v1::Platform_Name(message.platform()) + "/" +
            message.conversation().id(),
        message.SerializeAsString(),
        {{"traceparent", std::string("00-") + kTraceId + "-00f067aa0ba902b7-01"},
         {"chatfleet-outbound-id", message.id()}}};
    ASSERT_TRUE(producer_.ProduceAndWait(out, seconds(10)));
  }

  std::string Status(const std::string& id) {
    return Psql(
        schema_.url(),
        "SELECT status || '|' || coalesce(reason, '') || '|' || coalesce(platform_message_id, '') "
        "FROM outbound_deliveries WHERE outbound_id = '" +
            id + "'");
  }

  bool WaitSettled(const std::vector<std::string>& ids,
                   std::chrono::seconds timeout = seconds(30)) {
    return WaitUntil(
        [&] {
          for (const auto& id : ids) {
            const auto status = Status(id);
            if (!status.starts_with("sent|") && !status.starts_with("failed|")) return false;
          }
          return true;
        },
        timeout);
  }

  // The requests whose body carries `text` (each test's texts are unique).
  std::vector<json::value> RequestsWith(const std::string& text) {
    std::vector<json::value> found;
    for (const auto& request : platforms_.Requests()) {
      if (std::string(request.at("body").as_string()).find(text) != std::string::npos) {
        found.push_back(request);
      }
    }
    return found;
  }

  double Metric(const std::string& sample) {
    return MetricValue(HttpGet(delivery_url_ + "/metrics").body, sample);
  }

  TestSchema schema_{"delivery"};
  LocalFleet fleet_{schema_, 1};
  FakePlatforms platforms_{"tg-token-1", "wa-token-1", "dc-token-1"};
  kafka::Producer producer_{kafka::ProducerOptions{.brokers = fleet_.brokers(), .extra = {}}};
  std::string delivery_url_;
};

TEST_F(DeliveryE2eTest, SendsThroughEachPlatformOnceAndPostsTheSentMessageToHistory) {
  StartDelivery();
  // Given one message for each platform
  auto telegram = Outbound("followup-tg", v1::PLATFORM_TELEGRAM, "42", "Привет, это напоминание");
  telegram.set_reply_to_message_id("77");
  const auto whatsapp = Outbound("followup-wa", v1::PLATFORM_WHATSAPP,
                                 "106540352242922/4915112345678", "Hola, ¿seguimos?");
  auto discord = Outbound("meeting-dc-1-preparation", v1::PLATFORM_DISCORD, "guild-1/chan-7",
                          "Meeting in 30 minutes 🎉");
  discord.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_GROUP);
  discord.mutable_conversation()->set_channel_id("chan-7");
  discord.set_user_id("123456789012345");
  // When delivery reads them
  for (const auto& message : {telegram, whatsapp, discord}) Send(message);
  ASSERT_TRUE(WaitSettled({"followup-tg", "followup-wa", "meeting-dc-1-preparation"}));

  // Then each platform got its documented request
  const auto tg = RequestsWith("Привет");
  ASSERT_EQ(tg.size(), 1u);
  EXPECT_EQ(tg[0].at("path").as_string(), "/telegram/bottg-token-1/sendMessage");
  EXPECT_EQ(BodyField(tg[0], "chat_id"), "42");  // a JSON integer
  EXPECT_EQ(json::parse(tg[0].at("body").as_string()).at("text").as_string(),
            "Привет, это напоминание");
  EXPECT_EQ(BodyField(tg[0], "reply_parameters"),
            R"({"message_id":77,"allow_sending_without_reply":true})");
  const auto wa = RequestsWith("seguimos");
  ASSERT_EQ(wa.size(), 1u);
  EXPECT_EQ(wa[0].at("path").as_string(), "/whatsapp/v21.0/106540352242922/messages");
  EXPECT_EQ(wa[0].at("headers").at("Authorization").as_string(), "Bearer wa-token-1");
  EXPECT_EQ(BodyField(wa[0], "messaging_product"), R"("whatsapp")");
  EXPECT_EQ(BodyField(wa[0], "to"), R"("4915112345678")");
  EXPECT_EQ(BodyField(wa[0], "type"), R"("text")");
  EXPECT_EQ(json::parse(wa[0].at("body").as_string()).at("text").at("body").as_string(),
            "Hola, ¿seguimos?");
  const auto dc = RequestsWith("Meeting in 30");
  ASSERT_EQ(dc.size(), 1u);
  EXPECT_EQ(dc[0].at("path").as_string(), "/discord/api/v10/channels/chan-7/messages");
  EXPECT_EQ(dc[0].at("headers").at("Authorization").as_string(), "Bot dc-token-1");
  EXPECT_EQ(json::parse(dc[0].at("body").as_string()).at("content").as_string(),
            "Meeting in 30 minutes 🎉");
  EXPECT_EQ(BodyField(dc[0], "allowed_mentions"), R"({"parse":[],"users":["123456789012345"]})");

  // And each id is recorded sent with the platform's message id
  const auto tg_row = Status("followup-tg");
  const auto wa_row = Status("followup-wa");
  EXPECT_TRUE(tg_row.starts_with("sent||10")) << tg_row;
  EXPECT_TRUE(wa_row.starts_with("sent||wamid.")) << wa_row;
  EXPECT_TRUE(Status("meeting-dc-1-preparation").starts_with("sent||118"));

  // And the bot's sent messages are on chat.events as assistant events of the same trace
  const auto events = ReadAll(fleet_.events_topic(), 3);
  ASSERT_EQ(events.size(), 3u);
  std::map<std::string, v1::ChatEvent> by_id;
  for (const auto& record : events) {
    v1::ChatEvent event;
    ASSERT_TRUE(event.ParseFromString(record.value));
    by_id[event.event_id()] = event;
    const auto context = trace::Extract(record.headers);
    ASSERT_TRUE(context);
    EXPECT_EQ(context->TraceIdHex(), kTraceId);
    EXPECT_EQ(record.key, event.tenant() + "/" + v1::Platform_Name(event.platform()) + "/" +
                              event.conversation().id());
  }
  ASSERT_TRUE(by_id.contains("sent-followup-tg"));
  const auto& sent = by_id["sent-followup-tg"];
  EXPECT_EQ(sent.role(), v1::ROLE_ASSISTANT);
  EXPECT_EQ(sent.sender().user_id(), "elena");
  EXPECT_TRUE(sent.sender().is_bot());
  EXPECT_EQ(sent.text(), telegram.text());
  EXPECT_EQ(sent.platform_message_id(), tg_row.substr(std::string("sent||").size()));
  EXPECT_EQ(sent.reply_to_message_id(), "77");

  // When the same id is read again (a redelivery, a replay) next to a new message
  Send(telegram);
  Send(Outbound("followup-marker", v1::PLATFORM_TELEGRAM, "43", "marker after the replay"));
  ASSERT_TRUE(WaitSettled({"followup-marker"}));
  // (the replay waits for its chat's one-second spacing like any message to it)
  EXPECT_TRUE(
      WaitUntil([&] { return Metric("chatfleet_delivery_duplicates_total") == 1; }, seconds(10)));
  // Then it is not sent again; its history event is posted again with the same id
  EXPECT_EQ(RequestsWith("Привет").size(), 1u);
  const auto again = ReadAll(fleet_.events_topic(), 5, seconds(10));
  EXPECT_EQ(again.size(), 5u);  // the three, the marker's, and the replay's (same event id)
  std::set<std::string> event_ids;
  for (const auto& record : again) {
    v1::ChatEvent event;
    ASSERT_TRUE(event.ParseFromString(record.value));
    event_ids.insert(event.event_id());
  }
  EXPECT_EQ(event_ids.size(), 4u);
  EXPECT_EQ(Metric("chatfleet_delivery_sent_total{platform=\"telegram\"}"), 2);
}

TEST_F(DeliveryE2eTest, HonoursRetryAfterRetries5xxAndRecordsPermanentErrors) {
  StartDelivery();
  // Given a chat answered 429 (retry after 2 s) once, one answered 500 once, a user who blocked
  // the bot, a WhatsApp user outside the 24-hour window and a Discord channel that is gone
  platforms_.Script(R"({"telegram/100": ["429:2"], "telegram/101": ["500"], "telegram/102": ["403"],
                       "whatsapp/4915100000001": ["131047"], "discord/gone": ["404"]})");
  Send(Outbound("t-429", v1::PLATFORM_TELEGRAM, "100", "throttled text"));
  Send(Outbound("t-500", v1::PLATFORM_TELEGRAM, "101", "flaky text"));
  Send(Outbound("t-403", v1::PLATFORM_TELEGRAM, "102", "blocked text"));
  Send(Outbound("t-ok", v1::PLATFORM_TELEGRAM, "103", "bystander text"));
  Send(Outbound("w-window", v1::PLATFORM_WHATSAPP, "106540352242922/4915100000001", "late text"));
  Send(Outbound("d-gone", v1::PLATFORM_DISCORD, "gone", "nowhere text"));
  auto ghost = Outbound("t-nocreds", v1::PLATFORM_TELEGRAM, "104", "no credentials text");
  ghost.set_bot("ghost");  // no instance of the tenant sends as this bot
  Send(ghost);
  ASSERT_TRUE(WaitSettled({"t-429", "t-500", "t-403", "t-ok", "w-window", "d-gone", "t-nocreds"}));

  EXPECT_TRUE(Status("t-429").starts_with("sent|")) << Status("t-429");
  EXPECT_TRUE(Status("t-500").starts_with("sent|")) << Status("t-500");
  EXPECT_TRUE(Status("t-403").starts_with("failed|blocked|")) << Status("t-403");
  EXPECT_TRUE(Status("w-window").starts_with("failed|window_closed|")) << Status("w-window");
  EXPECT_TRUE(Status("d-gone").starts_with("failed|unknown_chat|")) << Status("d-gone");
  EXPECT_TRUE(Status("t-nocreds").starts_with("failed|no_credentials|")) << Status("t-nocreds");
  EXPECT_TRUE(RequestsWith("no credentials text").empty());
  EXPECT_EQ(
      Psql(schema_.url(), "SELECT detail FROM outbound_deliveries WHERE outbound_id = 'w-window'")
              .find("24 hours") != std::string::npos,
      true);

  // The 429's Retry-After was honoured, the 500 retried after a backoff
  const auto throttled = RequestsWith("throttled text");
  ASSERT_EQ(throttled.size(), 2u);
  const double gap = throttled[1].at("time").as_double() - throttled[0].at("time").as_double();
  EXPECT_GE(gap, 1.95);
  const auto flaky = RequestsWith("flaky text");
  ASSERT_EQ(flaky.size(), 2u);
  EXPECT_GE(flaky[1].at("time").as_double() - flaky[0].at("time").as_double(), 0.9);
  // And the other conversations were not held back by the waiting ones
  const auto bystander = RequestsWith("bystander text");
  ASSERT_EQ(bystander.size(), 1u);
  EXPECT_LT(bystander[0].at("time").as_double(), throttled[1].at("time").as_double());
  EXPECT_EQ(RequestsWith("blocked text").size(), 1u);  // a permanent error is not retried

  // And every permanent failure is counted and dead-lettered with its reason
  EXPECT_EQ(Metric("chatfleet_delivery_failed_total{platform=\"telegram\",reason=\"blocked\"}"), 1);
  EXPECT_EQ(
      Metric("chatfleet_delivery_failed_total{platform=\"whatsapp\",reason=\"window_closed\"}"), 1);
  EXPECT_EQ(Metric("chatfleet_delivery_throttled_total{platform=\"telegram\",scope=\"chat\"}"), 1);
  EXPECT_EQ(Metric("chatfleet_delivery_retries_total{platform=\"telegram\",reason=\"http_500\"}"),
            1);
  const auto letters = ReadAll(fleet_.dlq_topic(), 4);
  ASSERT_EQ(letters.size(), 4u);
  std::set<std::string> reasons;
  for (const auto& record : letters) {
    v1::DeadLetter letter;
    ASSERT_TRUE(letter.ParseFromString(record.value));
    EXPECT_EQ(letter.stage(), "deliver");
    EXPECT_EQ(letter.source_topic(), fleet_.outbound_topic());
    reasons.insert(letter.reason().substr(0, letter.reason().find(':')));
  }
  EXPECT_EQ(reasons,
            (std::set<std::string>{"blocked", "window_closed", "unknown_chat", "no_credentials"}));
}

TEST_F(DeliveryE2eTest, AScheduleAnswerReachesTheUserAndTheBotsMessageIsStoredInHistory) {
  // Given the whole path: ingest, a worker (which answers /schedule on chat.outbound), delivery,
  // each exporting its spans to Jaeger
  const std::map<std::string, std::string> tracing{
      {"OTEL_EXPORTER_OTLP_ENDPOINT", JaegerOtlpEndpoint()}};
  fleet_.StartIngest(tracing);
  fleet_.StartWorker(tracing);
  StartDelivery(tracing);
  // When a user asks for their schedule
  const auto posted = HttpPost(
      fleet_.ingest_url() + "/v1/events",
      R"({"tenant":"clinic","bot":"elena","platform":"PLATFORM_TELEGRAM",
          "conversation":{"id":"777","kind":"CONVERSATION_KIND_DIRECT"},
          "sender":{"userId":"777","displayName":"Ann"},"role":"ROLE_USER","text":"/schedule",
          "source":"SOURCE_TEXT","platformMessageId":"m-1","sentAt":"2026-12-03T10:00:00Z"})",
      "application/json", {std::string("traceparent: 00-") + kTraceId + "-00f067aa0ba902b7-01"});
  ASSERT_EQ(posted.status, 202) << posted.body;
  // Then Telegram gets the answer, and history stores it as the bot's message with the
  // platform's id, in the trace of the user's request
  std::string row;
  ASSERT_TRUE(WaitUntil(
      [&] {
        row = Psql(schema_.url(),
                   "SELECT user_id || '|' || coalesce(user_name, '') || '|' || platform_message_id "
                   "|| '|' || coalesce(trace_id, '') || '|' || content FROM chat_history "
                   "WHERE conversation_id = '777' AND role = 'assistant'");
        return !row.empty();
      },
      seconds(30)));
  const auto requests = platforms_.Requests();
  ASSERT_EQ(requests.size(), 1u);
  const std::string text(json::parse(requests[0].at("body").as_string()).at("text").as_string());
  EXPECT_EQ(BodyField(requests[0], "chat_id"), "777");
  const auto sent = Psql(
      schema_.url(), "SELECT platform_message_id FROM outbound_deliveries WHERE status = 'sent'");
  EXPECT_EQ(row, "elena||" + sent + "|" + kTraceId + "|" + text);

  // And the send is a client span of delivery in the user's trace, the child of the worker's
  // chat.outbound publish span, with the sent message's publish span as its own child
  std::vector<JaegerSpan> spans;
  const auto find = [&](const std::string& service, const std::string& operation) {
    for (const auto& span : spans)
      if (span.service == service && span.operation == operation) return &span;
    return static_cast<const JaegerSpan*>(nullptr);
  };
  ASSERT_TRUE(WaitUntil(
      [&] {
        spans = JaegerTrace(kTraceId);
        return find("chatfleet-delivery", "send telegram") &&
               find("chatfleet-delivery", fleet_.events_topic() + " publish") &&
               find("chatfleet-workers", fleet_.outbound_topic() + " publish");
      },
      seconds(30)));
  const JaegerSpan& send = *find("chatfleet-delivery", "send telegram");
  EXPECT_EQ(send.kind(), "client");
  EXPECT_EQ(send.parent(),
            find("chatfleet-workers", fleet_.outbound_topic() + " publish")->span_id);
  EXPECT_EQ(send.tags.at("chatfleet.platform"), "telegram");
  EXPECT_EQ(send.tags.at("chatfleet.delivery.outcome"), "sent");
  EXPECT_EQ(send.tags.at("http.response.status_code"), "200");
  EXPECT_EQ(send.tags.at("chatfleet.platform_message_id"), sent);
  EXPECT_EQ(find("chatfleet-delivery", fleet_.events_topic() + " publish")->parent(), send.span_id);
  for (const auto& [key, value] : send.tags) {
    EXPECT_EQ(value.find("tg-token-1"), std::string::npos) << key;  // no credential in a span
  }
}

TEST_F(DeliveryE2eTest, ARequestLeftInFlightByADeadProcessIsNeverSentAgain) {
  StartDelivery();
  // Given the rows a process that died left: one claimed two hours ago with a request in flight
  // ('sending': did the platform take it? nobody knows), one between attempts ('waiting': the
  // platform said 429, so it was not sent)
  Psql(schema_.url(),
       "INSERT INTO outbound_deliveries (outbound_id, tenant, bot, platform, conversation_id, "
       "instance, status, attempts, owner, claimed_at) VALUES "
       "('in-flight', 'clinic', 'elena', 'telegram', '500', 'clinic-bot', 'sending', 1, 'dead-1', "
       "now() - interval '2 hours'),"
       "('between', 'clinic', 'elena', 'telegram', '501', 'clinic-bot', 'waiting', 1, 'dead-1', "
       "now() - interval '2 hours')");
  // When both ids are delivered again
  Send(Outbound("in-flight", v1::PLATFORM_TELEGRAM, "500", "maybe sent text"));
  Send(Outbound("between", v1::PLATFORM_TELEGRAM, "501", "not yet sent text"));
  ASSERT_TRUE(WaitSettled({"in-flight", "between"}));
  // Then the one that may have reached the user is settled as outcome_unknown, not sent again,
  // and dead-lettered for an operator; the other one is sent (its second attempt)
  EXPECT_TRUE(Status("in-flight").starts_with("failed|outcome_unknown|")) << Status("in-flight");
  EXPECT_TRUE(RequestsWith("maybe sent text").empty());
  EXPECT_TRUE(Status("between").starts_with("sent|")) << Status("between");
  EXPECT_EQ(
      Psql(schema_.url(), "SELECT attempts FROM outbound_deliveries WHERE outbound_id = 'between'"),
      "2");
  EXPECT_EQ(RequestsWith("not yet sent text").size(), 1u);
  const auto letters = ReadAll(fleet_.dlq_topic(), 1);
  ASSERT_EQ(letters.size(), 1u);
  v1::DeadLetter letter;
  ASSERT_TRUE(letter.ParseFromString(letters[0].value));
  EXPECT_TRUE(letter.reason().starts_with("outcome_unknown")) << letter.reason();
  EXPECT_EQ(
      Metric("chatfleet_delivery_failed_total{platform=\"telegram\",reason=\"outcome_unknown\"}"),
      1);
}

TEST_F(DeliveryE2eTest, NoPerChatPerBotOrRouteLimitIsExceededUnderLoad) {
  StartDelivery();
  // Given 5 messages for one Telegram chat, 55 for as many other chats (more than the bot's
  // 30 per second), 5 for one Discord channel (its route allows 2 a second) and 2 for one
  // WhatsApp user (one every 6 s)
  std::vector<std::string> ids;
  for (int i = 0; i < 5; ++i) {
    ids.push_back("same-" + std::to_string(i));
    Send(Outbound(ids.back(), v1::PLATFORM_TELEGRAM, "200", "load same chat " + std::to_string(i)));
  }
  for (int i = 0; i < 55; ++i) {
    ids.push_back("many-" + std::to_string(i));
    Send(Outbound(ids.back(), v1::PLATFORM_TELEGRAM, std::to_string(300 + i), "load many chats"));
  }
  for (int i = 0; i < 5; ++i) {
    ids.push_back("route-" + std::to_string(i));
    Send(Outbound(ids.back(), v1::PLATFORM_DISCORD, "busy", "load route " + std::to_string(i)));
  }
  for (int i = 0; i < 2; ++i) {
    ids.push_back("pair-" + std::to_string(i));
    Send(Outbound(ids.back(), v1::PLATFORM_WHATSAPP, "106540352242922/4915100000009",
                  "load pair " + std::to_string(i)));
  }
  ASSERT_TRUE(WaitSettled(ids, seconds(60)));
  for (const auto& id : ids) EXPECT_TRUE(Status(id).starts_with("sent|")) << id;

  // Then the platforms never had to refuse one: no request over any limit, no 429
  const auto requests = platforms_.Requests();
  std::vector<double> telegram_times;
  std::vector<double> same_chat;
  for (const auto& request : requests) {
    EXPECT_EQ(request.at("violation").as_string(), "") << json::serialize(request);
    EXPECT_EQ(request.at("status").as_int64(), 200) << json::serialize(request);
    if (request.at("platform").as_string() != "telegram") continue;
    telegram_times.push_back(request.at("time").as_double());
    if (BodyField(request, "chat_id") == "200") same_chat.push_back(request.at("time").as_double());
  }
  ASSERT_EQ(telegram_times.size(), 60u);
  ASSERT_EQ(same_chat.size(), 5u);
  for (std::size_t i = 1; i < same_chat.size(); ++i) {
    EXPECT_GE(same_chat[i] - same_chat[i - 1], 0.98) << i;  // 1 per second per chat
  }
  std::sort(telegram_times.begin(), telegram_times.end());
  for (std::size_t i = 30; i < telegram_times.size(); ++i) {
    EXPECT_GE(telegram_times[i] - telegram_times[i - 30], 0.98) << i;  // never 31 in a second
  }
  const auto pair = RequestsWith("load pair");
  ASSERT_EQ(pair.size(), 2u);
  EXPECT_GE(pair[1].at("time").as_double() - pair[0].at("time").as_double(), 5.98);
}

}  // namespace
}  // namespace chatfleet::testing
