#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "shared/core/error.h"
#include "shared/pg/connection.h"
#include "workers/memory/history_row.h"

namespace chatfleet::workers {

struct WriteOutcome {
  std::int64_t inserted = 0;
  /// Rows already stored (redelivery, replay, duplicate posts): skipped by the natural key.
  std::int64_t duplicates = 0;
  /// Per row: the chat_history id this write gave it, or 0 when it inserted nothing for it (a
  /// duplicate, an edit, a row of a failed write).
  std::vector<std::int64_t> ids;
};

/// Stores a whole poll batch of history rows in one transaction: COPY into a session-local
/// staging table, then one `INSERT … SELECT … ON CONFLICT DO NOTHING` on the natural key
/// (tenant, bot, platform, conversation, platform message id), so a redelivered batch inserts
/// nothing. Rows keep their batch order in `id`.
///
/// Not thread-safe (one connection). On a retryable error the connection is reset on the next
/// call; the caller retries the whole batch (the transaction rolled back).
class HistoryWriter {
 public:
  explicit HistoryWriter(std::string database_url);

  /// Effects applied in the same transaction after the insert (profiles, conversation state);
  /// re-run when the whole batch is retried, so they must be idempotent.
  using InTransaction = std::function<Status(pg::Connection&)>;

  Result<WriteOutcome> Write(const std::vector<HistoryRow>& rows,
                             const InTransaction& effects = {});
  /// Stores one row in its own transaction: how the runner isolates a poison row when a batch
  /// fails permanently.
  Result<WriteOutcome> WriteOne(const HistoryRow& row);
  /// Opens the connection when needed (for readiness and startup).
  Status Connect();

 private:
  Result<WriteOutcome> WriteInTransaction(const std::vector<HistoryRow>& rows,
                                          const InTransaction& effects);
  static Result<std::int64_t> CopyAndInsert(pg::Connection& connection,
                                            std::vector<std::int64_t>& ids,
                                            const std::vector<HistoryRow>& rows);

  std::string database_url_;
  std::optional<pg::Connection> connection_;
};

}  // namespace chatfleet::workers
