#pragma once

#include <functional>
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

/// Where the runner stores a poll batch's history rows (chat_history): the runner's store seam.
/// HistoryWriter is the PostgreSQL one. A write is idempotent on the natural key, so a batch
/// read again inserts nothing; a retryable error means the whole call may be repeated.
class HistorySink {
 public:
  /// Effects applied in the same transaction after the insert (profiles, conversation state);
  /// re-run when the whole batch is retried, so they must be idempotent.
  using InTransaction = std::function<Status(pg::Connection&)>;

  virtual ~HistorySink() = default;

  virtual Result<WriteOutcome> Write(const std::vector<HistoryRow>& rows,
                                     const InTransaction& effects) = 0;
  /// Stores one row on its own: how the runner isolates a poison row when a batch fails
  /// permanently.
  virtual Result<WriteOutcome> WriteOne(const HistoryRow& row) = 0;
  /// Opens the connection when needed (for readiness and startup).
  virtual Status Connect() = 0;
};

}  // namespace chatfleet::workers
