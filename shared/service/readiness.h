#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "shared/http/operational_routes.h"
#include "shared/metrics/registry.h"

namespace chatfleet::service {

/// The state a check reports when it holds.
inline constexpr std::string_view kCheckOk = "ok";

/// A service's readiness as named checks, each "ok" or the reason it is not.
///
/// Probes (a round trip: the broker, the database) run one after another on a background
/// thread every `interval`, with their own short timeouts; `GET /readyz` reads their last results,
/// so a slow or dead dependency never blocks an HTTP thread. Until a probe's first round it
/// reports "pending"; a round's results are published together. Gates (a flag: shutting down,
/// the group joined) are read on every request and must be thread-safe and quick.
///
/// Exports `chatfleet_ready` (1/0) and `chatfleet_readiness_check{check}` (1 ok, 0 not). Add every
/// check before Start. Thread-safe after Start; the destructor stops and joins the thread, so
/// declare it after whatever its checks use.
class Readiness {
 public:
  using Check = std::function<std::string()>;

  Readiness(metrics::Registry& metrics, std::chrono::milliseconds interval);
  ~Readiness();
  Readiness(const Readiness&) = delete;
  Readiness& operator=(const Readiness&) = delete;

  void AddGate(std::string name, Check gate);
  /// Probes run on the background thread only: they may own unsynchronized state.
  void AddProbe(std::string name, Check probe);

  /// Starts the probe thread; its first round starts at once.
  void Start();
  void Stop();

  /// Gates first (shutting down is the first reason shown), then probes, in the order added.
  http::ReadinessReport Report() const;
  /// For AddOperationalRoutes. References this object: it must outlive the server.
  http::HealthChecks health_checks() const;

 private:
  void RunProbes();

  std::chrono::milliseconds interval_;
  std::vector<std::pair<std::string, Check>> gates_;
  std::vector<std::pair<std::string, Check>> probes_;
  mutable std::mutex mutex_;
  std::map<std::string, std::string> results_;  // probe name → last state
  std::condition_variable_any wake_;
  std::jthread thread_;
};

}  // namespace chatfleet::service
