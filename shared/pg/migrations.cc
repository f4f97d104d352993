#include "shared/pg/migrations.h"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <map>
#include <stdexcept>

#include "shared/log/logger.h"

namespace chatfleet::pg {
namespace {

// pg_advisory_lock(int, int): a fixed key ("cf" + 1) for "chatfleet migrations", paired with
// the target schema, so replicas migrating one schema serialize while tests migrating their own
// schemas run in parallel. Session-level: released explicitly, or when the session ends.
constexpr std::string_view kLockSql =
    "SELECT pg_advisory_lock(1667629057, hashtext(coalesce(current_schema(), '')))";
constexpr std::string_view kUnlockSql =
    "SELECT pg_advisory_unlock(1667629057, hashtext(coalesce(current_schema(), '')))";
// Created after taking the lock: two concurrent CREATE TABLE IF NOT EXISTS can still collide
// on pg_type's unique index.
constexpr std::string_view kCreateTableSql =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version integer PRIMARY KEY, name text NOT NULL, "
    "applied_at timestamptz NOT NULL DEFAULT now())";
constexpr std::string_view kTableExistsSql =
    "SELECT 1 FROM pg_catalog.pg_tables "
    "WHERE schemaname = current_schema() AND tablename = 'schema_migrations'";
constexpr std::string_view kAppliedSql =
    "SELECT version, name FROM schema_migrations ORDER BY version";
constexpr std::string_view kRecordSql =
    "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)";
constexpr std::string_view kForgetSql = "DELETE FROM schema_migrations WHERE version = $1";

std::string Label(int version, std::string_view name) {
  char number[16];
  std::snprintf(number, sizeof number, "%04d", version);
  return std::string(number) + "_" + std::string(name);
}

Error Wrap(std::string_view context, Error error) {
  error.message = std::string(context) + ": " + error.message;
  return error;
}

// Holds the migration lock of the connection's schema for one operation.
class MigrationLock {
 public:
  static Result<MigrationLock> Acquire(Connection& connection) {
    if (auto locked = connection.Exec(kLockSql); !locked) {
      return Fail(Wrap("cannot take the migration lock", std::move(locked.error())));
    }
    return MigrationLock(connection);
  }
  MigrationLock(MigrationLock&& other) noexcept : connection_(other.connection_) {
    other.connection_ = nullptr;
  }
  MigrationLock& operator=(MigrationLock&&) = delete;
  ~MigrationLock() {
    if (connection_ == nullptr || !connection_->healthy()) return;  // lost session: released
    try {
      if (auto unlocked = connection_->Exec(kUnlockSql); !unlocked) {
        log::Warn("cannot release the migration lock", {{"error", unlocked.error().message}});
      }
    } catch (const std::exception& e) {
      std::fprintf(stderr, "cannot release the migration lock: %s\n", e.what());
    }
  }

