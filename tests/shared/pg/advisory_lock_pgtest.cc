// shared/pg SessionLock against the real server: one session at a time holds a key in a
// schema, dropping the guard lets the next one in, and another schema's key is its own.
#include <gtest/gtest.h>

#include "shared/pg/advisory_lock.h"
#include "tests/support/pg_schema.h"

namespace chatfleet::pg {
namespace {

using testing::TestSchema;

constexpr std::string_view kKey = "a sweep";

TEST(SessionLockPgTest, OneSessionHoldsAKeyUntilItsGuardGoes) {
  TestSchema schema;
  Connection first = schema.Connect();
  Connection second = schema.Connect();
  {
    auto held = SessionLock::Try(first, kKey);
    ASSERT_TRUE(held) << held.error().message;
    ASSERT_TRUE(held->has_value());
    auto refused = SessionLock::Try(second, kKey);
    ASSERT_TRUE(refused) << refused.error().message;
    EXPECT_FALSE(refused->has_value()) << "another session holds the key";
  }
  auto after = SessionLock::Try(second, kKey);
  ASSERT_TRUE(after) << after.error().message;
  EXPECT_TRUE(after->has_value()) << "the guard released the key";
}

TEST(SessionLockPgTest, AnotherSchemasSessionsHaveTheirOwnLock) {
  TestSchema one_fleet, another_fleet;
  Connection first = one_fleet.Connect();
  Connection second = another_fleet.Connect();
  auto held = SessionLock::Try(first, kKey);
  ASSERT_TRUE(held && held->has_value());
  auto other = SessionLock::Try(second, kKey);
  ASSERT_TRUE(other) << other.error().message;
  EXPECT_TRUE(other->has_value());
}

}  // namespace
}  // namespace chatfleet::pg
