#pragma once

#include <date/tz.h>

#include <chrono>
#include <string>
#include <vector>

#include "workers/meetings/meeting_extractor.h"
#include "workers/proactive/proactive_plan.h"

namespace chatfleet::workers {

/// `at` moved to the end of the user's quiet hours when it falls inside them (local time, DST
/// aware: a wall time that does not exist resolves to the later instant). Pure.
std::chrono::sys_seconds OutsideQuietHours(std::chrono::sys_seconds at,
                                           const GreetingPreference& preference,
                                           const date::time_zone* zone);

/// The reminders of a meeting the message at `at` announces (their outbound ids start with
/// `id_prefix`): a preparation before a meeting still ahead, and unless the user turned
/// greetings off, a completion after its end or else a follow-up greeting (by time, or waiting
/// for the user's next message), moved out of the quiet hours. Pure.
std::vector<PlannedSession> PlanSessions(const meetings::ExtractedMeeting& meeting,
                                         std::chrono::sys_seconds at,
                                         const GreetingPreference& greeting,
                                         const date::time_zone* zone,
                                         const ProactiveOptions& options,
                                         const std::string& id_prefix);

}  // namespace chatfleet::workers
