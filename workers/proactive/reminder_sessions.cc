#include "workers/proactive/reminder_sessions.h"

#include <algorithm>

#include "workers/proactive/zone_time.h"

namespace chatfleet::workers {

using std::chrono::sys_seconds;

sys_seconds OutsideQuietHours(sys_seconds at, const GreetingPreference& preference,
                              const date::time_zone* zone) {
  const int start = preference.quiet_start_minute;
  const int end = preference.quiet_end_minute;
  if (start == end) return at;
  const auto local = LocalTime(at, zone);
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const int minute =
      static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(local - day).count());
  const bool wraps = start > end;
  const bool quiet = wraps ? (minute >= start || minute < end) : (minute >= start && minute < end);
  if (!quiet) return at;
  auto release_day = day;
  if (wraps && minute >= start) release_day += std::chrono::days(1);
  return SysTime(release_day + std::chrono::minutes(end), zone);
}

std::vector<PlannedSession> PlanSessions(const meetings::ExtractedMeeting& meeting, sys_seconds at,
                                         const GreetingPreference& greeting,
                                         const date::time_zone* zone,
                                         const ProactiveOptions& options,
                                         const std::string& id_prefix) {
  std::vector<PlannedSession> sessions;
  if (meeting.start > at) {
    sessions.push_back({"preparation", std::max(meeting.start - options.preparation_lead, at),
                        id_prefix + "-preparation"});
  }
  if (!greeting.enabled) return sessions;
  if (meeting.end) {
    sessions.push_back({"completion",
                        OutsideQuietHours(*meeting.end + options.completion_delay, greeting, zone),
                        id_prefix + "-completion"});
  } else if (options.greeting_trigger == GreetingTrigger::kByTime) {
    sessions.push_back({"followup_greeting",
                        OutsideQuietHours(meeting.start + options.greeting_after, greeting, zone),
                        id_prefix + "-followup_greeting"});
  } else {
    sessions.push_back({"followup_greeting", std::nullopt, id_prefix + "-followup_greeting"});
  }
  return sessions;
}

}  // namespace chatfleet::workers
