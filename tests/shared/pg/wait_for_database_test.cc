#include "shared/pg/wait_for_database.h"

#include <gtest/gtest.h>

#include <chrono>

namespace chatfleet::pg {
namespace {

using std::chrono::milliseconds;
using Clock = std::chrono::steady_clock;

// Nothing listens on port 1 of the loopback interface: connections are refused at once.
constexpr const char* kRefusedUrl = "postgresql://nobody@127.0.0.1:1/none";

TEST(WaitForDatabaseTest, RetriesUntilTheDeadlineThenReturnsTheLastError) {
  const Clock::time_point start = Clock::now();
  auto connection = WaitForDatabase(kRefusedUrl, milliseconds(700));
  const auto elapsed = Clock::now() - start;
  ASSERT_FALSE(connection);
  EXPECT_TRUE(connection.error().retryable()) << connection.error().message;
  EXPECT_NE(connection.error().message.find("gave up after"), std::string::npos);
  EXPECT_GE(elapsed, milliseconds(700));
  EXPECT_LT(elapsed, milliseconds(5000));
}

TEST(WaitForDatabaseTest, ZeroWaitTriesOnce) {
  auto connection = WaitForDatabase(kRefusedUrl, milliseconds(0));
  ASSERT_FALSE(connection);
  EXPECT_NE(connection.error().message.find("1 attempts"), std::string::npos)
      << connection.error().message;
}

TEST(WaitForDatabaseTest, AnInvalidUrlFailsAtOnceAsFatal) {
  const Clock::time_point start = Clock::now();
  auto connection = WaitForDatabase("postgresql://[broken", milliseconds(10000));
  ASSERT_FALSE(connection);
  EXPECT_EQ(connection.error().kind, ErrorKind::kFatal) << connection.error().message;
  EXPECT_LT(Clock::now() - start, milliseconds(2000));
}

}  // namespace
}  // namespace chatfleet::pg
