// chatfleet-search-backfill-bench: the search-vector backfill (workers/recall/search_backfill.h)
// on the backlog at DATABASE_URL (bench/search_backfill_timing fills one), its rounds back to
// back: rows given their vector per second, the PostgreSQL backend's CPU per row (from
// /proc/<pid>/stat, so the machine's load does not count; the database must be local), the
// slowest round; then a second sweep that finds nothing left, per row looked at.
//
//   chatfleet-search-backfill-bench [batch [scan [interval_ms]]]
//
// interval_ms (default 0: back to back) paces the rounds as a worker does
// (CHATFLEET_SEARCH_BACKFILL_INTERVAL_MS), to load a fleet the way the workers would.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include "bench/process_cpu.h"
#include "shared/pg/connection.h"
#include "workers/recall/search_backfill.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Sweep {
  std::size_t filled = 0;
  std::size_t rounds = 0;
  double seconds = 0;
  double cpu_seconds = 0;
  double slowest_ms = 0;
};

double BackendCpu(int pid) { return chatfleet::bench::SampleCpu({{"backend", {pid}}})["backend"]; }

bool RunSweep(chatfleet::workers::SearchBackfill& backfill, chatfleet::pg::Connection& connection,
              int pid, std::chrono::milliseconds interval, Sweep& sweep) {
  const double cpu_before = BackendCpu(pid);
  const auto start = Clock::now();
  for (;;) {
    const auto round_start = Clock::now();
    auto round = backfill.RunRound(connection);
    if (!round) {
      std::fprintf(stderr, "round failed: %s\n", round.error().message.c_str());
      return false;
    }
    sweep.slowest_ms =
        std::max(sweep.slowest_ms,
                 std::chrono::duration<double, std::milli>(Clock::now() - round_start).count());
    ++sweep.rounds;
    sweep.filled += round->filled;
    if (round->swept) break;
    std::this_thread::sleep_for(interval);
  }
  sweep.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  sweep.cpu_seconds = BackendCpu(pid) - cpu_before;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const char* url = std::getenv("DATABASE_URL");
  if (url == nullptr) {
    std::fprintf(stderr, "DATABASE_URL is required\n");
    return 2;
  }
  chatfleet::workers::SearchBackfillOptions options;
  if (argc > 1) options.batch = std::stoul(argv[1]);
  if (argc > 2) options.scan = std::stoul(argv[2]);
  const std::chrono::milliseconds interval(argc > 3 ? std::stol(argv[3]) : 0);
  auto connection = chatfleet::pg::Connection::Open(url);
  if (!connection) {
    std::fprintf(stderr, "%s\n", connection.error().message.c_str());
    return 1;
  }
  auto pid = connection->Exec("SELECT pg_backend_pid()");
  auto rows = connection->Exec("SELECT count(*) FROM chat_history");
  if (!pid || !rows) return 1;
  const int backend = static_cast<int>(pid->Int(0, 0));
  const auto scanned = static_cast<double>(rows->Int(0, 0));
  chatfleet::workers::SearchBackfill backfill(options);
  Sweep backlog, idle;
  if (!RunSweep(backfill, *connection, backend, interval, backlog)) return 1;
  if (!RunSweep(backfill, *connection, backend, interval, idle)) return 1;
  std::printf(
      "batch %zu, scan %zu, interval %lld ms: filled %zu rows in %.1f s over %zu rounds: %.0f "
      "rows/s, PostgreSQL "
      "CPU %.1f µs per row filled, slowest round %.1f ms\n",
      options.batch, options.scan, static_cast<long long>(interval.count()), backlog.filled,
      backlog.seconds, backlog.rounds, static_cast<double>(backlog.filled) / backlog.seconds,
      1e6 * backlog.cpu_seconds / static_cast<double>(std::max<std::size_t>(backlog.filled, 1)),
      backlog.slowest_ms);
  std::printf(
      "sweep with nothing left: %zu rows filled, %.2f s over %zu rounds, PostgreSQL CPU %.2f µs "
      "per row looked at, slowest round %.1f ms\n",
      idle.filled, idle.seconds, idle.rounds, 1e6 * idle.cpu_seconds / scanned, idle.slowest_ms);
  return 0;
}