 private:
  explicit MigrationLock(Connection& connection) : connection_(&connection) {}
  Connection* connection_;
};

// Applied versions and their recorded names; empty when schema_migrations does not exist.
Result<std::map<int, std::string>> AppliedVersions(Connection& connection) {
  auto exists = connection.Exec(kTableExistsSql);
  if (!exists) return Fail(std::move(exists.error()));
  std::map<int, std::string> applied;
  if (exists->rows() == 0) return applied;
  auto rows = connection.Exec(kAppliedSql);
  if (!rows) return Fail(std::move(rows.error()));
  for (int row = 0; row < rows->rows(); ++row) {
    applied[static_cast<int>(rows->Int(row, 0))] = std::string(rows->Value(row, 1));
  }
  return applied;
}

// Runs `sql` and the bookkeeping statement in one transaction: both happen or neither.
Status RunInTransaction(Connection& connection, std::string_view sql, std::string_view record_sql,
                        std::initializer_list<Param> record_params) {
  auto transaction = Transaction::Begin(connection);
  if (!transaction) return Fail(std::move(transaction.error()));
  if (auto ran = connection.ExecScript(sql); !ran) return Fail(std::move(ran.error()));
  if (auto recorded = connection.Exec(record_sql, record_params); !recorded) {
    return Fail(std::move(recorded.error()));
  }
  return transaction->Commit();
}

}  // namespace

Migrator::Migrator(Connection& connection, std::vector<Migration> migrations)
    : connection_(connection), migrations_(std::move(migrations)) {
  std::sort(migrations_.begin(), migrations_.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  for (std::size_t i = 0; i < migrations_.size(); ++i) {
    if (migrations_[i].version <= 0 ||
        (i > 0 && migrations_[i].version == migrations_[i - 1].version)) {
      throw std::invalid_argument("migrations: version " + std::to_string(migrations_[i].version) +
                                  " is not positive or not unique");
    }
  }
}

int Migrator::LatestVersion() const { return migrations_.empty() ? 0 : migrations_.back().version; }

Result<int> Migrator::Up(int target) {
  if (target < -1 ||
      (target > 0 && std::none_of(migrations_.begin(), migrations_.end(),
                                  [&](const Migration& m) { return m.version == target; }))) {
    return Fail(Error::Fatal("migrations: unknown target version " + std::to_string(target)));
  }
  auto lock = MigrationLock::Acquire(connection_);
  if (!lock) return Fail(std::move(lock.error()));
  if (auto created = connection_.Exec(kCreateTableSql); !created) {
    return Fail(Wrap("cannot create schema_migrations", std::move(created.error())));
  }
  // Read under the lock: whatever another replica applied before we got it is skipped.
  auto applied = AppliedVersions(connection_);
  if (!applied) return Fail(std::move(applied.error()));
  int count = 0;
  for (const Migration& migration : migrations_) {
    if (target != -1 && migration.version > target) break;
    if (applied->contains(migration.version)) continue;
    const std::string label = Label(migration.version, migration.name);
    const std::string version = std::to_string(migration.version);
    if (auto ran =
            RunInTransaction(connection_, migration.up_sql, kRecordSql, {version, migration.name});
        !ran) {
      return Fail(Wrap("migration " + label + " failed (rolled back)", std::move(ran.error())));
    }
    log::Info("migration applied", {{"migration", label}});
    ++count;
  }
  return count;
}

Result<int> Migrator::Down(int steps) {
  if (steps < 0) return Fail(Error::Fatal("migrations: negative step count"));
  auto lock = MigrationLock::Acquire(connection_);
  if (!lock) return Fail(std::move(lock.error()));
  auto applied = AppliedVersions(connection_);
  if (!applied) return Fail(std::move(applied.error()));
  int count = 0;
  for (auto it = applied->rbegin(); it != applied->rend() && count < steps; ++it) {
    const auto migration = std::find_if(migrations_.begin(), migrations_.end(),
                                        [&](const Migration& m) { return m.version == it->first; });
    const std::string label = Label(it->first, it->second);
    if (migration == migrations_.end()) {
      return Fail(Error::Fatal("migration " + label +
                               " cannot be reverted: this binary does not know it (newer build?)"));
    }
    const std::string version = std::to_string(it->first);
    if (auto ran = RunInTransaction(connection_, migration->down_sql, kForgetSql, {version});
        !ran) {
      return Fail(
          Wrap("reverting migration " + label + " failed (rolled back)", std::move(ran.error())));
    }
    log::Info("migration reverted", {{"migration", label}});
    ++count;
  }
  return count;
}

Result<std::vector<MigrationState>> Migrator::Status() {
  auto lock = MigrationLock::Acquire(connection_);
  if (!lock) return Fail(std::move(lock.error()));
  auto applied = AppliedVersions(connection_);
  if (!applied) return Fail(std::move(applied.error()));
  std::vector<MigrationState> states;
  for (const Migration& migration : migrations_) {
    states.push_back({migration.version, migration.name, applied->contains(migration.version)});
  }
  // Versions applied by a newer build are listed too, so an operator sees the real state.
  for (const auto& [version, name] : *applied) {
    if (std::none_of(migrations_.begin(), migrations_.end(),
                     [&](const Migration& m) { return m.version == version; })) {
      states.push_back({version, name, true});
    }
  }
  std::sort(states.begin(), states.end(),
            [](const MigrationState& a, const MigrationState& b) { return a.version < b.version; });
  return states;
}

Result<int> Migrator::CurrentVersion() {
  auto applied = AppliedVersions(connection_);
  if (!applied) return Fail(std::move(applied.error()));
  return applied->empty() ? 0 : applied->rbegin()->first;
}

Result<MigrationLevel> Migrator::Level() {
  auto applied = AppliedVersions(connection_);
  if (!applied) return Fail(std::move(applied.error()));
  MigrationLevel level;
  level.current = applied->empty() ? 0 : applied->rbegin()->first;
  level.head = LatestVersion();
  for (const Migration& migration : migrations_) {
    if (!applied->contains(migration.version)) level.pending.push_back(migration.version);
  }
  return level;
}

}  // namespace chatfleet::pg
