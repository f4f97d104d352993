#include "shared/service/readiness.h"

#include <exception>

namespace chatfleet::service {
namespace {

std::string Guarded(const Readiness::Check& check) {
  try {
    return check();
  } catch (const std::exception& e) {
    return std::string("check failed: ") + e.what();
  }
}

}  // namespace

Readiness::Readiness(metrics::Registry& metrics, std::chrono::milliseconds interval)
    : interval_(interval) {
  metrics.AddGaugeCallback("chatfleet_ready", "1 while /readyz answers 200", [this] {
    return std::vector<std::pair<metrics::Labels, double>>{{{}, Report().ready ? 1.0 : 0.0}};
  });
  metrics.AddGaugeCallback(
      "chatfleet_readiness_check", "1 while the named readiness check holds", [this] {
        std::vector<std::pair<metrics::Labels, double>> samples;
        for (const auto& [name, state] : Report().checks) {
          samples.push_back({{{"check", name}}, state == kCheckOk ? 1.0 : 0.0});
        }
        return samples;
      });
}

Readiness::~Readiness() { Stop(); }

void Readiness::AddGate(std::string name, Check gate) {
  gates_.emplace_back(std::move(name), std::move(gate));
}

void Readiness::AddProbe(std::string name, Check probe) {
  probes_.emplace_back(std::move(name), std::move(probe));
}

void Readiness::Start() {
  if (thread_.joinable() || probes_.empty()) return;
  thread_ = std::jthread([this](std::stop_token stop) {
    std::mutex sleep_mutex;
    while (!stop.stop_requested()) {
      RunProbes();
      std::unique_lock lock(sleep_mutex);
      wake_.wait_for(lock, stop, interval_, [] { return false; });
    }
  });
}

void Readiness::Stop() {
  if (!thread_.joinable()) return;
  thread_.request_stop();
  thread_.join();
}

void Readiness::RunProbes() {
  // Published as one round, so a report never mixes this round's broker with the last one's
  // migrations.
  std::map<std::string, std::string> round;
  for (const auto& [name, probe] : probes_) round[name] = Guarded(probe);
  std::lock_guard lock(mutex_);
  results_ = std::move(round);
}

http::ReadinessReport Readiness::Report() const {
  http::ReadinessReport report;
  for (const auto& [name, gate] : gates_) report.checks.emplace_back(name, Guarded(gate));
  {
    std::lock_guard lock(mutex_);
    for (const auto& [name, probe] : probes_) {
      const auto found = results_.find(name);
      report.checks.emplace_back(name, found == results_.end() ? "pending" : found->second);
    }
  }
  for (const auto& [name, state] : report.checks) report.ready = report.ready && state == kCheckOk;
  return report;
}

http::HealthChecks Readiness::health_checks() const {
  http::HealthChecks checks;
  checks.report = [this] { return Report(); };
  return checks;
}

}  // namespace chatfleet::service
