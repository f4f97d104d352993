#include "ingest/limits/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace chatfleet::ingest::limits {

std::optional<int> RateLimiter::Acquire(std::string_view key, double cost,
                                        const BucketPolicy& policy, Clock::time_point now) {
  const double rate = std::max(policy.rate_per_second, 1e-9);
  const double burst = std::max(policy.burst, 1.0);
  std::lock_guard lock(mutex_);
  auto it = buckets_.find(key);
  if (it == buckets_.end()) {
    it = buckets_.emplace(std::string(key), Bucket{burst, now}).first;
  }
  Bucket& bucket = it->second;
  const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
  if (elapsed > 0) {
    bucket.tokens = std::min(burst, bucket.tokens + elapsed * rate);
    bucket.updated = now;
  }
  if (cost <= bucket.tokens) {
    bucket.tokens -= cost;
    return std::nullopt;
  }
  const double missing = std::min(cost, burst) - bucket.tokens;
  return std::max(1, static_cast<int>(std::ceil(missing / rate)));
}

}  // namespace chatfleet::ingest::limits
