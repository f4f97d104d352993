// The chatfleet-migrate binary against the real server, checked with psql.
#include <gtest/gtest.h>

#include "shared/pg/migrations.h"
#include "tests/support/pg_schema.h"
#include "tests/support/process.h"

namespace chatfleet::pg {
namespace {

using testing::BinaryPath;
using testing::CommandResult;
using testing::Psql;
using testing::RunCommand;
using testing::TestSchema;

CommandResult Migrate(const TestSchema& schema, std::vector<std::string> args) {
  args.insert(args.begin(), BinaryPath("deploy/migrate/chatfleet-migrate"));
  args.push_back("--database-url=" + schema.url());
  args.push_back("--log-level=warn");
  return RunCommand(args, {}, std::chrono::seconds(30));
}

std::string StatusLines(bool applied) {
  std::string out;
  for (const Migration& migration : EmbeddedMigrations()) {
    char label[16];
    std::snprintf(label, sizeof label, "%04d", migration.version);
    out +=
        std::string(label) + "_" + migration.name + "\t" + (applied ? "applied" : "pending") + "\n";
  }
  return out;
}

TEST(MigrateCommandPgTest, StatusUpDownStatus) {
  TestSchema schema;
  const std::string latest = std::to_string(EmbeddedMigrations().back().version);

  const CommandResult pending = Migrate(schema, {"status"});
  EXPECT_EQ(pending.exit_code, 0);
  EXPECT_EQ(pending.output, StatusLines(false) + "schema at version 0, latest " + latest + "\n");

  const CommandResult up = Migrate(schema, {"up"});
  EXPECT_EQ(up.exit_code, 0);
  EXPECT_EQ(up.output, "up: applied " + std::to_string(EmbeddedMigrations().size()) +
                           " migration(s)\n" + StatusLines(true) + "schema at version " + latest +
                           ", latest " + latest + "\n");
  EXPECT_EQ(Psql(schema.url(), "SELECT count(*) FROM chat_history"), "0");

  const CommandResult down = Migrate(schema, {"down", "--steps=" + latest});
  EXPECT_EQ(down.exit_code, 0);
  EXPECT_TRUE(down.output.starts_with("down: reverted " + latest + " migration(s)\n"))
      << down.output;
  EXPECT_EQ(Psql(schema.url(), "SELECT to_regclass('chat_history') IS NULL"), "t");
}

TEST(MigrateCommandPgTest, ErrorsExitNonZero) {
  TestSchema schema;
  EXPECT_EQ(Migrate(schema, {"up", "--target=9999"}).exit_code, 1);
  EXPECT_EQ(Migrate(schema, {"sideways"}).exit_code, 2);
  EXPECT_EQ(Migrate(schema, {"up", "--no-such-flag=1"}).exit_code, 2);
}

TEST(MigrateCommandPgTest, GivesUpOnAnUnreachableDatabaseAfterTheWait) {
  const auto start = std::chrono::steady_clock::now();
  const CommandResult result = RunCommand({BinaryPath("deploy/migrate/chatfleet-migrate"), "status",
                                           "--database-url=postgresql://nobody@127.0.0.1:1/none",
                                           "--migrate-wait-ms=500", "--log-level=warn"},
                                          {}, std::chrono::seconds(30));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

}  // namespace
}  // namespace chatfleet::pg
