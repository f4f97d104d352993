#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "workers/proactive/proactive_plan.h"

namespace date {
class time_zone;
}

namespace chatfleet::workers {

/// A statement that a meeting is off or at another time: "cancel the dentist", "the 1-on-1
/// moved to 4 pm", "перенесли встречу на завтра", "se canceló la reunión", "a reunião foi
/// adiada para segunda". Questions ("should I cancel the dentist?") and negated statements
/// ("we didn't cancel it") change nothing.
struct MeetingChangeRequest {
  enum class Kind { kCancel, kMove };
  Kind kind = Kind::kCancel;
  /// The message names a meeting with a generic word ("meeting", "встречу", "la cita"), so
  /// it refers to one of the user's meetings even when no title word matches.
  bool names_a_meeting = false;
  /// The message starts with the verb ("cancel the dentist", "отмени"): it asks the bot, so
  /// an answer is due even when nothing matches.
  bool imperative = false;
  std::vector<std::string> words;  // the message's normalized words
  std::string spaced_text;         // all its normalized tokens, each between spaces
  std::string_view new_time_text;  // a move's words after its verb ("to 4 pm"), in the message
};

std::optional<MeetingChangeRequest> FindMeetingChange(std::string_view text);

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
