#include "workers/recall/search_backfill.h"

#include "shared/log/logger.h"
#include "shared/pg/advisory_lock.h"

namespace chatfleet::workers {
namespace {

constexpr std::string_view kStatementTimeout = "SELECT set_config('statement_timeout', $1, false)";

// The range of a round: `scan` ids (a primary-key range: ids rise with the insert, so it holds
// about that many rows) from the first row after the cursor, so the ids retention purged cost
// nothing. In it, the searchable tenants' non-system rows without a vector, the first `batch` of
// them, read in id order until that many are found, locked (those an edit holds are skipped),
// then given the vector of the text they hold: the lock makes the analysed text the written
// one. A tenant is searchable as the writer decides (StageSwitches::searchable): its
// feature_flags row for recall, else the configuration ($3), on for anyone. Returns where the
// range starts (after that id; NULL: no row after the cursor), how many were due and the last of
// them, and how many were written.
constexpr std::string_view kFill = R"sql(
WITH start AS MATERIALIZED (SELECT min(id) - 1 AS after FROM chat_history WHERE id > $1),
due AS (
  SELECT h.id FROM chat_history h
  WHERE h.id > (SELECT after FROM start) AND h.id <= (SELECT after FROM start) + $2
    AND h.search IS NULL AND h.role <> 'system'
    AND coalesce((SELECT f.enabled AND f.rollout_percent > 0 FROM feature_flags f
                  WHERE f.tenant = h.tenant AND f.flag = 'recall'), $3::boolean)
  ORDER BY h.id LIMIT $4
  FOR UPDATE SKIP LOCKED),
filled AS (
  UPDATE chat_history h SET search = to_tsvector(chatfleet_ts_config(h.language), h.content)
  FROM due WHERE h.id = due.id
  RETURNING h.id)
SELECT (SELECT after FROM start), (SELECT count(*) FROM due), (SELECT max(id) FROM due),
  (SELECT count(*) FROM filled))sql";

}  // namespace

Result<SearchBackfillRound> SearchBackfill::RunRound(pg::Connection& connection) {
  auto lock = pg::SessionLock::Try(connection, kSearchBackfillLockKey);
  if (!lock) return Fail(lock.error());
  if (!*lock) return SearchBackfillRound{.locked_out = true};
  return Sweep(connection);
}

Result<SearchBackfillRound> SearchBackfill::Sweep(pg::Connection& connection) {
  const std::string after = std::to_string(cursor_), scan = std::to_string(options_.scan),
                    batch = std::to_string(options_.batch);
  auto rows =
      connection.Exec(kFill, {after, scan, options_.recall_configured ? "true" : "false", batch});
  if (!rows) return Fail(rows.error());
  SearchBackfillRound round;
  if (rows->IsNull(0, 0)) {
    cursor_ = 0;
    round.swept = true;
    return round;
  }
  round.filled = static_cast<std::size_t>(rows->Int(0, 3));
  // A full batch may leave more due rows in the range: continue after it.
  const bool full = static_cast<std::size_t>(rows->Int(0, 1)) >= options_.batch;
  cursor_ = full ? rows->Int(0, 2) : rows->Int(0, 0) + static_cast<std::int64_t>(options_.scan);
  return round;
}

SearchBackfiller::SearchBackfiller(std::string database_url, metrics::Registry& metrics,
                                   SearchBackfillerOptions options)
    : connection_(std::move(database_url)),
      options_(options),
      backfilled_(metrics.AddCounter(
          "chatfleet_worker_search_backfilled_total",
          "History rows of searchable tenants given the full-text vector the writer did not "
          "write (stored while the tenant's recall was off)")),
      backfill_(options.rounds),
      thread_([this] { Run(); }) {}

SearchBackfiller::~SearchBackfiller() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void SearchBackfiller::Run() {
  std::unique_lock lock(mutex_);
  auto next = std::chrono::steady_clock::now() + options_.interval;
  while (!wake_.wait_until(lock, next, [&] { return stopping_; })) {
    lock.unlock();
    next = Round();
    lock.lock();
  }
}

std::chrono::steady_clock::time_point SearchBackfiller::Round() {
  const auto now = std::chrono::steady_clock::now();
  auto connection = connection_.Get();
  if (!connection) return now + options_.rest;
  const std::string timeout = std::to_string(options_.statement_timeout.count());
  auto bounded = (*connection)->Exec(kStatementTimeout, {timeout});
  auto round = bounded ? backfill_.RunRound(**connection)
                       : Result<SearchBackfillRound>(Fail(bounded.error()));
  if (!round) {
    log::Warn("search vector backfill failed", {{"error", round.error().message}});
    return now + options_.rest;
  }
  backfilled_.Inc(static_cast<double>(round->filled));
  const bool more = !round->swept && !round->locked_out;
  return now + (more ? options_.interval : options_.rest);
}

}  // namespace chatfleet::workers
