#pragma once

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/pg_schema.h"

namespace chatfleet::testing {

/// Load through ingest while a fault happens: one thread posts batches of `batch` events (each
/// a Kafka transaction), another posts single events, until Stop(). Every event has its own
/// platform message id (`f-<n>`), so what was stored can be compared with what was answered.
class FaultLoad {
 public:
  using Clock = std::chrono::steady_clock;
  struct Answer {
    Clock::time_point sent;
    Clock::time_point answered;
    int status = 0;  // 0: curl gave up (no answer)
    bool retry_after = false;
    int first = 0;
    int count = 0;
  };

  FaultLoad(std::string ingest_url, int batch);
  ~FaultLoad();
  void Stop();

  std::vector<Answer> answers() const;
  /// Event numbers by the answer their request got.
  std::set<int> accepted() const { return EventsAnswered(202); }
  std::set<int> refused() const { return EventsAnswered(503); }  // must never be stored
  /// Requests answered `status` that were sent after `from` and answered before `to`.
  int Count(int status, Clock::time_point from, Clock::time_point to) const;
  /// Waits until a request sent after `after` is accepted (the fleet recovered by itself).
  bool AcceptsAgainAfter(Clock::time_point after, std::chrono::seconds timeout) const;

 private:
  void Post(bool batches);
  std::set<int> EventsAnswered(int status) const;

  std::string url_;
  int batch_;
  std::atomic<int> next_{0};
  std::atomic<bool> stopping_{false};
  mutable std::mutex mutex_;
  std::vector<Answer> answers_;
  std::vector<std::thread> threads_;
};

/// What a fault test prints and records: accepted / stored / missing / duplicated, events
/// stored although refused, and for chat.context the events without a context and the
/// contexts sent more than once. Waits (up to `settle`) for every accepted event's row.
struct FaultReport {
  std::size_t accepted = 0;
  std::size_t stored = 0;
  std::size_t missing = 0;
  std::size_t duplicated = 0;
  std::size_t stored_although_refused = 0;
  std::size_t contexts_missing = 0;
  std::size_t contexts_redelivered = 0;

  static FaultReport Collect(const FaultLoad& load, const TestSchema& schema,
                             const std::string& brokers, const std::string& context_topic,
                             std::chrono::seconds settle = std::chrono::seconds(120));
  void Print(const std::string& name) const;
};

/// What every fault must leave true: something was accepted, none of it is missing or stored
/// twice, nothing refused was stored, every stored event got its chat.context.
void ExpectNothingLostOrTwice(const FaultReport& report);

}  // namespace chatfleet::testing
