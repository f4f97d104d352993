#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include "shared/core/error.h"
#include "shared/metrics/registry.h"
#include "shared/pg/connection.h"
#include "shared/pg/lazy_connection.h"

namespace chatfleet::workers {

/// The session advisory lock of a round, one for every worker of a fleet (pg::SessionLock).
inline constexpr std::string_view kSearchBackfillLockKey = "chatfleet search backfill";

struct SearchBackfillOptions {
  /// Ids looked at per round (a range after the cursor, through the primary key).
  std::size_t scan = 5000;
  /// Vectors written per round at most: each costs the text-search parser and stemmer
  /// (~20–35 µs), and the rows stay locked until the round's statement commits.
  std::size_t batch = 200;
  /// Whether recall is on for anyone by the configuration (CHATFLEET_FLAGS): the tenants
  /// without a `recall` row in feature_flags are searchable then.
  bool recall_configured = true;
};

/// What one round did.
struct SearchBackfillRound {
  bool locked_out = false;  ///< another worker's round held the lock: nothing done
  bool swept = false;       ///< the cursor reached the newest rows: the next round starts over
  std::size_t filled = 0;   ///< rows given their vector
};

/// The full-text vectors (chat_history.search) that the memory writer did not write: rows of
/// tenants whose recall was off when they were stored (or edited), now that it is on for
/// anyone. Recall computes a missing vector as it reads, at every query; this writes it once,
/// exactly as the writer would (to_tsvector(chatfleet_ts_config(language), content)), never for
/// system rows. Swept in id order over the whole history, a bounded batch per round, in one
/// statement that analyses the text it writes beside (an edit committed first is what it
/// analyses; an edit after it writes its own vector); rows an edit holds are skipped, never
/// waited for (the next sweep finds them). Safe with several workers: a round runs under a
/// session advisory lock (the embeddings backfill's pattern), a worker without it skips its
/// round. Each worker keeps its own cursor in memory. Not thread-safe.
class SearchBackfill {
 public:
  explicit SearchBackfill(SearchBackfillOptions options) : options_(options) {}

  /// One round on `connection`.
  Result<SearchBackfillRound> RunRound(pg::Connection& connection);

 private:
  Result<SearchBackfillRound> Sweep(pg::Connection& connection);

  SearchBackfillOptions options_;
  std::int64_t cursor_ = 0;  // the ids up to this are done in this sweep
};

struct SearchBackfillerOptions {
  SearchBackfillOptions rounds;
  /// A round every `interval` while a sweep goes on, every `rest` after one ended (or failed).
  std::chrono::milliseconds interval{200};
  std::chrono::milliseconds rest{std::chrono::minutes(5)};
  /// The round's statement timeout: a bound on how long its rows stay locked.
  std::chrono::milliseconds statement_timeout{5000};
};

/// Runs SearchBackfill's rounds on a thread and a connection of its own, off the batches'
/// path; counts the vectors written (chatfleet_worker_search_backfilled_total).
class SearchBackfiller {
 public:
  SearchBackfiller(std::string database_url, metrics::Registry& metrics,
                   SearchBackfillerOptions options);
  ~SearchBackfiller();
  SearchBackfiller(const SearchBackfiller&) = delete;
  SearchBackfiller& operator=(const SearchBackfiller&) = delete;

 private:
  void Run();
  /// One round; returns when the next may run.
  std::chrono::steady_clock::time_point Round();

  pg::LazyConnection connection_;
  SearchBackfillerOptions options_;
  metrics::Counter& backfilled_;
  SearchBackfill backfill_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace chatfleet::workers
