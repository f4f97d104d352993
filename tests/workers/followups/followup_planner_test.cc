// When a follow-up is due, what the user is told, and what settles it.
#include "workers/followups/followup_planner.h"

#include <gtest/gtest.h>

#include <chrono>

namespace chatfleet::followups {
namespace {

using std::chrono::minutes;

TEST(FollowUpPlan, MediumIsDueInOneAndAHalfHoursAndTheUserIsToldInTheirLanguage) {
  const i18n::MessageCatalog catalog;
  const std::chrono::sys_seconds now{std::chrono::seconds{1773216900}};
  const FollowUpPlan plan =
      PlanFollowUp({"Хочу узнать про виниры"}, "ru", now, FollowUpPolicy{}, catalog);
  EXPECT_EQ(plan.urgency, Urgency::kMedium);
  EXPECT_EQ(plan.due_at - now, minutes{90});
  EXPECT_EQ(plan.notice, "Я свяжусь с вами через 1,5 часа.");

  const FollowUpPlan urgent = PlanFollowUp({"urgent!"}, "en", now, FollowUpPolicy{}, catalog);
  EXPECT_EQ(urgent.due_at - now, minutes{15});
  EXPECT_EQ(urgent.notice, "I will follow up in 15 minutes.");
}

TEST(FollowUpPlan, AUserMessageAfterCreationSettlesItWhenConfigured) {
  const std::chrono::sys_seconds created{std::chrono::seconds{1000}};
  FollowUpPolicy policy;
  EXPECT_TRUE(SettlesFollowUp(policy, created, created + minutes{5}));
  EXPECT_FALSE(SettlesFollowUp(policy, created, created - minutes{5}));
  policy.settle_on_user_message = false;
  EXPECT_FALSE(SettlesFollowUp(policy, created, created + minutes{5}));
}

}  // namespace
}  // namespace chatfleet::followups
