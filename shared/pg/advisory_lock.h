#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "shared/core/error.h"
#include "shared/pg/connection.h"

namespace chatfleet::pg {

/// A PostgreSQL session advisory lock held while this lives (RAII): the background sweeps of
/// several workers of one fleet (the embeddings and the search-vector backfills) take one each,
/// so one worker at a time does a sweep's round and the others skip theirs. The lock is the
/// key's within the session's current schema: fleets (and tests) sharing a database in schemas
/// of their own do not exclude each other. A broken connection releases it with its session.
/// Movable; the connection must outlive it.
class SessionLock {
 public:
  /// nullopt when another session holds `key` (any text) in this schema: try again later.
  static Result<std::optional<SessionLock>> Try(Connection& connection, std::string_view key);

  SessionLock(SessionLock&& other) noexcept;
  SessionLock& operator=(SessionLock&&) = delete;
  ~SessionLock();

 private:
  SessionLock(Connection& connection, std::string lock_id)
      : connection_(&connection), lock_id_(std::move(lock_id)) {}

  Connection* connection_;
  std::string lock_id_;  // the bigint PostgreSQL locked, as text
};

}  // namespace chatfleet::pg
