#include "shared/events/event_validator.h"

#include <gtest/gtest.h>

#include <functional>

namespace chatfleet::events {
namespace {

v1::ChatEvent ValidGroupEvent() {
  v1::ChatEvent event;
  event.set_tenant("acme");
  event.set_bot("elena");
  event.set_platform(v1::PLATFORM_DISCORD);
  event.mutable_conversation()->set_id("guild-1/chan-7");
  event.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_GROUP);
  event.mutable_conversation()->set_channel_id("chan-7");
  event.mutable_sender()->set_user_id("123");
  event.mutable_sender()->set_display_name("Sarah 🎉");
  event.set_role(v1::ROLE_USER);
  event.set_text("hi all");
  event.set_platform_message_id("m-1");
  return event;
}

TEST(EventValidatorTest, AcceptsAValidEvent) {
  EXPECT_FALSE(Validate(ValidGroupEvent(), {}).has_value());
}

struct Case {
  const char* name;
  std::function<void(v1::ChatEvent&)> spoil;
  const char* code;
  const char* field;
};

class EventValidatorRejectTest : public ::testing::TestWithParam<Case> {};

TEST_P(EventValidatorRejectTest, NamesTheField) {
  auto event = ValidGroupEvent();
  GetParam().spoil(event);
  const auto error = Validate(event, {});
  ASSERT_TRUE(error.has_value()) << GetParam().name;
  EXPECT_EQ(error->code, GetParam().code) << GetParam().name;
  EXPECT_EQ(error->field, GetParam().field) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, EventValidatorRejectTest,
    ::testing::Values(
        Case{"no sender", [](auto& e) { e.clear_sender(); }, "missing_field", "sender"},
        Case{"no user id", [](auto& e) { e.mutable_sender()->clear_user_id(); }, "missing_field",
             "sender.userId"},
        Case{"no tenant", [](auto& e) { e.clear_tenant(); }, "missing_field", "tenant"},
        Case{"no platform", [](auto& e) { e.clear_platform(); }, "missing_field", "platform"},
        Case{"no role", [](auto& e) { e.clear_role(); }, "missing_field", "role"},
        Case{"no message id", [](auto& e) { e.clear_platform_message_id(); }, "missing_field",
             "platformMessageId"},
        Case{"empty text", [](auto& e) { e.clear_text(); }, "missing_field", "text"},
        Case{"group without channel", [](auto& e) { e.mutable_conversation()->clear_channel_id(); },
             "missing_field", "conversation.channelId"},
        Case{"direct with channel",
             [](auto& e) { e.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_DIRECT); },
             "unexpected_field", "conversation.channelId"},
        Case{"no kind", [](auto& e) { e.mutable_conversation()->clear_kind(); }, "missing_field",
             "conversation.kind"},
        Case{"NUL in text", [](auto& e) { e.set_text(std::string("a\0b", 3)); },
             "invalid_character", "text"},
        Case{"long name",
             [](auto& e) { e.mutable_sender()->set_display_name(std::string(300, 'x')); },
             "too_long", "sender.displayName"},
        Case{"unknown role value", [](auto& e) { e.set_role(static_cast<v1::Role>(42)); },
             "missing_field", "role"}));

// Real platform ids are long: WhatsApp's `wamid.` ids are base64 of 60 to 100+ characters.
TEST(EventValidatorTest, TakesLongPlatformIdsInEveryIdField) {
  const std::string wamid =
      "wamid.HBgLMTU1NTA3ODM4ODEVAgASGChFOUQ3MUY1RUU3QzkyRDZEQzlFOTJGRkRBRDE3QjhCRDQ5NDE4Rjk4AA==";
  ASSERT_GT(wamid.size(), 64u);
  const std::string at_bound(kMaxIdBytes, 'x');
  auto event = ValidGroupEvent();
  event.set_event_id(at_bound);
  event.set_platform_message_id(wamid);
  event.set_reply_to_message_id(at_bound);
  event.mutable_sender()->set_user_id(at_bound);
  event.mutable_conversation()->set_id(std::string(kMaxConversationIdBytes, 'c'));
  event.mutable_conversation()->set_channel_id(std::string(kMaxConversationIdBytes, 'h'));
  EXPECT_FALSE(Validate(event, {}).has_value());
}

TEST(EventValidatorTest, AnIdPastTheBoundIsTooLongAndNamed) {
  const std::string past(kMaxIdBytes + 1, 'x');
  const std::pair<std::function<void(v1::ChatEvent&)>, std::string> cases[] = {
      {[&](auto& e) { e.set_event_id(past); }, "eventId"},
      {[&](auto& e) { e.set_platform_message_id(past); }, "platformMessageId"},
      {[&](auto& e) { e.set_reply_to_message_id(past); }, "replyToMessageId"},
      {[&](auto& e) { e.mutable_sender()->set_user_id(past); }, "sender.userId"},
      {[&](auto& e) {
         e.mutable_conversation()->set_id(std::string(kMaxConversationIdBytes + 1, 'c'));
       },
       "conversation.id"},
      {[&](auto& e) { e.set_tenant(std::string(kMaxTenantBytes + 1, 't')); }, "tenant"},
  };
  for (const auto& [spoil, field] : cases) {
    auto event = ValidGroupEvent();
    spoil(event);
    const auto error = Validate(event, {});
    ASSERT_TRUE(error.has_value()) << field;
    EXPECT_EQ(error->code, "too_long");
    EXPECT_EQ(error->field, field);
  }
}

TEST(EventValidatorTest, AVoiceMessageMayHaveNoText) {
  auto event = ValidGroupEvent();
  event.clear_text();
  event.set_source(v1::SOURCE_VOICE);
  EXPECT_FALSE(Validate(event, {}).has_value());
}

TEST(EventValidatorTest, CompleteFillsIdsAndTimes) {
  auto event = ValidGroupEvent();
  const auto now = std::chrono::system_clock::time_point(std::chrono::seconds(1795341600));
  Complete(event, now);
  EXPECT_EQ(event.event_id().size(), 36u);
  EXPECT_EQ(event.received_at().seconds(), 1795341600);
  EXPECT_EQ(event.sent_at().seconds(), 1795341600);
  EXPECT_EQ(event.source(), v1::SOURCE_TEXT);
  const std::string id = event.event_id();
  Complete(event, now);
  EXPECT_EQ(event.event_id(), id) << "a client's event id is kept";
  EXPECT_NE(NewEventId(), NewEventId());
}

}  // namespace
}  // namespace chatfleet::events
