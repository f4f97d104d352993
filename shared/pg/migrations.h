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

/// Where a schema stands against the migrations a binary carries (readiness: "at head").
struct MigrationLevel {
  int current = 0;           ///< newest applied version, 0 when none
  int head = 0;              ///< newest version this binary knows
  std::vector<int> pending;  ///< known versions not applied, ascending
  bool at_head() const { return pending.empty(); }
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
  /// Compares the applied versions with the known ones. A read without the migration lock, so
  /// it never waits behind a running migration (a probe may see a migration half way: pending).
  Result<MigrationLevel> Level();
  int LatestVersion() const;

 private:
  Connection& connection_;
  std::vector<Migration> migrations_;
};

}  // namespace chatfleet::pg
