// "I don't need X" in every language, and subjects that match across inflections.
#include "workers/followups/negation.h"

#include <gtest/gtest.h>

namespace chatfleet::followups {
namespace {

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

}  // namespace
}  // namespace chatfleet::followups
