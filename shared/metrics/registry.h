#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chatfleet::metrics {

using Labels = std::vector<std::pair<std::string, std::string>>;

/// Monotonic counter; lock-free increments.
class Counter {
 public:
  void Inc(double amount = 1);
  double value() const;

 private:
  std::atomic<double> value_{0};
};

class Gauge {
 public:
  void Set(double value);
  void Add(double amount);
  double value() const;

 private:
  std::atomic<double> value_{0};
};

/// Cumulative histogram with fixed upper bounds (+Inf implied). Observe() is lock-free; the
/// snapshot's count is the sum of the buckets, so `_count` always equals the `+Inf` bucket.
class Histogram {
 public:
  explicit Histogram(std::vector<double> bounds);
  void Observe(double value);
  struct Snapshot {
    std::vector<double> bounds;
    std::vector<std::uint64_t> cumulative_counts;  // one per bound, then +Inf
    double sum;
    std::uint64_t count;
  };
  Snapshot snapshot() const;

 private:
  std::vector<double> bounds_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> counts_;
  std::atomic<double> sum_{0};
};

/// Seconds buckets from 0.5 ms to 10 s, for latencies.
std::vector<double> LatencyBuckets();

/// A process's metrics, rendered in the Prometheus text exposition format 0.0.4.
/// Registration is thread-safe and returns references that stay valid for the registry's
/// lifetime; the same name with the same labels returns the same instrument.
class Registry {
 public:
  Registry();
  ~Registry();  // out of line: Family is only complete in registry.cc
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  Counter& AddCounter(std::string_view name, std::string_view help, Labels labels = {});
  Gauge& AddGauge(std::string_view name, std::string_view help, Labels labels = {});
  Histogram& AddHistogram(std::string_view name, std::string_view help, std::vector<double> bounds,
                          Labels labels = {});
  /// A gauge family computed at scrape time (consumer lag per partition, queue depth).
  void AddGaugeCallback(std::string_view name, std::string_view help,
                        std::function<std::vector<std::pair<Labels, double>>()> collect);

  std::string Render() const;

 private:
  struct Family;
  mutable std::mutex mutex_;
  std::vector<std::unique_ptr<Family>> families_;
  Family& FindOrAdd(std::string_view name, std::string_view help, std::string_view type);
};

}  // namespace chatfleet::metrics
