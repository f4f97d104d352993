#pragma once

#include <string>

#include "scheduler/store/due_message.h"

namespace chatfleet::scheduler {

/// The words of a due message, in the user's language only, from the localized message
/// catalog (shared/i18n): the preparation reminder names the meeting and its local start
/// time, the completion message and the follow-up greeting name the meeting, a follow-up
/// names its subject.
std::string RenderDueMessage(const DueMessage& due);

}  // namespace chatfleet::scheduler
