#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <exception>
#include <string>

#include "shared/log/logger.h"
#include "shared/pg/connection.h"

namespace chatfleet::pg {
namespace {

// BEGIN cannot take its isolation level as a parameter, so only these exact texts are spliced.
constexpr std::array<std::string_view, 4> kIsolationLevels = {"READ UNCOMMITTED", "READ COMMITTED",
                                                              "REPEATABLE READ", "SERIALIZABLE"};

std::optional<std::string> BeginStatement(std::string_view isolation) {
  if (isolation.empty()) return "BEGIN";
  std::string upper(isolation);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  if (std::find(kIsolationLevels.begin(), kIsolationLevels.end(), upper) ==
      kIsolationLevels.end()) {
    return std::nullopt;
  }
  return "BEGIN ISOLATION LEVEL " + upper;
}

}  // namespace

Result<Transaction> Transaction::Begin(Connection& connection, std::string_view isolation) {
  const std::optional<std::string> begin = BeginStatement(isolation);
  if (!begin) {
    return Fail(Error::Fatal("postgres: unknown isolation level '" + std::string(isolation) + "'"));
  }
  auto result = connection.Exec(*begin);
  if (!result && result.error().message.find("SQLSTATE 25P02") != std::string::npos) {
    // The session is still inside a transaction block that an earlier statement made fail: a
    // COMMIT or ROLLBACK that a transaction-local statement_timeout cancelled (recall bounds its
    // statements so, and on a loaded machine even COMMIT can overrun a nearly spent budget)
    // fails as a statement and leaves the block open. Seen stopping a worker under load.
    // Nothing of that block can commit any more: roll it back and begin afresh.
    log::Warn("postgres: the session was left in a failed transaction; rolling it back",
              {{"error", result.error().message}});
    if (auto rolled_back = connection.Exec("ROLLBACK"); !rolled_back) {
      return Fail(std::move(rolled_back.error()));
    }
    result = connection.Exec(*begin);
  }
  if (!result) return Fail(std::move(result.error()));
  return Transaction(connection);
}

Transaction::Transaction(Transaction&& other) noexcept
    : connection_(other.connection_), finished_(other.finished_) {
  other.finished_ = true;
}

Transaction::~Transaction() {
  if (finished_ || !connection_->healthy()) return;  // a lost session rolled back on its own
  try {
    if (auto result = connection_->Exec("ROLLBACK"); !result) {
      log::Warn("postgres: rollback failed", {{"error", result.error().message}});
    }
  } catch (const std::exception& e) {
    // Never throw from a destructor (it may run during unwinding); the server rolls back when
    // the session ends anyway.
    std::fprintf(stderr, "postgres: rollback failed: %s\n", e.what());
  }
}

Status Transaction::Commit() {
  finished_ = true;
  auto result = connection_->Exec("COMMIT");
  if (!result) {
    // A COMMIT that failed as a statement (cancelled before it ran, say) leaves the session in
    // the failed transaction block: leave it, so the next statement does not fail for it.
    if (connection_->healthy()) (void)connection_->Exec("ROLLBACK");
    return Fail(std::move(result.error()));
  }
  // COMMIT of a transaction that already failed succeeds with the tag ROLLBACK: nothing was
  // written, and the caller must learn that.
  if (result->command_tag() == "ROLLBACK") {
    return Fail(Error::Permanent(
        "postgres: COMMIT rolled back: an earlier statement of the transaction failed"));
  }
  return {};
}

}  // namespace chatfleet::pg
