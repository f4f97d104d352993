#include "workers/proactive/fleet_replies.h"

#include <google/protobuf/util/time_util.h>

#include "workers/proactive/zone_time.h"

namespace chatfleet::workers {

using google::protobuf::util::TimeUtil;
using std::chrono::sys_seconds;

v1::OutboundMessage FleetReply(const ProactiveInput& input, sys_seconds at, std::string_view prefix,
                               v1::OutboundKind kind, std::string text) {
  const v1::ChatEvent& event = *input.event;
  v1::OutboundMessage reply;
  reply.set_id(std::string(prefix) + "-" + event.event_id());
  reply.set_tenant(event.tenant());
  reply.set_bot(event.bot());
  reply.set_platform(event.platform());
  *reply.mutable_conversation() = event.conversation();
  reply.set_user_id(event.sender().user_id());
  reply.set_language(input.language);
  reply.set_text(std::move(text));
  reply.set_kind(kind);
  reply.set_source_event_id(event.event_id());
  // Sent as the platform's reply to the message, so in a busy group it is clear what it answers.
  reply.set_reply_to_message_id(event.platform_message_id());
  *reply.mutable_created_at() = TimeUtil::SecondsToTimestamp(at.time_since_epoch().count());
  return reply;
}

i18n::ScheduleEntry EntryOf(const UpcomingMeeting& meeting, const date::time_zone* zone) {
  i18n::ScheduleEntry entry{meeting.title, LocalTime(meeting.start, zone), std::nullopt};
  if (meeting.end) entry.end = LocalTime(*meeting.end, zone);
  return entry;
}

v1::OutboundMessage ScheduleReply(const ProactiveInput& input, sys_seconds at,
                                  const std::vector<UpcomingMeeting>& upcoming,
                                  const date::time_zone* zone,
                                  const i18n::MessageCatalog& catalog) {
  std::vector<i18n::ScheduleEntry> entries;
  for (const auto& meeting : upcoming) entries.push_back(EntryOf(meeting, zone));
  const auto today = std::chrono::floor<std::chrono::days>(LocalTime(at, zone));
  return FleetReply(
      input, at, "schedule", v1::OUTBOUND_KIND_SCHEDULE_LISTING,
      i18n::FormatScheduleListing(catalog, input.language, std::move(entries), today));
}

i18n::MessageId RemindersAnswer(const RemindersCommand& command) {
  switch (command.action) {
    case RemindersCommand::Action::kOn:
      return i18n::MessageId::kRemindersOn;
    case RemindersCommand::Action::kOff:
      if (!command.meetings) return i18n::MessageId::kRemindersOffFollowUps;
      if (!command.follow_ups) return i18n::MessageId::kRemindersOffMeetings;
      return i18n::MessageId::kRemindersOff;
    case RemindersCommand::Action::kUsage:
      break;
  }
  return i18n::MessageId::kRemindersUsage;
}

}  // namespace chatfleet::workers
