// The spine end to end: HTTP → ingest → Kafka → workers → PostgreSQL, with the real binaries,
// the development broker and PostgreSQL, checked with independent clients (curl, psql, kcat,
// protoc).
#include <gtest/gtest.h>
#include <signal.h>

#include "chatfleet/v1/chat_event.pb.h"
#include "chatfleet/v1/dead_letter.pb.h"
#include "tests/support/fleet.h"
#include "tests/support/kafka_topic.h"

namespace chatfleet::testing {
namespace {

constexpr char kTraceparent[] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

std::string EventJson(const std::string& message_id, const std::string& text,
                      const std::string& role = "ROLE_USER", const std::string& name = "Sarah 🎉") {
  return R"({"tenant": "acme", "bot": "elena", "platform": "PLATFORM_DISCORD",
    "conversation": {"id": "guild-1/chan-7", "kind": "CONVERSATION_KIND_GROUP", "channelId": "chan-7"},
    "sender": {"userId": "123456789012345", "displayName": ")" +
         name + R"(", "isBot": false}, "role": ")" + role + R"(", "text": ")" + text +
         R"(", "source": "SOURCE_TEXT", "platformMessageId": ")" + message_id +
         R"(", "replyToMessageId": "", "sentAt": "2026-11-22T10:00:00Z"})";
}

std::string Count(const TestSchema& schema, const std::string& where = "true") {
  return Psql(schema.url(), "SELECT count(*) FROM chat_history WHERE " + where);
}

class SpineTest : public ::testing::Test {
 protected:
  SpineTest() : fleet_(schema_, 4) {
    schema_.Migrate();
    fleet_.StartIngest();
    fleet_.StartWorker();
  }

  TestSchema schema_;
  LocalFleet fleet_;
};

TEST_F(SpineTest, AnAcceptedEventIsStoredOnceAndTheBotsReplyHasNoName) {
  // Given a valid event, when posted twice
  const auto start = std::chrono::steady_clock::now();
  const auto first = HttpPost(fleet_.ingest_url() + "/v1/events", EventJson("m-1", "hi all"),
                              "application/json", {"X-Request-ID: req-42"});
  ASSERT_EQ(first.status, 202) << first.body;
  EXPECT_NE(first.body.find("\"eventId\""), std::string::npos);
  EXPECT_NE(first.headers.find("req-42"), std::string::npos) << "X-Request-ID echoed";
  ASSERT_TRUE(WaitUntil([&] { return Count(schema_) == "1"; }, std::chrono::seconds(10)));
  const auto stored_after = std::chrono::steady_clock::now() - start;
  RecordProperty("accepted_to_stored_ms",
                 static_cast<int>(
                     std::chrono::duration_cast<std::chrono::milliseconds>(stored_after).count()));
  ASSERT_EQ(HttpPost(fleet_.ingest_url() + "/v1/events", EventJson("m-1", "hi all")).status, 202);
  // and the bot replies
  ASSERT_EQ(HttpPost(fleet_.ingest_url() + "/v1/events",
                     EventJson("m-2", "hello Sarah", "ROLE_ASSISTANT", "Elena"))
                .status,
            202);
  // then one row per message, the bot's without a user name
  ASSERT_TRUE(WaitUntil([&] { return Count(schema_) == "2"; }, std::chrono::seconds(10)));
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  EXPECT_EQ(Count(schema_, "platform_message_id = 'm-1'"), "1");
  EXPECT_EQ(
      Psql(schema_.url(),
           "SELECT user_name, role, content, channel_id, source FROM chat_history ORDER BY id"),
      "Sarah 🎉|user|hi all|chan-7|text\n|assistant|hello Sarah|chan-7|text");
}

TEST_F(SpineTest, BadInputGetsASpecificErrorAndNothingIsPublished) {
  struct Case {
    std::string body;
    std::string content_type;
    int status;
    std::string code;
    std::string field;
  };
  std::string no_sender = EventJson("m-1", "x");
  no_sender.replace(no_sender.find("\"sender\""),
                    no_sender.find("\"role\"") - no_sender.find("\"sender\""), "");
  const std::vector<Case> cases = {
      {"{\"tenant\": \"acme\",", "application/json", 400, "malformed_json", ""},
      {no_sender, "application/json", 422, "missing_field", "sender"},
      {EventJson("m-1", "x", "ROLE_OVERLORD"), "application/json", 422, "invalid_enum", "role"},
      {EventJson("m-1", "bad \xff utf8"), "application/json", 400, "invalid_utf8", ""},
      {std::string(2 << 20, ' '), "application/json", 413, "body_too_large", ""},
      {EventJson("m-1", "x"), "text/plain", 415, "unsupported_media_type", ""},
  };
  for (const auto& c : cases) {
    const auto answer = HttpPost(fleet_.ingest_url() + "/v1/events", c.body, c.content_type);
    EXPECT_EQ(answer.status, c.status) << c.code << ": " << answer.body;
    EXPECT_NE(answer.body.find("\"code\":\"" + c.code + "\""), std::string::npos) << answer.body;
    if (!c.field.empty()) {
      EXPECT_NE(answer.body.find("\"field\":\"" + c.field + "\""), std::string::npos)
          << answer.body;
    }
  }
  // A valid sentinel afterwards is the only message on the topic.
  ASSERT_EQ(HttpPost(fleet_.ingest_url() + "/v1/events", EventJson("m-ok", "ok")).status, 202);
  const auto messages = ReadAll(fleet_.events_topic(), 2, std::chrono::seconds(4));
  ASSERT_EQ(messages.size(), 1u);
  v1::ChatEvent event;
  ASSERT_TRUE(event.ParseFromString(messages[0].value));
  EXPECT_EQ(event.platform_message_id(), "m-ok");
}

