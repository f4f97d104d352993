// The per-tenant token bucket and the Retry-After it answers.
#include "ingest/limits/rate_limiter.h"

#include <gtest/gtest.h>

#include <chrono>

namespace chatfleet::testing {
namespace {

namespace limits = ingest::limits;

TEST(RateLimiter, TokenBucketRefusesOverBurstAndRefillsWithTime) {
  limits::RateLimiter limiter;
  const limits::BucketPolicy policy{10, 20};  // 10 events/s, bursts of 20
  const auto t0 = limits::RateLimiter::Clock::time_point{} + std::chrono::hours(1);
  EXPECT_EQ(limiter.Acquire("a", 20, policy, t0), std::nullopt);
  const auto wait = limiter.Acquire("a", 5, policy, t0);
  ASSERT_TRUE(wait.has_value());
  EXPECT_EQ(*wait, 1);  // 5 events at 10/s: half a second, rounded up to Retry-After: 1
  EXPECT_EQ(limiter.Acquire("b", 20, policy, t0), std::nullopt) << "buckets are per tenant";
  EXPECT_EQ(limiter.Acquire("a", 5, policy, t0 + std::chrono::milliseconds(500)), std::nullopt);
  EXPECT_TRUE(limiter.Acquire("a", 1, policy, t0 + std::chrono::milliseconds(500)).has_value());
}

// A request larger than the burst is told how long a full refill takes, not "never".
TEST(RateLimiter, RequestLargerThanBurstGetsAFiniteRetryAfter) {
  limits::RateLimiter limiter;
  const limits::BucketPolicy policy{10, 20};
  const auto t0 = limits::RateLimiter::Clock::time_point{} + std::chrono::hours(1);
  ASSERT_EQ(limiter.Acquire("c", 20, policy, t0), std::nullopt);
  const auto wait = limiter.Acquire("c", 100, policy, t0);
  ASSERT_TRUE(wait.has_value());
  EXPECT_EQ(*wait, 2);
}

}  // namespace
}  // namespace chatfleet::testing
