#pragma once

#include <cstddef>
#include <vector>

#include "workers/flags/feature_flags.h"
#include "workers/intake/event_intake.h"
#include "workers/personalization/personalizer.h"
#include "workers/proactive/proactive_plan.h"

namespace chatfleet::workers {

/// The proactive planner's inputs for one batch, and the events its flag switched off.
struct ProactiveInputs {
  std::vector<ProactiveInput> inputs;  // aligned with the batch
  std::vector<std::size_t> switched_off;
};

/// One input per event, with the reply language and timezone personalization resolved (else
/// the event's row language and the defaults), the event's position and trace, and what a
/// person's message says (MessageReading: its timezone statement as personalization read it,
/// else parsed here). A person's
/// message answered before (`answered[i]`) is off: its effects were written with its first
/// delivery. Pure.
ProactiveInputs ProactiveInputsOf(const std::vector<const IntakeEvent*>& events,
                                  const FeatureFlags& flags, const std::vector<bool>& answered,
                                  const PersonalizationResult& personal,
                                  const PersonalizationDefaults& defaults);

}  // namespace chatfleet::workers
