#include "workers/embeddings/embedding_backfill.h"

#include "shared/pg/advisory_lock.h"

namespace chatfleet::workers {
namespace {

// One key for every worker of a fleet (its schema).
constexpr std::string_view kLockKey = "chatfleet embeddings backfill";

// The first row of the window by the received_at index; ids rise with the insert, so the id
// sweep starts just before it.
constexpr std::string_view kWindowStart = R"sql(
SELECT coalesce((SELECT id FROM chat_history WHERE received_at > now() - $1::interval
                 ORDER BY received_at LIMIT 1), 1) - 1)sql";

// The next `scan` settled rows after the cursor (a primary-key range), and among them the
// people's messages without a vector of this model, at most `batch`. The first column is the
// last id looked at, NULL when there was none left (the sweep is over).
constexpr std::string_view kCandidates = R"sql(
WITH scanned AS MATERIALIZED (
  SELECT id, tenant, bot, platform, conversation_id, role, user_name, content
  FROM chat_history
  WHERE id > $1 AND received_at < now() - $2::interval
  ORDER BY id LIMIT $3)
SELECT (SELECT max(id) FROM scanned), c.id, c.tenant, c.bot, c.platform, c.conversation_id,
  c.content
FROM (SELECT 1) one LEFT JOIN LATERAL (
  SELECT s.* FROM scanned s
  WHERE s.role = 'user' AND s.user_name IS NOT NULL AND btrim(s.content) <> ''
    AND NOT EXISTS (SELECT 1 FROM chat_embedding e WHERE e.history_id = s.id AND e.model = $4)
  ORDER BY s.id LIMIT $5) c ON true
ORDER BY c.id)sql";

std::string Seconds(std::chrono::seconds duration) {
  return std::to_string(duration.count()) + " seconds";
}

}  // namespace

Result<BackfillRound> EmbeddingBackfill::RunRound(pg::Connection& connection, const Store& store) {
  auto lock = pg::SessionLock::Try(connection, kLockKey);
  if (!lock) return Fail(lock.error());
  if (!*lock) return BackfillRound{.locked_out = true};
  return Sweep(connection, store);
}

Result<std::int64_t> EmbeddingBackfill::WindowStart(pg::Connection& connection) {
  const std::string window =
      Seconds(std::chrono::duration_cast<std::chrono::seconds>(options_.window));
  auto start = connection.Exec(kWindowStart, {window});
  if (!start) return Fail(start.error());
  return start->Int(0, 0);
}

Result<BackfillRound> EmbeddingBackfill::Sweep(pg::Connection& connection, const Store& store) {
  if (cursor_ < 0) {
    auto start = WindowStart(connection);
    if (!start) return Fail(start.error());
    cursor_ = *start;
  }
  const std::string after = std::to_string(cursor_), settle = Seconds(options_.settle),
                    scan = std::to_string(options_.scan), batch = std::to_string(options_.batch);
  auto rows = connection.Exec(kCandidates, {after, settle, scan, model_, batch});
  if (!rows) return Fail(rows.error());
  BackfillRound round;
  if (rows->rows() == 0 || rows->IsNull(0, 0)) {
    cursor_ = -1;
    round.swept = true;
    return round;
  }
  std::vector<EmbeddingJob> jobs;
  for (int i = 0; i < rows->rows(); ++i) {
    if (rows->IsNull(i, 1)) continue;
    jobs.push_back({rows->Int(i, 1),
                    {std::string(rows->Value(i, 2)), std::string(rows->Value(i, 3)),
                     std::string(rows->Value(i, 4)), std::string(rows->Value(i, 5))},
                    std::string(rows->Value(i, 6)),
                    {}});
  }
  // A full batch may leave more candidates among the rows looked at: continue after it.
  const std::int64_t next =
      jobs.size() >= options_.batch ? jobs.back().history_id : rows->Int(0, 0);
  round.handed = jobs.size();
  if (!jobs.empty() && !store(jobs)) return round;
  cursor_ = next;
  return round;
}

}  // namespace chatfleet::workers
