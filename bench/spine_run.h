#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "bench/http_load.h"
#include "bench/process_cpu.h"
#include "bench/store_probe.h"
#include "shared/core/error.h"

namespace chatfleet::bench {

struct SpineRunOptions {
  std::string label;  ///< "single", "batch", "half"
  std::string ingest_url;
  std::string database_url;
  std::string tenant;  ///< unique per run, so counts and latencies are this run's alone
  std::int64_t events = 0;
  int clients = 16;
  int batch_size = 1;  ///< 1 → POST /v1/events; more → POST /v1/events:batch
  double paced_events_per_s = 0;
  std::chrono::milliseconds stall_timeout{60000};
};

/// One end-to-end run: post every event through ingest, wait until all accepted events are in
/// chat_history, then read the store latency of the run's tenant.
struct SpineRun {
  SpineRunOptions options;
  LoadResult load;
  StoredCount stored;
  StoreLatency latency;
  double accept_seconds = 0;  ///< first request → last 202
  double e2e_seconds = 0;     ///< first request → count reached the accepted events
  double http_p50_ms = 0;
  double http_p99_ms = 0;
  CpuByGroup cpu;  ///< CPU seconds the run took, by process role (see CHATFLEET_BENCH_PROCESSES)

  double accept_rate() const {
    return accept_seconds > 0 ? load.events_accepted / accept_seconds : 0;
  }
  double e2e_rate() const { return e2e_seconds > 0 ? stored.rows / e2e_seconds : 0; }
  std::int64_t missing_rows() const { return load.events_accepted - stored.rows; }
};

/// Pre-builds every request body (so the load generator spends its CPU on HTTP, not JSON), then
/// runs the load. Fails only when PostgreSQL cannot be reached.
Result<SpineRun> RunSpine(const SpineRunOptions& options);

}  // namespace chatfleet::bench
