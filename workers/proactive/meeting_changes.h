#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "workers/proactive/meeting_change_request.h"
#include "workers/proactive/proactive_plan.h"

namespace date {
class time_zone;
}

namespace chatfleet::workers {

/// Which of the user's upcoming meetings a change refers to: the one whose title the message
/// says whole, else shares the most words with; with no title word in common and a generic
/// word ("the meeting"), those whose titles have one too. `matches` are indices into
/// `meetings`.
struct MeetingMatch {
  enum class Outcome { kOne, kSeveral, kNone, kUnrelated };
  Outcome outcome = Outcome::kUnrelated;  // kUnrelated: no answer is due (not about a meeting)
  std::vector<std::size_t> matches;
};

MeetingMatch MatchMeeting(const MeetingChangeRequest& request,
                          const std::vector<UpcomingMeeting>& meetings);

struct NewMeetingTime {
  std::chrono::sys_seconds start;
  std::optional<std::chrono::sys_seconds> end;
};

/// Where a move puts `meeting`, read from the words after the verb (`new_time_text`) of the
/// message at `at` in the user's zone: a time of day
/// alone keeps the meeting's day ("moved to 4 pm"), a day alone keeps its time of day
/// ("перенесли на завтра"), both give the new start; the meeting keeps its length unless the
/// message gives an end. Nullopt when the message gives no time ahead of `at`.
std::optional<NewMeetingTime> NewTimeOfMove(std::string_view text, std::string_view language,
                                            const date::time_zone* zone,
                                            std::chrono::sys_seconds at,
                                            const UpcomingMeeting& meeting);

}  // namespace chatfleet::workers
