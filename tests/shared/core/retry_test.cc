#include "shared/core/retry.h"

#include <gtest/gtest.h>

namespace chatfleet {
namespace {

RetryPolicy Fast(int max_attempts) {
  return {std::chrono::milliseconds(1), std::chrono::milliseconds(2), 2.0, max_attempts};
}

TEST(RetryPolicyTest, BacksOffExponentiallyUpToTheCap) {
  const RetryPolicy policy{std::chrono::milliseconds(50), std::chrono::milliseconds(300), 2.0, 0};
  EXPECT_EQ(policy.DelayBefore(1).count(), 0);
  EXPECT_EQ(policy.DelayBefore(2).count(), 50);
  EXPECT_EQ(policy.DelayBefore(3).count(), 100);
  EXPECT_EQ(policy.DelayBefore(4).count(), 200);
  EXPECT_EQ(policy.DelayBefore(5).count(), 300);
  EXPECT_EQ(policy.DelayBefore(50).count(), 300);
}

TEST(RetryTest, RetriesRetryableErrorsUntilSuccess) {
  int calls = 0;
  const auto result = Retry<int>(Fast(0), [&]() -> Result<int> {
    if (++calls < 4) return Fail(Error::Retryable("connection lost"));
    return 42;
  });
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(*result, 42);
  EXPECT_EQ(calls, 4);
}

TEST(RetryTest, StopsAtOnceOnPermanentErrors) {
  int calls = 0;
  const auto result = Retry<int>(Fast(0), [&]() -> Result<int> {
    ++calls;
    return Fail(Error::Permanent("bad row"));
  });
  EXPECT_EQ(calls, 1);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().message, "bad row");
}

// Regression guard for the off-by-one that swallows the final failure: with max_attempts = 3
// the operation runs exactly three times and the third error is what the caller sees.
TEST(RetryTest, ReturnsTheFinalFailureAfterTheLastAttempt) {
  int calls = 0;
  const auto result = Retry<int>(Fast(3), [&]() -> Result<int> {
    ++calls;
    return Fail(Error::Retryable("attempt " + std::to_string(calls)));
  });
  EXPECT_EQ(calls, 3);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().message, "attempt 3");
}

TEST(RetryTest, GivesUpWhenAStopIsRequested) {
  int calls = 0;
  const auto result = Retry<int>(
      RetryPolicy{std::chrono::milliseconds(10), std::chrono::milliseconds(10), 2.0, 0},
      [&]() -> Result<int> {
        ++calls;
        return Fail(Error::Retryable("down"));
      },
      [&] { return calls >= 2; });
  EXPECT_FALSE(result.has_value());
  EXPECT_EQ(calls, 2);
}

}  // namespace
}  // namespace chatfleet
