#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chatfleet::workers {

/// When the guard switches a tenant's recall off and when it tries it again. The defaults are
/// the rollback triggers the alert rules use too: error rate above 5 % for 10 minutes, ranking
/// latency above 300 ms for 5 minutes, then 15 minutes before recall is tried again.
struct RecallGuardOptions {
  bool enabled = true;
  /// A ranking "errs" when its context goes out without memories (timeout or failure).
  double max_error_ratio = 0.05;
  std::chrono::milliseconds error_for{std::chrono::minutes(10)};
  std::chrono::milliseconds max_latency{300};
  std::chrono::milliseconds latency_for{std::chrono::minutes(5)};
  /// Rates and mean latency are taken over this trailing window, like a Prometheus rate().
  std::chrono::milliseconds window{std::chrono::minutes(1)};
  /// Fewer rankings than this in the window (or in a probe) decide nothing.
  std::uint64_t min_rankings = 20;
  std::chrono::milliseconds cool_down{std::chrono::minutes(15)};
};

enum class RecallGuardTrigger { kErrors, kLatency };
/// "errors" | "latency".
std::string_view TriggerName(RecallGuardTrigger trigger);

/// A change of one tenant's state, for the caller to log and count.
struct RecallGuardTransition {
  enum class Kind {
    kTripped,    ///< recall switched off (also when a probe failed)
    kProbing,    ///< the cool-down is over: recall is on again, on probation
    kRecovered,  ///< the probe's rankings were within both limits: recall stays on
  };
  Kind kind = Kind::kTripped;
  std::string tenant;
  RecallGuardTrigger trigger = RecallGuardTrigger::kErrors;  // kTripped only
  double value = 0;  ///< kTripped: the error ratio or the mean latency in seconds
};

/// What one batch's recall did for one tenant: its rankings (one per context that asked for
/// memories) and how many of them went out without memories.
struct RecallTenantOutcome {
  std::string tenant;
  std::uint64_t rankings = 0;
  std::uint64_t fallbacks = 0;
};

/// One batch's outcomes, summed per tenant.
class RecallTally {
 public:
  void Add(std::string_view tenant, bool fell_back);
  const std::map<std::string, RecallTenantOutcome, std::less<>>& tenants() const {
    return tenants_;
  }

 private:
  std::map<std::string, RecallTenantOutcome, std::less<>> tenants_;
};

/// The automatic rollback of recall, per tenant: a circuit breaker over the ranking outcomes.
/// A tenant whose error ratio stays above the limit for `error_for`, or whose mean ranking
/// latency stays above the limit for `latency_for` (each measured over the trailing `window`,
/// with at least `min_rankings` in it), is switched off; after `cool_down` its recall runs
/// again as a probe, and the probe's first `min_rankings` rankings decide: within both limits
/// it is back on, else off for another cool-down. Tenants are independent.
/// Pure apart from the injected clock; thread-safe (Admit runs before the store, Observe on the
/// post-store lane, at the same time).
class RecallGuard {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  explicit RecallGuard(
      RecallGuardOptions options, Clock clock = [] { return std::chrono::steady_clock::now(); });

  struct Admission {
    bool allowed = true;
    std::optional<RecallGuardTransition> transition;  // kProbing when the cool-down just ended
  };
  /// Whether `tenant`'s recall may run now.
  Admission Admit(std::string_view tenant);
  /// Records one batch: each tenant's rankings and fallbacks, and the batch's ranking time,
  /// which every tenant of the batch waited for (the batch is ranked in one statement).
  std::vector<RecallGuardTransition> Observe(const RecallTally& tally,
                                             std::chrono::nanoseconds latency);
  /// Tenants whose recall is off: until their first message after the cool-down (a tenant that
  /// stays away that long, and as long again, is forgotten).
  std::size_t tenants_off() const;

 private:
  using TimePoint = std::chrono::steady_clock::time_point;
  struct Sample {
    TimePoint at;
    std::uint64_t rankings = 0;
    std::uint64_t fallbacks = 0;
    double latency_seconds = 0;
  };
  struct Totals {
    std::uint64_t rankings = 0;
    std::uint64_t fallbacks = 0;
    double latency_seconds = 0;
    std::uint64_t batches = 0;
  };
  enum class State { kOn, kOff, kProbing };
  struct Tenant {
    State state = State::kOn;
    std::deque<Sample> window;  // kOn: the trailing window
    Totals probe;               // kProbing: everything since the probe started
    std::optional<TimePoint> errors_since;
    std::optional<TimePoint> latency_since;
    TimePoint off_until{};
    TimePoint last_seen{};
  };

  std::optional<RecallGuardTransition> ObserveOn(const std::string& name, Tenant& tenant,
                                                 const Sample& sample);
  std::optional<RecallGuardTransition> ObserveProbe(const std::string& name, Tenant& tenant,
                                                    const Sample& sample);
  /// The first limit `totals` breaks, with its value.
  std::optional<std::pair<RecallGuardTrigger, double>> Breach(const Totals& totals) const;
  RecallGuardTransition TripTenant(const std::string& name, Tenant& tenant,
                                   RecallGuardTrigger trigger, double value, TimePoint now);
  void ForgetIdle(TimePoint now);

  RecallGuardOptions options_;
  Clock clock_;
  mutable std::mutex mutex_;
  std::map<std::string, Tenant, std::less<>> tenants_;
};

}  // namespace chatfleet::workers
