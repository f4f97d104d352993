#include "shared/pg/sqlstate.h"

#include <array>
#include <utility>

namespace chatfleet::pg {
namespace {

// Exact codes first: they refine their class. Codes from
// https://www.postgresql.org/docs/15/errcodes-appendix.html
constexpr std::array<std::pair<std::string_view, ErrorKind>, 13> kCodes{{
    {"40001", ErrorKind::kRetryable},  // serialization_failure
    {"40P01", ErrorKind::kRetryable},  // deadlock_detected
    {"40003", ErrorKind::kRetryable},  // statement_completion_unknown
    {"40002", ErrorKind::kPermanent},  // transaction_integrity_constraint_violation
    {"57P01", ErrorKind::kRetryable},  // admin_shutdown (server restarting, failover)
    {"57P02", ErrorKind::kRetryable},  // crash_shutdown
    {"57P03", ErrorKind::kRetryable},  // cannot_connect_now (starting up, in recovery)
    {"57P05", ErrorKind::kRetryable},  // idle_session_timeout
    {"57014", ErrorKind::kRetryable},  // query_canceled (statement_timeout)
    {"55P03", ErrorKind::kRetryable},  // lock_not_available (lock_timeout)
    {"55006", ErrorKind::kRetryable},  // object_in_use
    // After a failover a connection may land on a standby: writes fail until it reconnects.
    {"25006", ErrorKind::kRetryable},  // read_only_sql_transaction
    {"57P04", ErrorKind::kFatal},      // database_dropped
}};

// Then the two-character class.
constexpr std::array<std::pair<std::string_view, ErrorKind>, 12> kClasses{{
    {"08", ErrorKind::kRetryable},  // connection exception
    {"53", ErrorKind::kRetryable},  // insufficient resources (disk full, too many connections)
    {"58", ErrorKind::kRetryable},  // system error (I/O error on the server)
    {"22", ErrorKind::kPermanent},  // data exception (bad value, invalid encoding)
    {"23", ErrorKind::kPermanent},  // integrity constraint violation
    {"42", ErrorKind::kFatal},      // syntax error or access rule violation
    {"0A", ErrorKind::kFatal},      // feature not supported
    {"25", ErrorKind::kFatal},      // invalid transaction state: the caller's bug
    {"28", ErrorKind::kFatal},      // invalid authorization specification
    {"3D", ErrorKind::kFatal},      // invalid catalog name (no such database)
    {"3F", ErrorKind::kFatal},      // invalid schema name
    {"XX", ErrorKind::kFatal},      // internal error, data corrupted
}};

}  // namespace

// Anything else (including an empty or malformed code) is permanent: the statement failed for
// a reason retrying will not fix, yet nothing says the whole process is misconfigured, so the
// caller rejects or dead-letters this one input and keeps going. Retrying an unknown error
// forever, or stopping the fleet over one bad event, would both be worse.
ErrorKind ClassifySqlState(std::string_view sqlstate) {
  if (sqlstate.size() != 5) return ErrorKind::kPermanent;
  for (const auto& [code, kind] : kCodes) {
    if (code == sqlstate) return kind;
  }
  const std::string_view error_class = sqlstate.substr(0, 2);
  for (const auto& [prefix, kind] : kClasses) {
    if (prefix == error_class) return kind;
  }
  return ErrorKind::kPermanent;
}

}  // namespace chatfleet::pg
