#include "shared/events/event_validator.h"

#include <google/protobuf/util/time_util.h>

#include <cstdio>
#include <string>

#include "shared/core/utf8.h"
#include "shared/trace/trace_context.h"

namespace chatfleet::events {
namespace {

using v1::ChatEvent;

FieldError Invalid(std::string code, std::string message, std::string field) {
  return {std::move(code), std::move(message), std::move(field)};
}

/// Checks one string field; `required` fields must be non-empty.
std::optional<FieldError> CheckText(const std::string& value, const char* field, bool required,
                                    std::size_t max_bytes) {
  if (required && value.empty()) {
    return Invalid("missing_field", std::string(field) + " is required", field);
  }
  if (value.size() > max_bytes) {
    return Invalid("too_long",
                   std::string(field) + " is longer than " + std::to_string(max_bytes) + " bytes",
                   field);
  }
  if (!IsValidUtf8(value)) {
    return Invalid("invalid_utf8", std::string(field) + " is not valid UTF-8", field);
  }
  if (value.find('\0') != std::string::npos) {
    return Invalid("invalid_character", std::string(field) + " contains a NUL character", field);
  }
  return std::nullopt;
}

bool IsValidTimestamp(const google::protobuf::Timestamp& timestamp) {
  using google::protobuf::util::TimeUtil;
  return timestamp.seconds() >= TimeUtil::kTimestampMinSeconds &&
         timestamp.seconds() <= TimeUtil::kTimestampMaxSeconds && timestamp.nanos() >= 0 &&
         timestamp.nanos() < 1000000000;
}

}  // namespace

std::optional<FieldError> Validate(const ChatEvent& event, const ValidationLimits& limits) {
  struct TextCheck {
    const std::string& value;
    const char* field;
    bool required;
    std::size_t max_bytes;
  };
  const TextCheck checks[] = {
      {event.event_id(), "eventId", false, limits.max_id_bytes},
      {event.tenant(), "tenant", true, limits.max_tenant_bytes},
      {event.bot(), "bot", true, limits.max_tenant_bytes},
      {event.conversation().id(), "conversation.id", true, limits.max_conversation_id_bytes},
      {event.conversation().channel_id(), "conversation.channelId", false,
       limits.max_conversation_id_bytes},
      {event.sender().user_id(), "sender.userId", true, limits.max_id_bytes},
      {event.sender().display_name(), "sender.displayName", false, limits.max_display_name_bytes},
      {event.platform_message_id(), "platformMessageId", true, limits.max_id_bytes},
      {event.reply_to_message_id(), "replyToMessageId", false, limits.max_id_bytes},
      {event.text(), "text", false, limits.max_text_bytes},
  };
  if (!event.has_conversation()) {
    return Invalid("missing_field", "conversation is required", "conversation");
  }
  if (!event.has_sender()) return Invalid("missing_field", "sender is required", "sender");
  for (const TextCheck& check : checks) {
    if (auto error = CheckText(check.value, check.field, check.required, check.max_bytes)) {
      return error;
    }
  }
  if (event.platform() == v1::PLATFORM_UNSPECIFIED || !v1::Platform_IsValid(event.platform())) {
    return Invalid("missing_field", "platform is required (PLATFORM_DISCORD, …)", "platform");
  }
  if (event.role() == v1::ROLE_UNSPECIFIED || !v1::Role_IsValid(event.role())) {
    return Invalid("missing_field", "role is required (ROLE_USER, ROLE_ASSISTANT, ROLE_SYSTEM)",
                   "role");
  }
  if (!v1::Source_IsValid(event.source())) {
    return Invalid("invalid_enum", "unknown value for source", "source");
  }
  switch (event.conversation().kind()) {
    case v1::CONVERSATION_KIND_GROUP:
      if (event.conversation().channel_id().empty()) {
        return Invalid("missing_field", "a group conversation needs conversation.channelId",
                       "conversation.channelId");
      }
      break;
    case v1::CONVERSATION_KIND_DIRECT:
      if (!event.conversation().channel_id().empty()) {
        return Invalid("unexpected_field", "a direct conversation has no conversation.channelId",
                       "conversation.channelId");
      }
      break;
    default:
      return Invalid("missing_field",
                     "conversation.kind is required (CONVERSATION_KIND_DIRECT or _GROUP)",
                     "conversation.kind");
  }
  if (event.text().empty() && event.source() != v1::SOURCE_VOICE) {
    return Invalid("missing_field", "text is required (only a voice message may have none)",
                   "text");
  }
  if (event.has_sent_at() && !IsValidTimestamp(event.sent_at())) {
    return Invalid("invalid_value", "sentAt is out of range", "sentAt");
  }
  return std::nullopt;
}

void Complete(ChatEvent& event, std::chrono::system_clock::time_point now) {
  using google::protobuf::util::TimeUtil;
  if (event.event_id().empty()) event.set_event_id(NewEventId());
  const auto nanos =
      std::chrono::duration_cast<std::chrono::nanoseconds>(now.time_since_epoch()).count();
  *event.mutable_received_at() = TimeUtil::NanosecondsToTimestamp(nanos);
  if (!event.has_sent_at()) *event.mutable_sent_at() = event.received_at();
  if (event.source() == v1::SOURCE_UNSPECIFIED) event.set_source(v1::SOURCE_TEXT);
}

std::string NewEventId() {
  std::uint8_t bytes[16];
  trace::FillRandom(bytes, sizeof bytes);
  bytes[6] = (bytes[6] & 0x0F) | 0x40;  // version 4
  bytes[8] = (bytes[8] & 0x3F) | 0x80;  // RFC 4122 variant
  char out[37];
  std::snprintf(out, sizeof out,
                "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", bytes[0],
                bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
                bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
  return out;
}

}  // namespace chatfleet::events
