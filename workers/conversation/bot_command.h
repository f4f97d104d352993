#pragma once

#include <optional>
#include <string_view>

namespace chatfleet::workers {

/// The text after a bot command ("/schedule", "/reminders off", "/reminders@my_bot off" as
/// Telegram sends it in groups), trimmed, or nullopt when `text` is not that command (a
/// longer command, or the command inside a sentence). Pure; the view points into `text`.
std::optional<std::string_view> CommandArgument(std::string_view text, std::string_view command);

}  // namespace chatfleet::workers
