#include "workers/followups/followup_planner.h"

#include "shared/i18n/locale.h"

namespace chatfleet::followups {

FollowUpPlan PlanFollowUp(const std::vector<std::string_view>& recent, std::string_view language,
                          std::chrono::sys_seconds now, const FollowUpPolicy& policy,
                          const i18n::MessageCatalog& catalog, const UrgencyCues* extra_cues) {
  return PlanFollowUp(DetectUrgency(recent, extra_cues), language, now, policy, catalog);
}

FollowUpPlan PlanFollowUp(Urgency urgency, std::string_view language, std::chrono::sys_seconds now,
                          const FollowUpPolicy& policy, const i18n::MessageCatalog& catalog) {
  FollowUpPlan plan;
  plan.urgency = urgency;
  plan.delay = policy.DelayFor(plan.urgency);
  plan.due_at = now + plan.delay;
  plan.notice = FollowUpNotice(language, plan.delay, catalog);
  return plan;
}

std::string FollowUpNotice(std::string_view language, std::chrono::minutes delay,
                           const i18n::MessageCatalog& catalog) {
  // Resolve once so the duration's plural forms and the sentence share one language.
  const i18n::Locale locale = catalog.Resolve(language, i18n::MessageId::kFollowUpNotice);
  return catalog.Render(locale, i18n::MessageId::kFollowUpNotice,
                        {{"duration", i18n::FormatDuration(locale, delay)}});
}

bool SettlesFollowUp(const FollowUpPolicy& policy, std::chrono::sys_seconds created_at,
                     std::chrono::sys_seconds message_at) {
  return policy.settle_on_user_message && message_at > created_at;
}

}  // namespace chatfleet::followups
