#pragma once

#include <algorithm>
#include <chrono>
#include <functional>
#include <thread>

#include "shared/core/error.h"

namespace chatfleet {

/// Exponential backoff for retryable errors. The one retry loop of the code base: callers
/// pass what to do and when to give up, never write their own loop.
struct RetryPolicy {
  std::chrono::milliseconds initial_delay{50};
  std::chrono::milliseconds max_delay{5000};
  double multiplier = 2.0;
  /// 0 → no limit: retry until success, a non-retryable error, or `should_stop`.
  int max_attempts = 0;

  /// The delay before attempt `attempt` (1-based; attempt 1 has none).
  std::chrono::milliseconds DelayBefore(int attempt) const;
};

/// Runs `operation` until it succeeds or fails with a non-retryable error, the policy's
/// attempts are used up, or `should_stop()` turns true; then returns that last result (the
/// final failure is never swallowed). `on_retry(error, attempt)` runs before each retry.
template <typename T>
Result<T> Retry(
    const RetryPolicy& policy, const std::function<Result<T>()>& operation,
    const std::function<bool()>& should_stop = [] { return false; },
    const std::function<void(const Error&, int)>& on_retry = {}) {
  for (int attempt = 1;; ++attempt) {
    Result<T> result = operation();
    if (result || !result.error().retryable()) return result;
    if (policy.max_attempts > 0 && attempt >= policy.max_attempts) return result;
    if (should_stop()) return result;
    if (on_retry) on_retry(result.error(), attempt);
    // Sleep in slices so a stop request is honoured within ~100 ms even during long backoffs.
    const auto deadline = std::chrono::steady_clock::now() + policy.DelayBefore(attempt + 1);
    while (std::chrono::steady_clock::now() < deadline) {
      if (should_stop()) return result;
      std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
          std::chrono::milliseconds(100), deadline - std::chrono::steady_clock::now()));
    }
  }
}

}  // namespace chatfleet
