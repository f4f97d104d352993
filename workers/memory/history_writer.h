#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "shared/core/error.h"
#include "shared/pg/connection.h"
#include "workers/memory/history_row.h"
#include "workers/memory/history_sink.h"

namespace chatfleet::workers {

/// Stores a whole poll batch of history rows in one transaction: the batch's conversation keys
/// (conversations, each conversation once), COPY of the rows with their keys into a
/// session-local staging table, then one `INSERT … SELECT` from it: plain while every message is
/// new, and again with `ON CONFLICT DO NOTHING` on the natural key (conversation key, platform
/// message id) when one is already stored, so a redelivered batch inserts nothing. Rows keep
/// their batch order in `id`.
///
/// Not thread-safe (one connection). On a retryable error the connection is reset on the next
/// call; the caller retries the whole batch (the transaction rolled back).
class HistoryWriter final : public HistorySink {
 public:
  explicit HistoryWriter(std::string database_url);

  Result<WriteOutcome> Write(const std::vector<HistoryRow>& rows,
                             const InTransaction& effects) override;
  /// Without effects.
  Result<WriteOutcome> Write(const std::vector<HistoryRow>& rows) { return Write(rows, {}); }
  /// Stores one row in its own transaction.
  Result<WriteOutcome> WriteOne(const HistoryRow& row) override;
  Status Connect() override;

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
