#include <gtest/gtest.h>

#include "tests/support/pg_schema.h"

namespace chatfleet::testing {
namespace {

TEST(WithSearchPathTest, UriWithoutQuery) {
  EXPECT_EQ(WithSearchPath("postgresql://u@h:5432/db", "t_1"),
            "postgresql://u@h:5432/db?options=-csearch_path%3Dt_1");
}

TEST(WithSearchPathTest, UriWithQueryKeepsItAndEarlierOptions) {
  EXPECT_EQ(WithSearchPath("postgres://h/db?sslmode=disable&options=-cwork_mem%3D8MB", "s"),
            "postgres://h/db?sslmode=disable&options=-cwork_mem%3D8MB"
            "&options=-cwork_mem%3D8MB%20-csearch_path%3Ds");
}

TEST(WithSearchPathTest, KeyValueForm) {
  EXPECT_EQ(WithSearchPath("host=h port=5432 dbname=db", "t_1"),
            "host=h port=5432 dbname=db options='-csearch_path=t_1'");
}

}  // namespace
}  // namespace chatfleet::testing
