#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/core/error.h"
#include "shared/pg/connection.h"

namespace chatfleet::bench {

/// One statement's share of a run, from pg_stat_statements.
struct StatementCost {
  std::string query;  // normalised by PostgreSQL ($1 for constants), whitespace squashed
  std::int64_t calls = 0;
  double total_ms = 0;  // execution time (wall clock inside the server)
  std::int64_t rows = 0;
};

/// PostgreSQL's per-statement figures, when the server loads pg_stat_statements
/// (`CHATFLEET_PG_STATEMENTS=1 ./fleet up`). Unavailable otherwise: the calls return an error
/// saying how to turn it on, and the benchmarks print their other figures without it.
class StatementStats {
 public:
  explicit StatementStats(std::string database_url) : url_(std::move(database_url)) {}

  /// Forgets what was counted so far (every database of the server).
  Status Reset();
  /// The `limit` statements that took the longest since Reset, longest first; statements of
  /// the statistics themselves left out.
  Result<std::vector<StatementCost>> Top(int limit);

 private:
  Result<pg::Connection*> Connect();

  std::string url_;
  std::optional<pg::Connection> connection_;
};

}  // namespace chatfleet::bench
