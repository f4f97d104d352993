#include "workers/context/context_assembler.h"

#include <google/protobuf/util/time_util.h>

#include <optional>
#include <string_view>

namespace chatfleet::workers {
namespace {

using google::protobuf::Timestamp;
using google::protobuf::util::TimeUtil;

// Digits at [at, at + count) of `text` as a number; nullopt when one is not a digit.
std::optional<int> DigitsAt(std::string_view text, std::size_t at, std::size_t count) {
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// Every history entry of every context carries its time, and the stored rows give it as
// "YYYY-MM-DDTHH:MM:SSZ" (to_char in UTC): read that form directly, the general RFC 3339
// parser only for anything else.
Timestamp ParseTime(std::string_view rfc3339) {
  Timestamp time;
  if (rfc3339.size() == 20 && rfc3339[4] == '-' && rfc3339[7] == '-' && rfc3339[10] == 'T' &&
      rfc3339[13] == ':' && rfc3339[16] == ':' && rfc3339[19] == 'Z') {
    const auto year = DigitsAt(rfc3339, 0, 4), month = DigitsAt(rfc3339, 5, 2),
               day = DigitsAt(rfc3339, 8, 2), hour = DigitsAt(rfc3339, 11, 2),
               minute = DigitsAt(rfc3339, 14, 2), second = DigitsAt(rfc3339, 17, 2);
    if (year && month && day && hour && minute && second && *hour < 24 && *minute < 60 &&
        *second < 60) {
      const std::chrono::year_month_day date{std::chrono::year(*year),
                                             std::chrono::month(static_cast<unsigned>(*month)),
                                             std::chrono::day(static_cast<unsigned>(*day))};
      if (date.ok()) {
        const auto at = std::chrono::sys_days(date) + std::chrono::hours(*hour) +
                        std::chrono::minutes(*minute) + std::chrono::seconds(*second);
        time.set_seconds(at.time_since_epoch().count());
        return time;
      }
    }
  }
  if (!rfc3339.empty()) (void)TimeUtil::FromString(std::string(rfc3339), &time);
  return time;
}

v1::Role RoleOf(const std::string& role) {
  if (role == "assistant") return v1::ROLE_ASSISTANT;
  if (role == "system") return v1::ROLE_SYSTEM;
  return v1::ROLE_USER;
}

Timestamp TimestampOf(std::chrono::sys_seconds time) {
  return TimeUtil::SecondsToTimestamp(time.time_since_epoch().count());
}

void AddProactive(const ProactiveOutcome& outcome, v1::ConversationContext& context) {
  context.set_conversation_state(outcome.state);
  context.set_conversation_subject(outcome.subject);
  for (const auto& topic : outcome.pending_topics) context.add_pending_topics(topic);
  for (const auto& topic : outcome.dropped_topics) context.add_dropped_topics(topic);
  context.set_follow_up_notice(outcome.follow_up_notice);
  for (const auto& row : outcome.pending_follow_ups) {
    auto* out = context.add_pending_follow_ups();
    out->set_follow_up_id(row.outbound_id);
    out->set_urgency(row.urgency);
    *out->mutable_due_at() = TimestampOf(row.due_at);
    out->set_topic(row.subject);
  }
  for (const auto& meeting : outcome.meetings) {
    auto* out = context.add_scheduled_meetings();
    out->set_title(meeting.title);
    *out->mutable_start() = TimestampOf(meeting.start);
    if (meeting.end) *out->mutable_end() = TimestampOf(*meeting.end);
    out->set_timezone(meeting.timezone);
    out->set_confidence(meeting.confidence);
  }
  context.set_answered_by_fleet(outcome.reply.has_value());
}

}  // namespace

std::string ContextIdFor(const v1::ChatEvent& event) { return "ctx-" + event.event_id(); }

std::vector<StoredMessage> HistoryUpTo(const std::vector<StoredMessage>& window,
                                       const std::string& platform_message_id) {
  const auto view = HistoryViewUpTo(window, platform_message_id);
  return {view.begin(), view.end()};
}

std::span<const StoredMessage> HistoryViewUpTo(const std::vector<StoredMessage>& window,
                                               const std::string& platform_message_id) {
  for (std::size_t i = 0; i < window.size(); ++i) {
    if (window[i].platform_message_id == platform_message_id) {
      return std::span<const StoredMessage>(window).first(i + 1);
    }
  }
  return {};
}

v1::ConversationContext AssembleContext(const ContextParts& parts,
                                        std::chrono::system_clock::time_point now) {
  v1::ConversationContext context;
  AssembleEventFields(parts, context);
  for (const auto& rendered : parts.history) AddHistoryEntry(rendered, context);
  AssembleStageFields(parts, now, context);
  return context;
}

void AssembleEventFields(const ContextParts& parts, v1::ConversationContext& context) {
  const v1::ChatEvent& event = *parts.event;
  context.set_context_id(ContextIdFor(event));
  context.set_source_event_id(event.event_id());
  context.set_tenant(event.tenant());
  context.set_bot(event.bot());
  context.set_platform(event.platform());
  *context.mutable_conversation() = event.conversation();
  *context.mutable_sender() = event.sender();
  context.set_text(event.text());
  context.set_source(event.source());
  context.set_platform_message_id(event.platform_message_id());
  *context.mutable_sent_at() = event.sent_at();
}

void AddHistoryEntry(const RenderedMessage& rendered, v1::ConversationContext& context) {
  const StoredMessage& message = *rendered.message;
  auto* entry = context.add_recent_history();
  entry->set_role(RoleOf(message.role));
  entry->set_rendered(rendered.rendered.data(), rendered.rendered.size());
  entry->set_content(message.content);
  entry->set_speaker_user_id(message.user_id);
  entry->set_speaker_name(message.user_name.value_or(""));
  entry->set_source(message.source == "voice" ? v1::SOURCE_VOICE : v1::SOURCE_TEXT);
  entry->set_platform_message_id(message.platform_message_id);
  *entry->mutable_sent_at() = ParseTime(message.sent_at);
  entry->set_from_current_user(rendered.from_current_user);
}

void AssembleStageFields(const ContextParts& parts, std::chrono::system_clock::time_point now,
                         v1::ConversationContext& context) {
  const v1::ChatEvent& event = *parts.event;
  context.set_conversation_summary(parts.summary.data(), parts.summary.size());
  if (parts.personal) {
    const Profile& profile = parts.personal->profile;
    auto* out = context.mutable_profile();
    out->set_user_id(event.sender().user_id());
    out->set_display_name(profile.display_name);
    out->set_persona(profile.persona);
    out->set_language(parts.personal->profile_language.language);
    out->set_timezone(profile.timezone);
    *out->mutable_created_at() = ParseTime(profile.created_at);
    out->set_language_source(parts.personal->profile_language.source);
    context.set_reply_language(parts.personal->language.language);
    context.set_language_source(parts.personal->language.source);
  }
  for (const auto& memory : parts.memories) {
    auto* out = context.add_memories();
    out->set_kind(memory.kind);
    out->set_text(memory.text);
    out->set_score(memory.score);
    out->set_speaker_name(memory.speaker_name);
    out->set_platform_message_id(memory.platform_message_id);
    *out->mutable_sent_at() = ParseTime(memory.sent_at);
  }
  context.set_recall_status(parts.recall_status);
  for (const auto& stage : parts.disabled_stages) context.add_disabled_stages(stage);
  if (parts.proactive) AddProactive(*parts.proactive, context);
  *context.mutable_created_at() = TimeUtil::NanosecondsToTimestamp(
      std::chrono::duration_cast<std::chrono::nanoseconds>(now.time_since_epoch()).count());
}

}  // namespace chatfleet::workers
