#pragma once

#include <string>
#include <vector>

#include "shared/core/error.h"
#include "shared/pg/connection.h"

namespace chatfleet::pg {

struct Migration {
  int version = 0;
  std::string name;
  std::string up_sql;
  std::string down_sql;
};

/// The migrations of deploy/migrations/NNNN_name.{up,down}.sql, embedded at build time so a
/// binary carries the schema it expects.
const std::vector<Migration>& EmbeddedMigrations();

struct MigrationState {
  int version;
  std::string name;
  bool applied;
};

/// Applies and reverts migrations, recording them in `schema_migrations` of the connection's
/// search_path schema. Every operation holds a PostgreSQL advisory lock, so replicas starting
/// at once apply each migration exactly once; each migration runs in its own transaction.
class Migrator {
 public:
  Migrator(Connection& connection, std::vector<Migration> migrations);

  /// Applies every pending migration up to `target` (default: all). Returns how many it applied.
  Result<int> Up(int target = -1);
  /// Reverts the newest `steps` applied migrations. Returns how many it reverted.
  Result<int> Down(int steps = 1);
  Result<std::vector<MigrationState>> Status();
  /// The newest applied version, 0 when none (for readiness: "migrations at head").
  Result<int> CurrentVersion();
  int LatestVersion() const;

 private:
  Connection& connection_;
  std::vector<Migration> migrations_;
};

}  // namespace chatfleet::pg
