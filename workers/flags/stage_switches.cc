#include "workers/flags/stage_switches.h"

namespace chatfleet::workers {

StageSwitches SwitchStages(const std::vector<const v1::ChatEvent*>& events,
                           const FeatureFlags& flags, const AdmitRecall& admit) {
  StageSwitches on{std::vector<bool>(events.size()), std::vector<bool>(events.size()),
                   std::vector<bool>(events.size()), std::vector<bool>(events.size()),
                   std::vector<std::vector<std::string>>(events.size())};
  for (std::size_t i = 0; i < events.size(); ++i) {
    const v1::ChatEvent& event = *events[i];
    const std::string& user = event.sender().user_id();
    on.personalization[i] = flags.Enabled(Feature::kPersonalization, event.tenant(), user);
    on.recall[i] = flags.Enabled(Feature::kRecall, event.tenant(), user) && admit(event.tenant());
    on.compression[i] =
        flags.Enabled(Feature::kCompression, event.tenant(), event.conversation().id());
    on.searchable[i] = flags.EnabledForAnyone(Feature::kRecall, event.tenant());
    if (!on.personalization[i]) on.disabled[i].push_back("personalization");
    if (!on.recall[i]) on.disabled[i].push_back("recall");
    if (!on.compression[i]) on.disabled[i].push_back("compression");
  }
  return on;
}

}  // namespace chatfleet::workers
