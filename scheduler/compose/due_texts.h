#pragma once

#include <string>

#include "scheduler/store/due_message.h"
#include "shared/i18n/message_catalog.h"

namespace chatfleet::scheduler {

/// The words of a due message, in the user's language only (English when the catalog lacks
/// it): the preparation reminder names the meeting, the time left until it and its start in
/// the user's timezone; the completion message and the follow-up greeting name the meeting; a
/// follow-up names its subject. Pure.
std::string RenderDueMessage(const i18n::MessageCatalog& catalog, const DueMessage& due);

}  // namespace chatfleet::scheduler
