#include "workers/recall/recall_guard.h"

#include <algorithm>

namespace chatfleet::workers {

std::string_view TriggerName(RecallGuardTrigger trigger) {
  return trigger == RecallGuardTrigger::kErrors ? "errors" : "latency";
}

void RecallTally::Add(std::string_view tenant, bool fell_back) {
  auto found = tenants_.find(tenant);
  if (found == tenants_.end()) {
    found = tenants_.emplace(std::string(tenant), RecallTenantOutcome{std::string(tenant)}).first;
  }
  ++found->second.rankings;
  if (fell_back) ++found->second.fallbacks;
}

RecallGuard::RecallGuard(RecallGuardOptions options, Clock clock)
    : options_(options), clock_(std::move(clock)) {}

RecallGuard::Admission RecallGuard::Admit(std::string_view tenant) {
  if (!options_.enabled) return {};
  std::lock_guard lock(mutex_);
  const auto found = tenants_.find(tenant);
  if (found == tenants_.end() || found->second.state != State::kOff) return {};
  Tenant& state = found->second;
  if (clock_() < state.off_until) return {false, std::nullopt};
  state.state = State::kProbing;
  state.probe = {};
  return {true, RecallGuardTransition{RecallGuardTransition::Kind::kProbing, found->first}};
}

std::vector<RecallGuardTransition> RecallGuard::Observe(const RecallTally& tally,
                                                        std::chrono::nanoseconds latency) {
  std::vector<RecallGuardTransition> transitions;
  if (!options_.enabled) return transitions;
  std::lock_guard lock(mutex_);
  const TimePoint now = clock_();
  const double seconds = std::chrono::duration<double>(latency).count();
  for (const auto& [name, outcome] : tally.tenants()) {
    if (outcome.rankings == 0) continue;
    auto found = tenants_.find(name);
    if (found == tenants_.end()) found = tenants_.emplace(name, Tenant{}).first;
    Tenant& tenant = found->second;
    tenant.last_seen = now;
    const Sample sample{now, outcome.rankings, outcome.fallbacks, seconds};
    std::optional<RecallGuardTransition> changed;
    // kOff: a batch admitted before the trip reports late; it changes nothing.
    if (tenant.state == State::kOn) changed = ObserveOn(name, tenant, sample);
    if (tenant.state == State::kProbing) changed = ObserveProbe(name, tenant, sample);
    if (changed) transitions.push_back(std::move(*changed));
  }
  ForgetIdle(now);
  return transitions;
}

std::optional<RecallGuardTransition> RecallGuard::ObserveOn(const std::string& name, Tenant& tenant,
                                                            const Sample& sample) {
  const TimePoint now = sample.at;
  tenant.window.push_back(sample);
  // The newest sample always counts, however short the window.
  while (tenant.window.size() > 1 && tenant.window.front().at <= now - options_.window) {
    tenant.window.pop_front();
  }
  Totals totals;
  for (const auto& seen : tenant.window) {
    totals.rankings += seen.rankings;
    totals.fallbacks += seen.fallbacks;
    totals.latency_seconds += seen.latency_seconds;
    ++totals.batches;
  }
  // Too few rankings in the window say nothing either way: a breach in progress goes on.
  if (totals.rankings < options_.min_rankings) return std::nullopt;
  const double ratio = static_cast<double>(totals.fallbacks) / static_cast<double>(totals.rankings);
  const double mean_latency = totals.latency_seconds / static_cast<double>(totals.batches);
  const double max_latency = std::chrono::duration<double>(options_.max_latency).count();
  auto track = [now](std::optional<TimePoint>& since, bool breached) {
    if (!breached) since.reset();
    if (breached && !since) since = now;
  };
  track(tenant.errors_since, ratio > options_.max_error_ratio);
  track(tenant.latency_since, mean_latency > max_latency);
  if (tenant.errors_since && now - *tenant.errors_since >= options_.error_for) {
    return TripTenant(name, tenant, RecallGuardTrigger::kErrors, ratio, now);
  }
  if (tenant.latency_since && now - *tenant.latency_since >= options_.latency_for) {
    return TripTenant(name, tenant, RecallGuardTrigger::kLatency, mean_latency, now);
  }
  return std::nullopt;
}

std::optional<RecallGuardTransition> RecallGuard::ObserveProbe(const std::string& name,
                                                               Tenant& tenant,
                                                               const Sample& sample) {
  tenant.probe.rankings += sample.rankings;
  tenant.probe.fallbacks += sample.fallbacks;
  tenant.probe.latency_seconds += sample.latency_seconds;
  ++tenant.probe.batches;
  if (tenant.probe.rankings < options_.min_rankings) return std::nullopt;
  // A probe needs no sustained breach: recall just proved bad for this tenant once already.
  if (const auto breach = Breach(tenant.probe)) {
    return TripTenant(name, tenant, breach->first, breach->second, sample.at);
  }
  tenant.state = State::kOn;
  tenant.window.clear();
  return RecallGuardTransition{RecallGuardTransition::Kind::kRecovered, name};
}

std::optional<std::pair<RecallGuardTrigger, double>> RecallGuard::Breach(
    const Totals& totals) const {
  const double ratio = static_cast<double>(totals.fallbacks) / static_cast<double>(totals.rankings);
  if (ratio > options_.max_error_ratio) return std::pair{RecallGuardTrigger::kErrors, ratio};
  const double mean_latency = totals.latency_seconds / static_cast<double>(totals.batches);
  if (mean_latency > std::chrono::duration<double>(options_.max_latency).count()) {
    return std::pair{RecallGuardTrigger::kLatency, mean_latency};
  }
  return std::nullopt;
}

RecallGuardTransition RecallGuard::TripTenant(const std::string& name, Tenant& tenant,
                                              RecallGuardTrigger trigger, double value,
                                              TimePoint now) {
  tenant.state = State::kOff;
  tenant.off_until = now + options_.cool_down;
  tenant.window.clear();
  tenant.errors_since.reset();
  tenant.latency_since.reset();
  return {RecallGuardTransition::Kind::kTripped, name, trigger, value};
}

void RecallGuard::ForgetIdle(TimePoint now) {
  // A tenant quiet for longer than any trigger looks back keeps no state worth its memory.
  const auto idle = std::max({options_.window, options_.error_for, options_.latency_for});
  std::erase_if(tenants_, [&](const auto& entry) {
    const Tenant& tenant = entry.second;
    if (tenant.state == State::kOff) return tenant.off_until < now - idle;
    return tenant.state == State::kOn && tenant.last_seen < now - idle;
  });
}

std::size_t RecallGuard::tenants_off() const {
  std::lock_guard lock(mutex_);
  return static_cast<std::size_t>(std::count_if(tenants_.begin(), tenants_.end(), [](auto& entry) {
    return entry.second.state == State::kOff;
  }));
}

}  // namespace chatfleet::workers
