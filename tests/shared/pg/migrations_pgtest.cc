// Migrator against the real server: up/down/up, failures, targets, racing replicas.
#include <gtest/gtest.h>

#include <thread>

#include "shared/pg/migrations.h"
#include "tests/support/pg_schema.h"

namespace chatfleet::pg {
namespace {

using testing::Psql;
using testing::TestSchema;

// name|type|nullable of chat_history's columns in `schema`, in order.
std::string ChatHistoryColumns(const TestSchema& schema) {
  return Psql(schema.url(),
              "SELECT string_agg(column_name || ':' || data_type || ':' || is_nullable, ',' "
              "ORDER BY ordinal_position) FROM information_schema.columns "
              "WHERE table_schema = current_schema() AND table_name = 'chat_history'");
}

std::string AppliedVersions(const TestSchema& schema) {
  return Psql(schema.url(),
              "SELECT coalesce(string_agg(version || ':' || name, ',' ORDER BY version), '') "
              "FROM schema_migrations");
}

constexpr const char* kChatHistoryColumns =
    "id:bigint:NO,event_id:text:NO,tenant:text:NO,bot:text:NO,platform:text:NO,"
    "conversation_id:text:NO,conversation_kind:text:NO,channel_id:text:YES,user_id:text:NO,"
    "user_name:text:YES,role:text:NO,content:text:NO,source:text:NO,"
    "platform_message_id:text:NO,reply_to_message_id:text:YES,"
    "sent_at:timestamp with time zone:NO,received_at:timestamp with time zone:NO,"
    "created_at:timestamp with time zone:NO,trace_id:text:YES,"
    // 0002_memory: the resolved language, the compression mark, the full-text vector.
    "language:text:YES,folded_at:timestamp with time zone:YES,search:tsvector:YES,"
    // 0005_history_edits: when the message was last edited.
    "edited_at:timestamp with time zone:YES,"
    // 0016_conversation_keys: the conversation's compact key, which the indexes carry.
    "conversation_key:bigint:NO";

TEST(MigrationsPgTest, UpDownUpLeavesTheExpectedSchema) {
  TestSchema schema;
  Connection connection = schema.Connect();
  Migrator migrator(connection, EmbeddedMigrations());
  const int latest = migrator.LatestVersion();

  auto up = migrator.Up();
  ASSERT_TRUE(up) << up.error().message;
  EXPECT_EQ(*up, latest);
  EXPECT_EQ(ChatHistoryColumns(schema), kChatHistoryColumns);
  EXPECT_EQ(migrator.CurrentVersion().value_or(-1), latest);

  auto down = migrator.Down(latest);
  ASSERT_TRUE(down) << down.error().message;
  EXPECT_EQ(*down, latest);
  EXPECT_EQ(ChatHistoryColumns(schema), "");
  EXPECT_EQ(AppliedVersions(schema), "");
  EXPECT_EQ(migrator.CurrentVersion().value_or(-1), 0);

  auto again = migrator.Up();
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(*again, latest);
  EXPECT_EQ(ChatHistoryColumns(schema), kChatHistoryColumns);
  EXPECT_TRUE(AppliedVersions(schema).starts_with("1:chat_history,")) << AppliedVersions(schema);
}

TEST(MigrationsPgTest, SecondUpAppliesNothing) {
  TestSchema schema;
  schema.Migrate();
  Connection connection = schema.Connect();
  Migrator migrator(connection, EmbeddedMigrations());
  auto up = migrator.Up();
  ASSERT_TRUE(up) << up.error().message;
  EXPECT_EQ(*up, 0);
}

TEST(MigrationsPgTest, ChatHistoryEnforcesItsKeysAndEnums) {
  TestSchema schema;
  schema.Migrate();
  Psql(schema.url(),
       "INSERT INTO conversations (tenant, bot, platform, conversation_id) "
       "VALUES ('t', 'b', 'telegram', 'c1'), ('t', 'b', 'icq', 'c1')");
  const std::string insert =
      "INSERT INTO chat_history (event_id, tenant, bot, platform, conversation_id, "
      "conversation_key, conversation_kind, user_id, role, content, source, "
      "platform_message_id, sent_at, received_at) SELECT 'e1', 't', 'b', '%1$s', 'c1', key, "
      "'group', 'u', 'user', 'hi', 'text', '%2$s', now(), now() FROM conversations "
      "WHERE platform = '%1$s'";
  auto Insert = [&](const char* platform, const char* message_id) {
    char sql[1024];
    std::snprintf(sql, sizeof sql, insert.c_str(), platform, message_id);
    Connection connection = schema.Connect();
    return connection.Exec(sql);
  };
  ASSERT_TRUE(Insert("telegram", "1"));
  auto duplicate = Insert("telegram", "1");
  ASSERT_FALSE(duplicate);
  EXPECT_NE(duplicate.error().message.find("chat_history_message_key"), std::string::npos);
  auto bad_platform = Insert("icq", "2");
  ASSERT_FALSE(bad_platform);
  EXPECT_NE(bad_platform.error().message.find("chat_history_platform_check"), std::string::npos);
  EXPECT_EQ(
      Psql(schema.url(), "SELECT obj_description('chat_history'::regclass) LIKE 'Every stored%'"),
      "t");
}

TEST(MigrationsPgTest, FailingMigrationRollsBackAndIsNamed) {
  TestSchema schema;
  Connection connection = schema.Connect();
  Migrator migrator(connection, {{1, "first", "CREATE TABLE a (x int)", "DROP TABLE a"},
                                 {2, "broken", "CREATE TABLE b (x int); SELECT no_such_function()",
                                  "DROP TABLE b"},
                                 {3, "third", "CREATE TABLE c (x int)", "DROP TABLE c"}});

  auto up = migrator.Up();

  ASSERT_FALSE(up);
  EXPECT_EQ(up.error().kind, ErrorKind::kFatal);
  EXPECT_NE(up.error().message.find("0002_broken"), std::string::npos) << up.error().message;
  EXPECT_NE(up.error().message.find("no_such_function"), std::string::npos);
  EXPECT_EQ(AppliedVersions(schema), "1:first");
  EXPECT_EQ(Psql(schema.url(), "SELECT to_regclass('b') IS NULL, to_regclass('c') IS NULL"), "t|t");
  // The migration lock was released although Up failed.
  auto held = connection.Exec(
      "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()");
  ASSERT_TRUE(held) << held.error().message;
  EXPECT_EQ(held->Int(0, 0), 0);
}

TEST(MigrationsPgTest, UpToATargetAndDownNewestFirst) {
  TestSchema schema;
  Connection connection = schema.Connect();
  Migrator migrator(connection, {{3, "c", "CREATE TABLE c (x int)", "DROP TABLE c"},
                                 {1, "a", "CREATE TABLE a (x int)", "DROP TABLE a"},
                                 {2, "b", "CREATE TABLE b (x int)", "DROP TABLE b"}});
  EXPECT_EQ(migrator.LatestVersion(), 3);

  ASSERT_EQ(migrator.Up(2).value_or(-1), 2);
  EXPECT_EQ(AppliedVersions(schema), "1:a,2:b");
  EXPECT_FALSE(migrator.Up(7));  // not a known version
  ASSERT_EQ(migrator.Up().value_or(-1), 1);
  EXPECT_EQ(AppliedVersions(schema), "1:a,2:b,3:c");

  ASSERT_EQ(migrator.Down().value_or(-1), 1);
  EXPECT_EQ(AppliedVersions(schema), "1:a,2:b");
  EXPECT_EQ(Psql(schema.url(), "SELECT to_regclass('c') IS NULL, to_regclass('b') IS NULL"), "t|f");
  ASSERT_EQ(migrator.Down(10).value_or(-1), 2);
  EXPECT_EQ(AppliedVersions(schema), "");
  ASSERT_EQ(migrator.Down(1).value_or(-1), 0);
}

TEST(MigrationsPgTest, StatusListsAppliedAndPending) {
  TestSchema schema;
  Connection connection = schema.Connect();
  Migrator migrator(connection, {{1, "a", "CREATE TABLE a (x int)", "DROP TABLE a"},
                                 {2, "b", "CREATE TABLE b (x int)", "DROP TABLE b"}});
  auto before = migrator.Status();  // no schema_migrations yet: all pending, nothing created
  ASSERT_TRUE(before) << before.error().message;
  ASSERT_EQ(before->size(), 2u);
  EXPECT_FALSE((*before)[0].applied);
  EXPECT_EQ(Psql(schema.url(), "SELECT to_regclass('schema_migrations') IS NULL"), "t");

  ASSERT_TRUE(migrator.Up(1));
  auto after = migrator.Status();
  ASSERT_TRUE(after);
  ASSERT_EQ(after->size(), 2u);
  EXPECT_EQ((*after)[0].name, "a");
  EXPECT_TRUE((*after)[0].applied);
  EXPECT_EQ((*after)[1].version, 2);
  EXPECT_FALSE((*after)[1].applied);

  // A build that knows only migration 1 still shows version 2 applied by a newer build.
  ASSERT_TRUE(migrator.Up());
  Migrator older(connection, {{1, "a", "CREATE TABLE a (x int)", "DROP TABLE a"}});
  auto seen = older.Status();
  ASSERT_TRUE(seen);
  ASSERT_EQ(seen->size(), 2u);
  EXPECT_TRUE((*seen)[1].applied);
  EXPECT_EQ(older.CurrentVersion().value_or(-1), 2);
  auto down = older.Down();
  ASSERT_FALSE(down);  // it cannot revert what it does not know
  EXPECT_NE(down.error().message.find("0002_b"), std::string::npos);
}

TEST(MigrationsPgTest, RacingReplicasApplyEachMigrationExactlyOnce) {
  // Given migrations that record every run and are slow enough for the racers to overlap
  TestSchema schema;
  ASSERT_TRUE(schema.Connect().Exec("CREATE TABLE runs (version int)"));
  std::vector<Migration> migrations = EmbeddedMigrations();
  const int base = static_cast<int>(migrations.size());
  for (int i = 1; i <= 3; ++i) {
    const int version = base + i;
    migrations.push_back(
        {version, "slow_" + std::to_string(i),
         "SELECT pg_sleep(0.1); INSERT INTO runs VALUES (" + std::to_string(version) + ")",
         "DELETE FROM runs"});
  }
  // when two replicas migrate at once, each on its own connection
  Result<int> results[2] = {0, 0};
  std::vector<std::thread> replicas;
  for (auto& result : results) {
    replicas.emplace_back([&schema, &migrations, &result] {
      Connection connection = schema.Connect();
      Migrator migrator(connection, migrations);
      result = migrator.Up();
    });
  }
  for (auto& replica : replicas) replica.join();

  // then both succeed, together they applied everything once
  ASSERT_TRUE(results[0]) << results[0].error().message;
  ASSERT_TRUE(results[1]) << results[1].error().message;
  EXPECT_EQ(*results[0] + *results[1], static_cast<int>(migrations.size()));
  EXPECT_EQ(
      Psql(schema.url(), "SELECT string_agg(version::text, ',' ORDER BY version) FROM runs"),
      std::to_string(base + 1) + "," + std::to_string(base + 2) + "," + std::to_string(base + 3));
  EXPECT_EQ(Psql(schema.url(), "SELECT count(*) FROM schema_migrations"),
            std::to_string(migrations.size()));
}

}  // namespace
}  // namespace chatfleet::pg
