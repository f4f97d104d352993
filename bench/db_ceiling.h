#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "chatfleet/v1/chat_event.pb.h"
#include "shared/core/error.h"

namespace chatfleet::bench {

struct DbCeilingOptions {
  std::string database_url;
  /// Scratch schema, created here (with the embedded migrations applied) and dropped at the end.
  std::string schema;
  int rows_per_transaction = 2000;
  /// Also measure the workers' own write path and a multi-row INSERT (each ~as long as COPY).
  bool variants = true;
};

/// Rows per second of one way of writing `chat_history` on one connection.
struct DbWriteRate {
  std::int64_t rows = 0;
  double seconds = 0;
  double rows_per_s() const { return seconds > 0 ? rows / seconds : 0; }
};

struct DbCeiling {
  /// COPY … FROM STDIN straight into chat_history, one transaction per batch: the best
  /// single-connection bulk insert.
  DbWriteRate copy;
  /// COPY into a temp staging table + INSERT … ON CONFLICT DO NOTHING: the workers' path when a
  /// message of the batch is already stored (a batch of new messages takes a plain INSERT).
  DbWriteRate staged_upsert;
  /// One INSERT … VALUES (…), (…) … statement with bind parameters per batch.
  DbWriteRate multirow_insert;
};

/// Writes `events` (as ingest accepted them) into chat_history of a scratch schema in batches,
/// once per method, emptying the table in between. Drops the schema before returning, also on
/// failure.
Result<DbCeiling> MeasureDbCeiling(const DbCeilingOptions& options,
                                   const std::vector<v1::ChatEvent>& events);

}  // namespace chatfleet::bench
