#include "shared/pg/advisory_lock.h"

namespace chatfleet::pg {
namespace {

// The bigint of the key within the current schema, and whether it was free.
constexpr std::string_view kTryLock = R"sql(
SELECT pg_try_advisory_lock(id), id
FROM (SELECT hashtextextended(coalesce(current_schema(), '') || '/' || $1, 0) AS id) k)sql";
constexpr std::string_view kUnlock = "SELECT pg_advisory_unlock($1::bigint)";

}  // namespace

Result<std::optional<SessionLock>> SessionLock::Try(Connection& connection, std::string_view key) {
  auto locked = connection.Exec(kTryLock, {key});
  if (!locked) return Fail(locked.error());
  if (locked->Value(0, 0) != "t") return std::optional<SessionLock>();
  return std::optional<SessionLock>(SessionLock(connection, std::string(locked->Value(0, 1))));
}

SessionLock::SessionLock(SessionLock&& other) noexcept
    : connection_(other.connection_), lock_id_(std::move(other.lock_id_)) {
  other.connection_ = nullptr;
}

SessionLock::~SessionLock() {
  // A broken connection released the lock with its session.
  if (connection_ != nullptr) (void)connection_->Exec(kUnlock, {lock_id_});
}

}  // namespace chatfleet::pg
