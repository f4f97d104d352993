#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "workers/conversation/bot_command.h"

namespace chatfleet::workers {

/// The kinds of proactive messages a user can turn off, as the tables name them.
inline constexpr std::string_view kFollowUpKind = "followup";
inline constexpr std::string_view kMeetingKinds[] = {"preparation", "completion",
                                                     "followup_greeting"};

/// `/reminders off|on [followups|meetings]`; anything else after `/reminders` asks for usage.
struct RemindersCommand {
  enum class Action { kOff, kOn, kUsage };
  Action action = Action::kUsage;
  bool follow_ups = true;  // the command is about follow-ups
  bool meetings = true;    // … and about meeting reminders
  /// `muted` after the command.
  std::set<std::string> Apply(std::set<std::string> muted) const;
};
std::optional<RemindersCommand> ParseRemindersCommand(std::string_view text);

}  // namespace chatfleet::workers
