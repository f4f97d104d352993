#include "workers/recall/recall_guard_monitor.h"

#include "shared/log/logger.h"

namespace chatfleet::workers {
namespace {

metrics::Counter& Tripped(metrics::Registry& metrics, RecallGuardTrigger trigger) {
  return metrics.AddCounter("chatfleet_worker_recall_guard_tripped_total",
                            "Times this worker switched a tenant's recall off (trigger: errors "
                            "or latency over the guard's limits, also when a probe failed)",
                            {{"trigger", std::string(TriggerName(trigger))}});
}

std::int64_t Seconds(std::chrono::milliseconds duration) {
  return std::chrono::duration_cast<std::chrono::seconds>(duration).count();
}

}  // namespace

RecallGuardMonitor::RecallGuardMonitor(RecallGuardOptions options, metrics::Registry& metrics,
                                       RecallGuard::Clock clock)
    : options_(options),
      guard_(options, std::move(clock)),
      tripped_errors_(Tripped(metrics, RecallGuardTrigger::kErrors)),
      tripped_latency_(Tripped(metrics, RecallGuardTrigger::kLatency)),
      recovered_(metrics.AddCounter("chatfleet_worker_recall_guard_recovered_total",
                                    "Tenants whose recall came back on after a successful probe")),
      tenants_off_(metrics.AddGauge("chatfleet_worker_recall_guard_tenants_off",
                                    "Tenants whose recall this worker has switched off")) {}

bool RecallGuardMonitor::Admit(std::string_view tenant) {
  auto admission = guard_.Admit(tenant);
  if (admission.transition) Report(*admission.transition);
  return admission.allowed;
}

void RecallGuardMonitor::Observe(const RecallTally& tally, std::chrono::nanoseconds latency) {
  for (const auto& transition : guard_.Observe(tally, latency)) Report(transition);
  tenants_off_.Set(static_cast<double>(guard_.tenants_off()));
}

void RecallGuardMonitor::Report(const RecallGuardTransition& transition) {
  using Kind = RecallGuardTransition::Kind;
  switch (transition.kind) {
    case Kind::kTripped:
      (transition.trigger == RecallGuardTrigger::kErrors ? tripped_errors_ : tripped_latency_)
          .Inc();
      log::Warn(
          "recall switched off for a tenant",
          {{"tenant", transition.tenant},
           {"trigger", TriggerName(transition.trigger)},
           {transition.trigger == RecallGuardTrigger::kErrors ? "error_ratio" : "latency_seconds",
            transition.value},
           {"cool_down_s", Seconds(options_.cool_down)}});
      break;
    case Kind::kProbing:
      log::Info("recall probed again for a tenant",
                {{"tenant", transition.tenant}, {"probe_rankings", options_.min_rankings}});
      break;
    case Kind::kRecovered:
      recovered_.Inc();
      log::Info("recall back on for a tenant", {{"tenant", transition.tenant}});
      break;
  }
  tenants_off_.Set(static_cast<double>(guard_.tenants_off()));
}

}  // namespace chatfleet::workers
