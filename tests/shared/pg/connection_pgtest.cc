// shared/pg Connection and ResultSet against the real server at DATABASE_URL.
#include <gtest/gtest.h>

#include <string>

#include "shared/pg/connection.h"
#include "tests/support/pg_schema.h"

namespace chatfleet::pg {
namespace {

using testing::Psql;
using testing::TestSchema;

TEST(ConnectionPgTest, RunsParametersAndReadsNulls) {
  TestSchema schema;
  Connection connection = schema.Connect();
  // A parameter that is a view into a larger string: it must not read past its end.
  const std::string backing = "héllo👋 and more";
  const std::string_view view = std::string_view(backing).substr(0, 10);

  auto result = connection.Exec("SELECT $1::text, $2::text, $3::bigint, ''::text",
                                {view, std::nullopt, "-9000000000"});

  ASSERT_TRUE(result) << result.error().message;
  ASSERT_EQ(result->rows(), 1);
  ASSERT_EQ(result->columns(), 4);
  EXPECT_EQ(result->Value(0, 0), "héllo👋");
  EXPECT_FALSE(result->IsNull(0, 0));
  EXPECT_TRUE(result->IsNull(0, 1));
  EXPECT_EQ(result->Value(0, 1), "");
  EXPECT_EQ(result->Optional(0, 1), std::nullopt);
  EXPECT_EQ(result->Int(0, 2), -9000000000);
  EXPECT_FALSE(result->IsNull(0, 3));  // empty is not NULL
  EXPECT_EQ(result->Optional(0, 3), std::optional<std::string>(""));
  EXPECT_THROW(result->Value(1, 0), std::out_of_range);
  EXPECT_THROW(result->Int(0, 0), std::invalid_argument);
}

TEST(ConnectionPgTest, ParametersAreValuesNeverSql) {
  TestSchema schema;
  Connection connection = schema.Connect();
  ASSERT_TRUE(connection.Exec("CREATE TABLE notes (body text)"));
  const std::string hostile = "x'); DROP TABLE notes; --";

  auto inserted = connection.Exec("INSERT INTO notes (body) VALUES ($1)", {hostile});

  ASSERT_TRUE(inserted) << inserted.error().message;
  EXPECT_EQ(inserted->affected_rows(), 1);
  EXPECT_EQ(inserted->command_tag(), "INSERT 0 1");
  EXPECT_EQ(Psql(schema.url(), "SELECT body FROM notes"), hostile);
}

TEST(ConnectionPgTest, SessionUsesTheSchemaOfTheUrl) {
  TestSchema schema;
  Connection connection = schema.Connect();
  auto result = connection.Exec("SELECT current_schema(), current_setting('client_encoding')");
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_EQ(result->Value(0, 0), schema.name());
  EXPECT_EQ(result->Value(0, 1), "UTF8");
  EXPECT_EQ(Psql(schema.url(), "SELECT current_schema()"), schema.name());
}

class ClassificationPgTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(connection_.Exec(
        "CREATE TABLE items (id int PRIMARY KEY, qty int CHECK (qty >= 0), name text NOT NULL)"));
    ASSERT_TRUE(connection_.Exec("INSERT INTO items VALUES (1, 1, 'a')"));
  }

  Error ErrorOf(std::string_view sql) {
    auto result = connection_.Exec(sql);
    EXPECT_FALSE(result) << sql;
    return result ? Error{} : result.error();
  }

  TestSchema schema_;
  Connection connection_ = schema_.Connect();
};

TEST_F(ClassificationPgTest, UniqueViolationIsPermanentWithTheServerMessage) {
  const Error error = ErrorOf("INSERT INTO items VALUES (1, 2, 'b')");
  EXPECT_EQ(error.kind, ErrorKind::kPermanent);
  EXPECT_NE(error.message.find("duplicate key value violates unique constraint"), std::string::npos)
      << error.message;
  EXPECT_NE(error.message.find("23505"), std::string::npos) << error.message;
  EXPECT_NE(error.message.find("Key (id)=(1) already exists"), std::string::npos) << error.message;
}

TEST_F(ClassificationPgTest, DataAndConstraintErrorsArePermanent) {
  EXPECT_EQ(ErrorOf("INSERT INTO items VALUES (2, -1, 'b')").kind, ErrorKind::kPermanent);
  EXPECT_EQ(ErrorOf("INSERT INTO items VALUES (2, 1, NULL)").kind, ErrorKind::kPermanent);
  EXPECT_EQ(ErrorOf("SELECT 'x'::int").kind, ErrorKind::kPermanent);
}

TEST_F(ClassificationPgTest, SyntaxAndUndefinedObjectsAreFatal) {
  const Error syntax = ErrorOf("SELEC 1");
  EXPECT_EQ(syntax.kind, ErrorKind::kFatal);
  EXPECT_NE(syntax.message.find("42601"), std::string::npos) << syntax.message;
  EXPECT_EQ(ErrorOf("SELECT * FROM no_such_table").kind, ErrorKind::kFatal);
  EXPECT_EQ(ErrorOf("SELECT no_such_column FROM items").kind, ErrorKind::kFatal);
}

