#include "shared/pg/pg_array.h"

#include <gtest/gtest.h>

namespace chatfleet::pg {
namespace {

TEST(PgArrayTest, QuotesEveryElement) {
  PgArray array;
  array.Add(std::string("a\"b\\c"));
  array.Add(std::optional<std::string>());
  array.Add(std::string("{x},y"));
  EXPECT_EQ(array.str(), R"({"a\"b\\c",NULL,"{x},y"})");
  EXPECT_EQ(PgArray().str(), "{}");
}

}  // namespace
}  // namespace chatfleet::pg
