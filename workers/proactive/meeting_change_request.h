#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

}  // namespace chatfleet::workers
