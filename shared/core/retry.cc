#include "shared/core/retry.h"

#include <cmath>

namespace chatfleet {

std::chrono::milliseconds RetryPolicy::DelayBefore(int attempt) const {
  if (attempt <= 1) return std::chrono::milliseconds(0);
  const double scaled =
      static_cast<double>(initial_delay.count()) * std::pow(multiplier, attempt - 2);
  const double capped = std::min(scaled, static_cast<double>(max_delay.count()));
  return std::chrono::milliseconds(static_cast<std::int64_t>(capped));
}

}  // namespace chatfleet
