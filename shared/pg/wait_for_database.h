#pragma once

#include <chrono>
#include <string>

#include "shared/core/error.h"
#include "shared/pg/connection.h"

namespace chatfleet::pg {

/// Opens a connection to `url`, retrying retryable failures (server not up yet, starting up,
/// too many clients) with exponential backoff (100 ms doubling to 2 s) for at most `wait`.
/// For commands that start together with the database (the migrate Job). Returns the first
/// non-retryable error at once; after `wait`, the last error with how long it waited.
Result<Connection> WaitForDatabase(const std::string& url, std::chrono::milliseconds wait);

}  // namespace chatfleet::pg
