#include "shared/pg/sqlstate.h"

#include <gtest/gtest.h>

namespace chatfleet::pg {
namespace {

struct Case {
  const char* sqlstate;
  ErrorKind kind;
};

class SqlStateTest : public ::testing::TestWithParam<Case> {};

TEST_P(SqlStateTest, Classifies) {
  EXPECT_EQ(ToString(ClassifySqlState(GetParam().sqlstate)), ToString(GetParam().kind))
      << GetParam().sqlstate;
}

INSTANTIATE_TEST_SUITE_P(
    Table, SqlStateTest,
    ::testing::Values(
        // Retryable: the same statement can succeed later.
        Case{"08000", ErrorKind::kRetryable},  // connection_exception
        Case{"08006", ErrorKind::kRetryable},  // connection_failure
        Case{"08001", ErrorKind::kRetryable},  // sqlclient_unable_to_establish_sqlconnection
        Case{"40001", ErrorKind::kRetryable},  // serialization_failure
        Case{"40P01", ErrorKind::kRetryable},  // deadlock_detected
        Case{"40003", ErrorKind::kRetryable},  // statement_completion_unknown
        Case{"57P01", ErrorKind::kRetryable},  // admin_shutdown
        Case{"57P02", ErrorKind::kRetryable},  // crash_shutdown
        Case{"57P03", ErrorKind::kRetryable},  // cannot_connect_now
        Case{"57014", ErrorKind::kRetryable},  // query_canceled
        Case{"53000", ErrorKind::kRetryable},  // insufficient_resources
        Case{"53100", ErrorKind::kRetryable},  // disk_full
        Case{"53300", ErrorKind::kRetryable},  // too_many_connections
        Case{"55P03", ErrorKind::kRetryable},  // lock_not_available
        Case{"25006", ErrorKind::kRetryable},  // read_only_sql_transaction (failover)
        // Permanent: this input can never succeed.
        Case{"22001", ErrorKind::kPermanent},  // string_data_right_truncation
        Case{"22021", ErrorKind::kPermanent},  // character_not_in_repertoire
        Case{"22P02", ErrorKind::kPermanent},  // invalid_text_representation
        Case{"23505", ErrorKind::kPermanent},  // unique_violation
        Case{"23502", ErrorKind::kPermanent},  // not_null_violation
        Case{"23514", ErrorKind::kPermanent},  // check_violation
        Case{"40002", ErrorKind::kPermanent},  // transaction_integrity_constraint_violation
        // Fatal: the code, schema or configuration is wrong.
        Case{"42601", ErrorKind::kFatal},  // syntax_error
        Case{"42P01", ErrorKind::kFatal},  // undefined_table
        Case{"42703", ErrorKind::kFatal},  // undefined_column
        Case{"42501", ErrorKind::kFatal},  // insufficient_privilege
        Case{"28P01", ErrorKind::kFatal},  // invalid_password
        Case{"3D000", ErrorKind::kFatal},  // invalid_catalog_name
        Case{"3F000", ErrorKind::kFatal},  // invalid_schema_name
        Case{"25P02", ErrorKind::kFatal},  // in_failed_sql_transaction
        Case{"0A000", ErrorKind::kFatal},  // feature_not_supported
        Case{"57P04", ErrorKind::kFatal},  // database_dropped
        Case{"XX001", ErrorKind::kFatal},  // data_corrupted
        // Unknown or malformed: permanent (documented in sqlstate.cc).
        Case{"P0001", ErrorKind::kPermanent},  // raise_exception from PL/pgSQL
        Case{"HV000", ErrorKind::kPermanent},  // fdw_error
        Case{"", ErrorKind::kPermanent}, Case{"0800", ErrorKind::kPermanent},
        Case{"080000", ErrorKind::kPermanent}));

}  // namespace
}  // namespace chatfleet::pg