TEST_F(SpineTest, KcatReadsTheEventWithItsTraceAndProtocDecodesIt) {
  ASSERT_EQ(HttpPost(fleet_.ingest_url() + "/v1/events", EventJson("m-1", "traced"),
                     "application/json", {std::string("traceparent: ") + kTraceparent})
                .status,
            202);
  const auto brokers = KafkaBrokers();
  const auto headers = RunCommand({"kcat", "-b", brokers, "-C", "-t", fleet_.events_topic(), "-o",
                                   "beginning", "-c", "1", "-e", "-q", "-f", "%k|%h\n"},
                                  "", std::chrono::seconds(30));
  ASSERT_EQ(headers.exit_code, 0);
  EXPECT_NE(headers.output.find("acme/PLATFORM_DISCORD/guild-1/chan-7|"), std::string::npos)
      << headers.output;
  EXPECT_NE(headers.output.find("traceparent=00-4bf92f3577b34da6a3ce929d0e0e4736-"),
            std::string::npos)
      << "the trace continues into Kafka: " << headers.output;
  EXPECT_EQ(headers.output.find("00f067aa0ba902b7-01"), std::string::npos)
      << "the producer span is a child, not the caller's span";

  const auto value = RunCommand({"kcat", "-b", brokers, "-C", "-t", fleet_.events_topic(), "-o",
                                 "beginning", "-c", "1", "-e", "-q", "-f", "%s"},
                                "", std::chrono::seconds(30));
  ASSERT_EQ(value.exit_code, 0);
  const auto decoded = RunCommand({"protoc", "--decode=chatfleet.v1.ChatEvent",
                                   "-I" + std::string(CHATFLEET_SOURCE_DIR) + "/proto",
                                   "-I/usr/include", "chatfleet/v1/chat_event.proto"},
                                  value.output);
  ASSERT_EQ(decoded.exit_code, 0) << decoded.output;
  EXPECT_NE(decoded.output.find("tenant: \"acme\""), std::string::npos) << decoded.output;
  EXPECT_NE(decoded.output.find("text: \"traced\""), std::string::npos) << decoded.output;
  EXPECT_NE(decoded.output.find("received_at {"), std::string::npos) << decoded.output;
}

TEST_F(SpineTest, GarbageOnTheTopicIsDeadLetteredAndThePartitionKeepsFlowing) {
  // Given a garbage message produced straight to chat.events with kcat, on the key of the
  // conversation that later valid events use
  const auto produced = RunCommand({"kcat", "-b", KafkaBrokers(), "-P", "-t", fleet_.events_topic(),
                                    "-k", "acme/PLATFORM_DISCORD/guild-1/chan-7"},
                                   "this is not a protobuf \xff\xfe");
  ASSERT_EQ(produced.exit_code, 0);
  // when valid events follow
  for (int i = 0; i < 3; ++i) {
    ASSERT_EQ(HttpPost(fleet_.ingest_url() + "/v1/events",
                       EventJson("m-" + std::to_string(i), "after garbage"))
                  .status,
              202);
  }
  // then they are stored and the garbage is in the DLQ with a reason and its original bytes
  ASSERT_TRUE(WaitUntil([&] { return Count(schema_) == "3"; }, std::chrono::seconds(15)));
  const auto letters = ReadAll(fleet_.dlq_topic(), 1, std::chrono::seconds(15));
  ASSERT_EQ(letters.size(), 1u);
  v1::DeadLetter letter;
  ASSERT_TRUE(letter.ParseFromString(letters[0].value));
  EXPECT_EQ(letter.original_value(), "this is not a protobuf \xff\xfe");
  EXPECT_EQ(letter.stage(), "decode");
  EXPECT_FALSE(letter.reason().empty());
  EXPECT_EQ(letter.source_topic(), fleet_.events_topic());
}

TEST(IngestWithoutBrokerTest, AnswersServiceUnavailableWithRetryAfter) {
  // Given an ingest whose broker does not answer (a closed port)
  const int port = FreePort();
  ChildProcess ingest({BinaryPath("ingest/chatfleet-ingest")},
                      {{"KAFKA_BROKERS", "127.0.0.1:" + std::to_string(FreePort())},
                       {"CHATFLEET_HTTP_ADDRESS", "127.0.0.1"},
                       {"CHATFLEET_HTTP_PORT", std::to_string(port)},
                       {"CHATFLEET_PUBLISH_TIMEOUT_MS", "1000"},
                       {"CHATFLEET_LOG_LEVEL", "error"}});
  const std::string url = "http://127.0.0.1:" + std::to_string(port);
  ASSERT_TRUE(WaitUntil(
      [&] {
        try {
          return HttpGet(url + "/healthz").status == 200;
        } catch (const std::exception&) {
          return false;
        }
      },
      std::chrono::seconds(20)));
  // when an event is posted, then the client is told to retry rather than told it was accepted
  const auto answer = HttpPost(url + "/v1/events", EventJson("m-1", "lost?"));
  EXPECT_EQ(answer.status, 503) << answer.body;
  EXPECT_NE(answer.body.find("\"code\":\"unavailable\""), std::string::npos) << answer.body;
  EXPECT_NE(answer.headers.find("Retry-After: 1"), std::string::npos) << answer.headers;
}

}  // namespace
}  // namespace chatfleet::testing
