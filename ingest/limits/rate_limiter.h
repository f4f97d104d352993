#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace chatfleet::ingest::limits {

struct BucketPolicy {
  double rate_per_second = 200;  // refill
  double burst = 400;            // capacity
};

/// A token bucket per key (tenant). Thread-safe; time is passed in so tests need no sleeps.
/// A request for `cost` events takes them all or none: a request that can never fit (cost
/// above the burst) is refused as if the bucket were empty for the time a full refill takes.
class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  /// nullopt → admitted (tokens taken); otherwise the whole seconds (≥ 1) after which the same
  /// request would be admitted: the `Retry-After` value.
  std::optional<int> Acquire(std::string_view key, double cost, const BucketPolicy& policy,
                             Clock::time_point now);

 private:
  struct Bucket {
    double tokens = 0;
    Clock::time_point updated;
  };
  std::mutex mutex_;
  std::map<std::string, Bucket, std::less<>> buckets_;
};

}  // namespace chatfleet::ingest::limits
