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
