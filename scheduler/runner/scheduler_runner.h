#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "scheduler/compose/outbound_composer.h"
#include "shared/core/clock.h"
#include "shared/core/error.h"
#include "shared/kafka/producer.h"
#include "shared/metrics/registry.h"
#include "shared/pg/connection.h"
#include "shared/trace/tracer.h"

namespace chatfleet::scheduler {

struct SchedulerOptions {
  std::string database_url;
  std::string outbound_topic = "chat.outbound";
  std::chrono::milliseconds interval{1000};
  int batch = 500;
  std::chrono::milliseconds publish_timeout{10000};
};

/// The time-driven loop: each tick claims what is due (one transaction), emits it to
/// chat.outbound, waits for the broker's acknowledgement, marks it sent and commits.
///
/// Exactly-once towards users is not possible across two systems; this gives at-least-once
/// with a stable id: a crash after the acknowledgement and before the commit re-sends the same
/// ids later, a crash before the acknowledgement loses nothing. Replicas never claim the same
/// rows at once (SKIP LOCKED). Not thread-safe: one runner per thread.
class SchedulerRunner {
 public:
  SchedulerRunner(SchedulerOptions options, const Clock& clock, kafka::Producer& producer,
                  TextRenderer render, trace::Tracer& tracer, metrics::Registry& metrics);

  /// One claim → emit → mark → commit round. Returns how many messages it sent.
  Result<int> Tick();
  /// Ticks until `should_stop()`; a failing tick is logged and retried next interval.
  void Run(const std::function<bool()>& should_stop);
  bool ready() const { return ready_.load(); }

 private:
  Status EnsureConnected();
  Status Emit(const std::vector<DueMessage>& due, std::chrono::system_clock::time_point now);

  SchedulerOptions options_;
  const Clock& clock_;
  kafka::Producer& producer_;
  TextRenderer render_;
  trace::Tracer& tracer_;
  std::optional<pg::Connection> connection_;
  std::atomic<bool> ready_{false};
  metrics::Counter& emitted_reminders_;
  metrics::Counter& emitted_follow_ups_;
  metrics::Counter& muted_;
  metrics::Counter& failures_;
  metrics::Gauge& oldest_due_;
};

}  // namespace chatfleet::scheduler
