#include "workers/proactive/proactive_inputs.h"

#include "workers/conversation/conversation_key.h"
#include "workers/proactive/meeting_change_request.h"

namespace chatfleet::workers {
namespace {

/// The language and zone the stage plans a person's message in.
void Localize(const std::optional<PersonalizedEvent>& personal,
              const std::optional<std::string>& row_language,
              const PersonalizationDefaults& defaults, ProactiveInput& input) {
  input.language =
      personal ? personal->language.language : row_language.value_or(defaults.language);
  input.timezone = personal && !personal->profile.timezone.empty() ? personal->profile.timezone
                                                                   : defaults.timezone;
}

/// The message's parses, taking what personalization read of it already.
MessageReading ReadingOf(const v1::ChatEvent& event,
                         const std::optional<PersonalizedEvent>& personal) {
  if (!personal) return ReadMessage(event.text());
  return {FindMeetingChange(event.text()), personal->timezone_statement};
}

}  // namespace

ProactiveInputs ProactiveInputsOf(const std::vector<const IntakeEvent*>& events,
                                  const FeatureFlags& flags, const std::vector<bool>& answered,
                                  const PersonalizationResult& personal,
                                  const PersonalizationDefaults& defaults) {
  ProactiveInputs out;
  out.inputs.resize(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    const v1::ChatEvent& event = events[i]->event;
    ProactiveInput& input = out.inputs[i];
    input.event = &event;
    if (!IsFromPerson(event)) continue;
    if (answered[i]) {
      input.enabled = false;  // its effects were written with its first delivery
      continue;
    }
    input.enabled = flags.Enabled(Feature::kProactive, event.tenant(), event.sender().user_id());
    if (!input.enabled) {
      out.switched_off.push_back(i);
      continue;
    }
    Localize(personal.events[i], personal.row_languages[i], defaults, input);
    input.reading = ReadingOf(event, personal.events[i]);
    input.partition = events[i]->partition;
    input.offset = events[i]->offset;
    input.traceparent = events[i]->trace.Traceparent();
  }
  return out;
}

}  // namespace chatfleet::workers
