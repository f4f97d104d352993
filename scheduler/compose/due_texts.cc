#include "scheduler/compose/due_texts.h"

namespace chatfleet::scheduler {

// Replaced by the catalog-backed wording once shared/i18n lands.
std::string RenderDueMessage(const DueMessage& due) { return due.title; }

}  // namespace chatfleet::scheduler
