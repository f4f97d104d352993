#pragma once

#include <chrono>
#include <string_view>

#include "shared/metrics/registry.h"
#include "workers/recall/recall_guard.h"

namespace chatfleet::workers {

/// The recall guard as an operator sees it: every transition is a log line and a metric
/// (chatfleet_worker_recall_guard_tripped_total{trigger}, _recovered_total, _tenants_off).
/// Thread-safe like RecallGuard.
class RecallGuardMonitor {
 public:
  RecallGuardMonitor(
      RecallGuardOptions options, metrics::Registry& metrics,
      RecallGuard::Clock clock = [] { return std::chrono::steady_clock::now(); });

  /// Whether `tenant`'s recall may run now.
  bool Admit(std::string_view tenant);
  void Observe(const RecallTally& tally, std::chrono::nanoseconds latency);

 private:
  void Report(const RecallGuardTransition& transition);

  RecallGuardOptions options_;
  RecallGuard guard_;
  metrics::Counter& tripped_errors_;
  metrics::Counter& tripped_latency_;
  metrics::Counter& recovered_;
  metrics::Gauge& tenants_off_;
};

}  // namespace chatfleet::workers
