// shared/pg Transaction against the real server: rollback unless committed.
#include <gtest/gtest.h>

#include "shared/pg/connection.h"
#include "tests/support/pg_schema.h"

namespace chatfleet::pg {
namespace {

using testing::Psql;
using testing::TestSchema;

class TransactionPgTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(connection_.Exec("CREATE TABLE events (id int UNIQUE)")); }
  std::string Count() { return Psql(schema_.url(), "SELECT count(*) FROM events"); }

  TestSchema schema_;
  Connection connection_ = schema_.Connect();
};

// Regression: a worker stopped on "current transaction is aborted … in: BEGIN" (25P02) when a
// statement had failed inside a transaction block nobody rolled back.
TEST_F(TransactionPgTest, BeginRecoversASessionLeftInAFailedTransactionBlock) {
  // Given a session inside a block that a failed statement aborted
  ASSERT_TRUE(connection_.Exec("BEGIN"));
  ASSERT_FALSE(connection_.Exec("SELECT 1/0"));

  // When a transaction begins on it, it begins (the failed block is rolled back)
  auto transaction = Transaction::Begin(connection_);
  ASSERT_TRUE(transaction) << transaction.error().message;
  ASSERT_TRUE(transaction->connection().Exec("INSERT INTO events VALUES (7)"));
  ASSERT_TRUE(transaction->Commit());
  EXPECT_EQ(Count(), "1");
}

TEST_F(TransactionPgTest, DestructorRollsBackUncommittedWork) {
  {
    auto transaction = Transaction::Begin(connection_);
    ASSERT_TRUE(transaction) << transaction.error().message;
    ASSERT_TRUE(transaction->connection().Exec("INSERT INTO events VALUES (1)"));
  }
  EXPECT_EQ(Count(), "0");
  // The session is out of the transaction: a later statement autocommits.
  ASSERT_TRUE(connection_.Exec("INSERT INTO events VALUES (2)"));
  EXPECT_EQ(Count(), "1");
}

TEST_F(TransactionPgTest, CommitMakesWorkVisibleToOtherSessions) {
  auto transaction = Transaction::Begin(connection_);
  ASSERT_TRUE(transaction);
  ASSERT_TRUE(connection_.Exec("INSERT INTO events VALUES (1)"));
  EXPECT_EQ(Count(), "0");  // psql is another session: not yet visible

  auto committed = transaction->Commit();

  ASSERT_TRUE(committed) << committed.error().message;
  EXPECT_EQ(Count(), "1");
}

TEST_F(TransactionPgTest, CommitAfterAFailedStatementReportsTheRollback) {
  ASSERT_TRUE(connection_.Exec("INSERT INTO events VALUES (1)"));
  auto transaction = Transaction::Begin(connection_);
  ASSERT_TRUE(transaction);
  ASSERT_TRUE(connection_.Exec("INSERT INTO events VALUES (2)"));
  ASSERT_FALSE(connection_.Exec("INSERT INTO events VALUES (1)"));  // unique violation

  // The server answers COMMIT of a failed transaction with the tag ROLLBACK, not an error.
  auto committed = transaction->Commit();

  ASSERT_FALSE(committed);
  EXPECT_NE(committed.error().message.find("rolled back"), std::string::npos);
  EXPECT_EQ(Count(), "1");
}

TEST_F(TransactionPgTest, BeginsWithTheIsolationLevel) {
  auto transaction = Transaction::Begin(connection_, "serializable");
  ASSERT_TRUE(transaction) << transaction.error().message;
  auto level = connection_.Exec("SHOW transaction_isolation");
  ASSERT_TRUE(level);
  EXPECT_EQ(level->Value(0, 0), "serializable");
}

TEST_F(TransactionPgTest, UnknownIsolationLevelIsFatalAndRunsNothing) {
  auto transaction = Transaction::Begin(connection_, "SERIALIZABLE; DROP TABLE events");
  ASSERT_FALSE(transaction);
  EXPECT_EQ(transaction.error().kind, ErrorKind::kFatal);
  EXPECT_EQ(Count(), "0");  // the table is still there
}

TEST_F(TransactionPgTest, MovedTransactionRollsBackOnce) {
  {
    auto transaction = Transaction::Begin(connection_);
    ASSERT_TRUE(transaction);
    ASSERT_TRUE(connection_.Exec("INSERT INTO events VALUES (1)"));
    Transaction moved(std::move(*transaction));
  }  // `moved` rolls back; the moved-from one does nothing
  EXPECT_EQ(Count(), "0");
  auto status = connection_.Exec("SELECT 1");
  EXPECT_TRUE(status);
}

TEST_F(TransactionPgTest, DestructorAfterConnectionLossDoesNotThrow) {
  Connection admin = schema_.Connect();
  {
    auto transaction = Transaction::Begin(connection_);
    ASSERT_TRUE(transaction);
    auto pid = connection_.Exec("SELECT pg_backend_pid()");
    ASSERT_TRUE(pid);
    ASSERT_TRUE(admin.Exec("SELECT pg_terminate_backend($1::int)", {pid->Value(0, 0)}));
    EXPECT_FALSE(connection_.Exec("INSERT INTO events VALUES (1)"));
  }
  EXPECT_FALSE(connection_.healthy());
  EXPECT_EQ(Count(), "0");
}

}  // namespace
}  // namespace chatfleet::pg
