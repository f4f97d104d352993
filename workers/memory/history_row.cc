#include "workers/memory/history_row.h"

#include <google/protobuf/util/time_util.h>

#include <ctime>

namespace chatfleet::workers {
namespace {

std::string RoleName(v1::Role role) {
  switch (role) {
    case v1::ROLE_ASSISTANT:
      return "assistant";
    case v1::ROLE_SYSTEM:
      return "system";
    default:
      return "user";
  }
}

std::optional<std::string> NonEmpty(const std::string& value) {
  if (value.empty()) return std::nullopt;
  return value;
}

}  // namespace

HistoryRow ToHistoryRow(const v1::ChatEvent& event, const std::string& trace_id) {
  using google::protobuf::util::TimeUtil;
  const bool from_bot = event.role() == v1::ROLE_ASSISTANT || event.sender().is_bot();
  const bool group = event.conversation().kind() == v1::CONVERSATION_KIND_GROUP;
  return HistoryRow{
      .event_id = event.event_id(),
      .tenant = event.tenant(),
      .bot = event.bot(),
      .platform = PlatformName(event.platform()),
      .conversation_id = event.conversation().id(),
      .conversation_kind = group ? "group" : "direct",
      .channel_id = group ? NonEmpty(event.conversation().channel_id()) : std::nullopt,
      .user_id = event.sender().user_id(),
      .user_name = from_bot ? std::nullopt : NonEmpty(event.sender().display_name()),
      .role = RoleName(event.role()),
      .content = event.text(),
      .source = event.source() == v1::SOURCE_VOICE ? "voice" : "text",
      .platform_message_id = event.platform_message_id(),
      .reply_to_message_id = NonEmpty(event.reply_to_message_id()),
      .sent_at = TimeUtil::ToString(event.sent_at()),
      .received_at = TimeUtil::ToString(event.received_at()),
      .trace_id = trace_id,
      .edited_at = event.has_edited_at()
                       ? std::optional<std::string>(TimeUtil::ToString(event.edited_at()))
                       : std::nullopt,
      .language = std::nullopt,
  };
}

StoredMessage ToStoredMessage(const HistoryRow& row, const google::protobuf::Timestamp& sent_at,
                              std::int64_t id) {
  std::time_t seconds = static_cast<std::time_t>(sent_at.seconds());
  if (sent_at.nanos() >= 999'999'500) ++seconds;  // PostgreSQL keeps microseconds, rounded
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return StoredMessage{.id = id,
                       .user_id = row.user_id,
                       .user_name = row.user_name,
                       .role = row.role,
                       .content = row.content,
                       .source = row.source,
                       .platform_message_id = row.platform_message_id,
                       .sent_at = text};
}

}  // namespace chatfleet::workers
