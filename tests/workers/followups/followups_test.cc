// Pure tests of urgency detection, follow-up planning and settling, and negation.
#include <gtest/gtest.h>

#include "workers/followups/followup_planner.h"
#include "workers/followups/negation.h"
#include "workers/followups/urgency.h"

namespace chatfleet::followups {
namespace {

using std::chrono::minutes;

TEST(Urgency, MultilingualCues) {
  EXPECT_EQ(DetectUrgency("This is urgent, my tooth is bleeding"), Urgency::kUrgent);
  EXPECT_EQ(DetectUrgency("Срочно нужна помощь"), Urgency::kUrgent);
  EXPECT_EQ(DetectUrgency("Es urgente"), Urgency::kUrgent);
  EXPECT_EQ(DetectUrgency("Preciso de ajuda agora mesmo"), Urgency::kUrgent);
  EXPECT_EQ(DetectUrgency("זה דחוף"), Urgency::kUrgent);
  EXPECT_EQ(DetectUrgency("My tooth hurts, can I come today?"), Urgency::kHigh);
  EXPECT_EQ(DetectUrgency("Болит зуб"), Urgency::kHigh);
  EXPECT_EQ(DetectUrgency("¿Puedo ir hoy?"), Urgency::kHigh);
  EXPECT_EQ(DetectUrgency("I'd like to know your prices"), Urgency::kMedium);
  EXPECT_EQ(DetectUrgency("No rush, just curious about veneers"), Urgency::kLow);
  EXPECT_EQ(DetectUrgency("Не срочно, когда будет время"), Urgency::kLow);
  EXPECT_EQ(DetectUrgency("No es urgente"), Urgency::kLow);
  EXPECT_EQ(DetectUrgency("Não é urgente"), Urgency::kLow);
  EXPECT_EQ(DetectUrgency("לא דחוף"), Urgency::kLow);
}

TEST(Urgency, TheNewestMessageWithACueDecides) {
  EXPECT_EQ(DetectUrgency(std::vector<std::string_view>{"it's urgent", "thanks", "ok"}),
            Urgency::kUrgent);
  EXPECT_EQ(DetectUrgency(std::vector<std::string_view>{"it's urgent", "actually, no rush"}),
            Urgency::kLow);
  EXPECT_EQ(DetectUrgency(std::vector<std::string_view>{}), Urgency::kMedium);
}

TEST(FollowUpPolicy, DefaultDelaysAreSeed001sAndConfigurable) {
  FollowUpPolicy policy;
  EXPECT_EQ(policy.DelayFor(Urgency::kUrgent), minutes{15});
  EXPECT_EQ(policy.DelayFor(Urgency::kHigh), minutes{60});
  EXPECT_EQ(policy.DelayFor(Urgency::kMedium), minutes{90});
  EXPECT_EQ(policy.DelayFor(Urgency::kLow), minutes{240});
  policy.medium = minutes{30};
  EXPECT_EQ(policy.DelayFor(Urgency::kMedium), minutes{30});
  EXPECT_EQ(ParseUrgency("medium"), Urgency::kMedium);
  EXPECT_FALSE(ParseUrgency("whenever").has_value());
}

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

TEST(Negation, IDontNeedXInEveryLanguage) {
  EXPECT_EQ(DetectNegation("I don't need the filling with Dr. Dan")->subject,
            "the filling with Dr. Dan");
  EXPECT_EQ(DetectNegation("Мне не нужен дан с пломбой")->subject, "дан с пломбой");
  EXPECT_EQ(DetectNegation("No necesito la limpieza, gracias")->subject, "la limpieza");
  EXPECT_EQ(DetectNegation("Não preciso de clareamento.")->subject, "clareamento");
  EXPECT_EQ(DetectNegation("אני לא צריך את הסתימה")->subject, "את הסתימה");
  EXPECT_FALSE(DetectNegation("I need a cleaning").has_value());
  EXPECT_FALSE(DetectNegation("I don't need").has_value());
}

TEST(Negation, SubjectsMatchAcrossInflections) {
  EXPECT_TRUE(SameSubject("дан с пломбой", "Запись к Дану на пломбу"));
  EXPECT_TRUE(SameSubject("the filling with Dr. Dan", "Dr. Dan availability for a filling"));
  EXPECT_TRUE(SameSubject("את הסתימה", "סתימה אצל דן"));
  EXPECT_FALSE(SameSubject("дан с пломбой", "виниры"));
  EXPECT_FALSE(SameSubject("veneers", "Dr. Dan availability for a filling"));
}

TEST(UrgencyTest, ConfiguredCuesComeBeforeTheBuiltInOnes) {
  std::string error;
  const auto cues =
      UrgencyCues::Parse("urgent:Code Red|de inmediato;low:when you get a chance", &error);
  ASSERT_TRUE(cues.has_value()) << error;
  EXPECT_EQ(DetectUrgency("this is a code red", &*cues), Urgency::kUrgent);
  EXPECT_EQ(DetectUrgency("Llámame de inmediato", &*cues), Urgency::kUrgent);
  EXPECT_EQ(DetectUrgency("It hurts, but when you get a chance", &*cues), Urgency::kLow);
  EXPECT_EQ(DetectUrgency("this is a code red"), Urgency::kMedium) << "not built in";
  EXPECT_FALSE(UrgencyCues::Parse("soon:tomorrow", &error).has_value());
  EXPECT_EQ(error, "soon:tomorrow");
}

}  // namespace
}  // namespace chatfleet::followups
