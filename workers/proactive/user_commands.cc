#include "workers/proactive/user_commands.h"

#include <algorithm>
#include <cctype>

namespace chatfleet::workers {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

std::set<std::string> RemindersCommand::Apply(std::set<std::string> muted) const {
  if (action == Action::kUsage) return muted;
  const auto set = [&](std::string_view kind) {
    if (action == Action::kOff) {
      muted.emplace(kind);
    } else {
      muted.erase(std::string(kind));
    }
  };
  if (follow_ups) set(kFollowUpKind);
  if (meetings) {
    for (const auto kind : kMeetingKinds) set(kind);
  }
  return muted;
}

std::optional<RemindersCommand> ParseRemindersCommand(std::string_view text) {
  const auto argument = CommandArgument(text, "/reminders");
  if (!argument) return std::nullopt;
  RemindersCommand command;
  const std::string words = Lower(*argument);
  const auto space = words.find(' ');
  const std::string action = words.substr(0, space);
  // The argument is trimmed at both ends: what follows the spaces after the action is the kind.
  const auto kind_start = words.find_first_not_of(" \t\r\n", space);
  const std::string kind = kind_start == std::string::npos ? "" : words.substr(kind_start);
  if (action == "off") {
    command.action = RemindersCommand::Action::kOff;
  } else if (action == "on") {
    command.action = RemindersCommand::Action::kOn;
  } else {
    return command;  // usage
  }
  if (kind == "followups" || kind == "follow-ups" || kind == "followup") {
    command.meetings = false;
  } else if (kind == "meetings" || kind == "meeting") {
    command.follow_ups = false;
  } else if (!kind.empty() && kind != "all") {
    command.action = RemindersCommand::Action::kUsage;
  }
  return command;
}

}  // namespace chatfleet::workers