TEST_F(ClassificationPgTest, ConnectionStaysUsableAfterAnError) {
  ErrorOf("SELEC 1");
  auto result = connection_.Exec("SELECT count(*) FROM items");
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_EQ(result->Int(0, 0), 1);
}

TEST_F(ClassificationPgTest, SerializationFailureIsRetryable) {
  // Given a repeatable-read transaction that has read the row
  Connection other = schema_.Connect();
  auto transaction = Transaction::Begin(connection_, "REPEATABLE READ");
  ASSERT_TRUE(transaction) << transaction.error().message;
  ASSERT_TRUE(connection_.Exec("SELECT qty FROM items WHERE id = 1"));
  // when another session updates and commits it
  ASSERT_TRUE(other.Exec("UPDATE items SET qty = 5 WHERE id = 1"));
  // then updating it too fails with 40001, retryable
  const Error error = ErrorOf("UPDATE items SET qty = 6 WHERE id = 1");
  EXPECT_EQ(error.kind, ErrorKind::kRetryable) << error.message;
  EXPECT_NE(error.message.find("40001"), std::string::npos) << error.message;
}

TEST(ConnectionPgTest, TerminatedSessionIsRetryableAndResetReconnects) {
  TestSchema schema;
  Connection victim = schema.Connect();
  Connection admin = schema.Connect();
  auto pid = victim.Exec("SELECT pg_backend_pid()");
  ASSERT_TRUE(pid) << pid.error().message;

  ASSERT_TRUE(admin.Exec("SELECT pg_terminate_backend($1::int)", {pid->Value(0, 0)}));
  auto lost = victim.Exec("SELECT 1");

  ASSERT_FALSE(lost);
  EXPECT_EQ(lost.error().kind, ErrorKind::kRetryable) << lost.error().message;
  EXPECT_FALSE(victim.healthy());
  auto again = victim.Exec("SELECT 1");
  ASSERT_FALSE(again);
  EXPECT_TRUE(again.error().retryable());
  ASSERT_TRUE(victim.Reset());
  EXPECT_TRUE(victim.healthy());
  auto schema_after = victim.Exec("SELECT current_schema()");
  ASSERT_TRUE(schema_after) << schema_after.error().message;
  EXPECT_EQ(schema_after->Value(0, 0), schema.name());  // same URL, same options
}

TEST(ConnectionPgTest, UnreachableServerIsRetryable) {
  auto connection = Connection::Open("postgresql://nobody@127.0.0.1:1/none");
  ASSERT_FALSE(connection);
  EXPECT_EQ(connection.error().kind, ErrorKind::kRetryable) << connection.error().message;
  EXPECT_NE(connection.error().message.find("refused"), std::string::npos)
      << connection.error().message;
}

TEST(ConnectionPgTest, MalformedUrlIsFatal) {
  auto connection = Connection::Open("postgresql://[broken");
  ASSERT_FALSE(connection);
  EXPECT_EQ(connection.error().kind, ErrorKind::kFatal) << connection.error().message;
}

// The test server as a key=value connection string (TCP address or its Unix socket).
std::string KeyValueUrl(Connection& connection, std::string_view dbname) {
  auto where = connection.Exec(
      "SELECT coalesce(host(inet_server_addr()), "
      "split_part(current_setting('unix_socket_directories'), ',', 1)), "
      "current_setting('port'), current_user, current_database()");
  if (!where) throw std::runtime_error(where.error().message);
  return "host=" + std::string(where->Value(0, 0)) + " port=" + std::string(where->Value(0, 1)) +
         " user=" + std::string(where->Value(0, 2)) +
         " dbname=" + std::string(dbname.empty() ? where->Value(0, 3) : dbname);
}

TEST(ConnectionPgTest, KeyValueUrlWithSearchPathSelectsTheSchema) {
  TestSchema schema;
  Connection connection = schema.Connect();
  const std::string url = testing::WithSearchPath(KeyValueUrl(connection, ""), schema.name());

  auto other = Connection::Open(url);

  ASSERT_TRUE(other) << other.error().message;
  auto current = other->Exec("SELECT current_schema()");
  ASSERT_TRUE(current);
  EXPECT_EQ(current->Value(0, 0), schema.name());
  EXPECT_EQ(Psql(url, "SELECT current_schema()"), schema.name());
}

TEST(ConnectionPgTest, MissingDatabaseIsFatal) {
  TestSchema schema;
  Connection connection = schema.Connect();

  auto missing = Connection::Open(KeyValueUrl(connection, "chatfleet_no_such_database"));

  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::kFatal) << missing.error().message;
  EXPECT_NE(missing.error().message.find("chatfleet_no_such_database"), std::string::npos);
}

}  // namespace
}  // namespace chatfleet::pg
