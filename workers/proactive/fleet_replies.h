#pragma once

#include <date/tz.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "chatfleet/v1/outbound_message.pb.h"
#include "shared/i18n/message_catalog.h"
#include "shared/i18n/schedule_listing.h"
#include "workers/proactive/proactive_plan.h"
#include "workers/proactive/user_commands.h"

namespace chatfleet::workers {

/// The fleet's own answer to a person's message, in the conversation it came from and as a
/// reply to it: its id is `<prefix>-<event id>`, so an answer computed again after a
/// redelivery keeps it. Pure.
v1::OutboundMessage FleetReply(const ProactiveInput& input, std::chrono::sys_seconds at,
                               std::string_view prefix, v1::OutboundKind kind, std::string text);

/// A meeting as a listing shows it, in the user's wall time.
i18n::ScheduleEntry EntryOf(const UpcomingMeeting& meeting, const date::time_zone* zone);

/// The answer to `/schedule`: the upcoming meetings listed in the user's language and zone.
v1::OutboundMessage ScheduleReply(const ProactiveInput& input, std::chrono::sys_seconds at,
                                  const std::vector<UpcomingMeeting>& upcoming,
                                  const date::time_zone* zone, const i18n::MessageCatalog& catalog);

/// What the fleet answers a `/reminders` command with.
i18n::MessageId RemindersAnswer(const RemindersCommand& command);

}  // namespace chatfleet::workers
