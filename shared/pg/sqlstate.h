#pragma once

#include <string_view>

#include "shared/core/error.h"

namespace chatfleet::pg {

/// Classifies a PostgreSQL SQLSTATE: connection loss (08xxx), serialization failure (40001),
/// deadlock (40P01), admin shutdown (57P01…) and resource exhaustion (53xxx) are retryable;
/// data (22xxx) and integrity (23xxx) errors are permanent; syntax and undefined-object errors
/// (42xxx) are fatal: the code or schema is wrong, retrying cannot help.
ErrorKind ClassifySqlState(std::string_view sqlstate);

}  // namespace chatfleet::pg
