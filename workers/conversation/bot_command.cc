#include "workers/conversation/bot_command.h"

namespace chatfleet::workers {
namespace {

std::string_view Trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
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

}  // namespace chatfleet::workers
