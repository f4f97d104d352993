// How urgent a message is (built-in cues in every language, or a tenant's own) and how long
// a follow-up waits at each urgency.
#include "workers/followups/urgency.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

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

TEST(FollowUpPolicy, DefaultDelaysGrowAsUrgencyFallsAndAreConfigurable) {
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

}  // namespace
}  // namespace chatfleet::followups
