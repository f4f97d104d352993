#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "shared/i18n/message_catalog.h"
#include "workers/followups/urgency.h"

namespace chatfleet::followups {

/// A follow-up to schedule: when it is due and what the user is told now.
struct FollowUpPlan {
  Urgency urgency = Urgency::kMedium;
  std::chrono::minutes delay{0};
  std::chrono::sys_seconds due_at;
  std::string notice;  // "I will follow up in 1.5 hours." in the user's language only
};

/// Plans the follow-up for a conversation whose latest user messages are `recent` (newest
/// last), at the tenant's delay for the detected urgency. `now` is injected. Pure.
FollowUpPlan PlanFollowUp(const std::vector<std::string_view>& recent, std::string_view language,
                          std::chrono::sys_seconds now, const FollowUpPolicy& policy,
                          const i18n::MessageCatalog& catalog,
                          const UrgencyCues* extra_cues = nullptr);
/// The sentence a reply carries for a follow-up `delay` from now, in `language`.
std::string FollowUpNotice(std::string_view language, std::chrono::minutes delay,
                           const i18n::MessageCatalog& catalog);
/// The same for an urgency detected already.
FollowUpPlan PlanFollowUp(Urgency urgency, std::string_view language, std::chrono::sys_seconds now,
                          const FollowUpPolicy& policy, const i18n::MessageCatalog& catalog);

/// Whether a user message at `message_at` settles a follow-up created at `created_at`: when the
/// policy says so and the message came after it was created, the follow-up is not sent.
bool SettlesFollowUp(const FollowUpPolicy& policy, std::chrono::sys_seconds created_at,
                     std::chrono::sys_seconds message_at);

}  // namespace chatfleet::followups
