// JSON nesting counted before parsing, so a deep body is refused cheaply.
#include "ingest/limits/json_depth.h"

#include <gtest/gtest.h>

#include <string>

namespace chatfleet::testing {
namespace {

namespace limits = ingest::limits;

TEST(JsonDepth, CountsBracketsOutsideStrings) {
  EXPECT_FALSE(limits::JsonNestingExceeds(R"({"a": {"b": [1, 2]}})", 3));
  EXPECT_TRUE(limits::JsonNestingExceeds(R"({"a": {"b": [[1]]}})", 3));
  EXPECT_FALSE(limits::JsonNestingExceeds(R"({"a": "[[[[[[\"[[[["})", 1));
  EXPECT_TRUE(limits::JsonNestingExceeds(std::string(10000, '['), 32));
}

}  // namespace
}  // namespace chatfleet::testing
