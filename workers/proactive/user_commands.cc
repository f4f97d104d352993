#include "workers/proactive/user_commands.h"

#include <algorithm>
#include <cctype>

namespace chatfleet::workers {
namespace {

std::string_view Trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

std::optional<std::string_view> CommandArgument(std::string_view text, std::string_view command) {
  text = Trim(text);
  if (!text.starts_with(command)) return std::nullopt;
  std::string_view rest = text.substr(command.size());
  if (!rest.empty() && rest.front() == '@') {  // "/reminders@my_bot off"
    const auto end = rest.find_first_of(" \t\r\n");
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end);
  } else if (!rest.empty() && rest.front() != ' ' && rest.front() != '\n' && rest.front() != '\t') {
    return std::nullopt;  // "/schedules" is another command
  }
  return Trim(rest);
}

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
  const std::string kind =
      space == std::string::npos ? "" : std::string(Trim(std::string_view(words).substr(space)));
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
