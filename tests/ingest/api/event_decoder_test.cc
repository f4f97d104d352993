#include "ingest/api/event_decoder.h"

#include <gtest/gtest.h>

namespace chatfleet::ingest {
namespace {

// The canonical shape from the wire contract, as clients and platforms write it.
constexpr char kCanonical[] = R"({"eventId": "e-1",
  "tenant": "acme", "bot": "elena", "platform": "PLATFORM_DISCORD",
  "conversation": {"id": "guild-1/chan-7", "kind": "CONVERSATION_KIND_GROUP", "channelId": "chan-7"},
  "sender": {"userId": "123456789012345", "displayName": "Sarah 🎉", "isBot": false},
  "role": "ROLE_USER", "text": "hi all", "source": "SOURCE_TEXT",
  "platformMessageId": "m-1001", "replyToMessageId": "", "sentAt": "2026-11-22T10:00:00Z"})";

TEST(EventDecoderTest, AcceptsTheCanonicalJsonShape) {
  const auto event = DecodeEvent(kCanonical, BodyFormat::kJson);
  ASSERT_TRUE(event.has_value()) << event.error().message;
  EXPECT_EQ(event->tenant(), "acme");
  EXPECT_EQ(event->platform(), v1::PLATFORM_DISCORD);
  EXPECT_EQ(event->conversation().kind(), v1::CONVERSATION_KIND_GROUP);
  EXPECT_EQ(event->conversation().channel_id(), "chan-7");
  EXPECT_EQ(event->sender().display_name(), "Sarah 🎉");
  EXPECT_EQ(event->platform_message_id(), "m-1001");
  EXPECT_EQ(event->sent_at().seconds(), 1795341600);
}

TEST(EventDecoderTest, AcceptsBinaryProtobuf) {
  v1::ChatEvent original;
  original.set_tenant("acme");
  original.set_text("привет");
  const auto event = DecodeEvent(original.SerializeAsString(), BodyFormat::kProtobuf);
  ASSERT_TRUE(event.has_value());
  EXPECT_EQ(event->text(), "привет");
  EXPECT_FALSE(DecodeEvent("\xff\xff\xff", BodyFormat::kProtobuf).has_value());
}

struct BadBody {
  std::string body;
  int status;
  std::string code;
  std::string field;
};

class EventDecoderRejectTest : public ::testing::TestWithParam<BadBody> {};

TEST_P(EventDecoderRejectTest, NamesTheProblem) {
  const auto event = DecodeEvent(GetParam().body, BodyFormat::kJson);
  ASSERT_FALSE(event.has_value());
  EXPECT_EQ(event.error().status, GetParam().status);
  EXPECT_EQ(event.error().code, GetParam().code);
  EXPECT_EQ(event.error().field, GetParam().field);
  EXPECT_FALSE(event.error().message.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Bodies, EventDecoderRejectTest,
    ::testing::Values(BadBody{R"({"tenant": "a",)", 400, "malformed_json", ""},
                      BadBody{"", 400, "malformed_json", ""},
                      BadBody{"[1, 2]", 400, "malformed_json", ""},
                      BadBody{"{\"text\": \"\xff\"}", 400, "invalid_utf8", ""},
                      BadBody{R"({"platform": "PLATFORM_ICQ"})", 422, "invalid_enum", "platform"},
                      BadBody{R"({"conversation": {"kind": "BAD"}})", 422, "invalid_enum",
                              "conversation.kind"},
                      BadBody{R"({"tenant": 5})", 422, "invalid_value", "tenant"},
                      BadBody{R"({"sentAt": "yesterday"})", 422, "invalid_value", "sentAt"},
                      BadBody{R"({"tenantt": "a"})", 422, "unknown_field", "tenantt"}));

TEST(EventDecoderTest, ContentTypeDecidesTheFormat) {
  EXPECT_EQ(FormatOf("application/json").value(), BodyFormat::kJson);
  EXPECT_EQ(FormatOf("Application/JSON; charset=utf-8").value(), BodyFormat::kJson);
  EXPECT_EQ(FormatOf("application/x-protobuf").value(), BodyFormat::kProtobuf);
  const auto wrong = FormatOf("text/plain");
  ASSERT_FALSE(wrong.has_value());
  EXPECT_EQ(wrong.error().status, 415);
  EXPECT_EQ(FormatOf("").error().status, 415);
}

TEST(EventDecoderTest, DecodesBatches) {
  const std::string body = std::string(R"({"events": [)") + kCanonical + "," + kCanonical + "]}";
  const auto events = DecodeBatch(body, BodyFormat::kJson);
  ASSERT_TRUE(events.has_value());
  EXPECT_EQ(events->size(), 2u);
}

}  // namespace
}  // namespace chatfleet::ingest
