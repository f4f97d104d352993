#include "scheduler/compose/due_texts.h"

#include <gtest/gtest.h>

#include "scheduler/compose/outbound_composer.h"
#include "shared/core/clock.h"

namespace chatfleet::scheduler {
namespace {

DueMessage Reminder(std::string language, std::string timezone) {
  DueMessage due;
  due.source = DueMessage::Source::kReminder;
  due.reminder_kind = DueMessage::ReminderKind::kPreparation;
  due.outbound_id = "r-7-preparation";
  due.tenant = "acme";
  due.bot = "elena";
  due.platform = "telegram";
  due.conversation_id = "-100777";
  due.conversation_kind = "group";
  due.channel_id = "-100777";
  due.user_id = "42";
  due.language = std::move(language);
  due.timezone = std::move(timezone);
  due.title = "dentist";
  due.starts_at = *ParseRfc3339("2026-11-23T12:00:00Z");
  due.due_at = *ParseRfc3339("2026-11-23T11:45:00Z");
  return due;
}

TEST(DueTextsTest, APreparationReminderSpeaksTheUsersLanguageAndLocalTime) {
  const i18n::MessageCatalog catalog;
  EXPECT_EQ(RenderDueMessage(catalog, Reminder("ru", "Europe/Moscow")),
            "Напоминание: «dentist» начнётся через 15 минут, в 15:00.");
  EXPECT_EQ(RenderDueMessage(catalog, Reminder("en", "America/New_York")),
            "Reminder: dentist starts in 15 minutes, at 7:00 AM.");
}

TEST(DueTextsTest, CompletionGreetingAndFollowUpNameTheirSubject) {
  const i18n::MessageCatalog catalog;
  auto due = Reminder("es", "Europe/Madrid");
  due.reminder_kind = DueMessage::ReminderKind::kCompletion;
  EXPECT_EQ(RenderDueMessage(catalog, due), "dentist ya debería haber terminado. ¿Cómo fue?");
  due.source = DueMessage::Source::kFollowUp;
  due.language = "en";
  due.title = "veneers consultation";
  EXPECT_NE(RenderDueMessage(catalog, due).find("veneers consultation"), std::string::npos);
}

TEST(DueTextsTest, AFollowUpWithoutASubjectLeavesNoEmptyPlaceholder) {
  const i18n::MessageCatalog catalog;
  auto due = Reminder("en", "UTC");
  due.source = DueMessage::Source::kFollowUp;
  due.title = "";
  EXPECT_EQ(RenderDueMessage(catalog, due),
            "Following up as promised. Is there anything else I can help with?");
  due.language = "ru";
  EXPECT_EQ(RenderDueMessage(catalog, due),
            "Как и обещал, возвращаюсь к нашему разговору. Чем ещё могу помочь?");
}

TEST(DueTextsTest, AnUnknownLanguageFallsBackToEnglishAndIsCounted) {
  int missing = 0;
  const i18n::MessageCatalog catalog([&](std::string_view, i18n::MessageId) { ++missing; });
  EXPECT_EQ(RenderDueMessage(catalog, Reminder("xx", "UTC")).rfind("Reminder: dentist", 0), 0u);
  EXPECT_GT(missing, 0);
}

TEST(OutboundComposerTest, AddressesTheMeetingsChannelWithTheStableId) {
  const auto message = ComposeOutbound(
      Reminder("en", "UTC"), [](const DueMessage&) { return "hi"; },
      *ParseRfc3339("2026-11-23T11:45:01Z"));
  EXPECT_EQ(message.id(), "r-7-preparation");
  EXPECT_EQ(message.platform(), v1::PLATFORM_TELEGRAM);
  EXPECT_EQ(message.conversation().kind(), v1::CONVERSATION_KIND_GROUP);
  EXPECT_EQ(message.conversation().channel_id(), "-100777");
  EXPECT_EQ(message.kind(), v1::OUTBOUND_KIND_MEETING_PREPARATION);
  EXPECT_EQ(message.text(), "hi");
  EXPECT_EQ(OutboundKey(message), "acme/PLATFORM_TELEGRAM/-100777");
}

}  // namespace
}  // namespace chatfleet::scheduler
