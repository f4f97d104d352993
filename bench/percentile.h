#pragma once

// The two percentile conventions the bench reports use, in one place so each figure keeps the
// rank it has always been computed with.
#include <algorithm>
#include <cstddef>
#include <vector>

namespace chatfleet::bench {

/// The value at rank p·(n − 1) of `values` (0 for none): 1.0 is the maximum, 0.5 the lower
/// median. Latencies of the spine and memory benches.
inline double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  const auto rank = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(rank),
                   values.end());
  return values[rank];
}

/// The value at rank p·n of already sorted values, capped at the last (0 for none): the
/// per-message times of the language and meeting scorers.
inline double PercentileOfSorted(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(p * sorted.size()))];
}

}  // namespace chatfleet::bench
