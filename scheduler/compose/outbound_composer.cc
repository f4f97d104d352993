#include "scheduler/compose/outbound_composer.h"

#include <google/protobuf/util/time_util.h>

namespace chatfleet::scheduler {
namespace {

v1::Platform PlatformOf(std::string_view name) {
  if (name == "discord") return v1::PLATFORM_DISCORD;
  if (name == "telegram") return v1::PLATFORM_TELEGRAM;
  if (name == "whatsapp") return v1::PLATFORM_WHATSAPP;
  if (name == "web") return v1::PLATFORM_WEB;
  return v1::PLATFORM_UNSPECIFIED;
}

v1::OutboundKind KindOf(const DueMessage& due) {
  if (due.source == DueMessage::Source::kFollowUp) return v1::OUTBOUND_KIND_FOLLOW_UP;
  switch (due.reminder_kind) {
    case DueMessage::ReminderKind::kPreparation:
      return v1::OUTBOUND_KIND_MEETING_PREPARATION;
    case DueMessage::ReminderKind::kCompletion:
      return v1::OUTBOUND_KIND_MEETING_COMPLETION;
    case DueMessage::ReminderKind::kFollowUpGreeting:
      return v1::OUTBOUND_KIND_MEETING_FOLLOW_UP_GREETING;
  }
  return v1::OUTBOUND_KIND_UNSPECIFIED;
}

google::protobuf::Timestamp ToTimestamp(std::chrono::system_clock::time_point time) {
  return google::protobuf::util::TimeUtil::NanosecondsToTimestamp(
      std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count());
}

}  // namespace

v1::OutboundMessage ComposeOutbound(const DueMessage& due, const TextRenderer& render,
                                    std::chrono::system_clock::time_point now) {
  v1::OutboundMessage message;
  message.set_id(due.outbound_id);
  message.set_tenant(due.tenant);
  message.set_bot(due.bot);
  message.set_platform(PlatformOf(due.platform));
  auto* conversation = message.mutable_conversation();
  conversation->set_id(due.conversation_id);
  conversation->set_kind(due.conversation_kind == "group" ? v1::CONVERSATION_KIND_GROUP
                                                          : v1::CONVERSATION_KIND_DIRECT);
  if (due.channel_id) conversation->set_channel_id(*due.channel_id);
  message.set_user_id(due.user_id);
  message.set_language(due.language);
  message.set_text(render(due));
  message.set_kind(KindOf(due));
  message.set_source_event_id(due.source_event_id);
  *message.mutable_created_at() = ToTimestamp(now);
  *message.mutable_due_at() = ToTimestamp(due.due_at);
  return message;
}

std::string OutboundKey(const v1::OutboundMessage& message) {
  return message.tenant() + "/" + v1::Platform_Name(message.platform()) + "/" +
         message.conversation().id();
}

}  // namespace chatfleet::scheduler
