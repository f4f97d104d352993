#include <gtest/gtest.h>

#include <string>

#include "shared/pg/migrations.h"

namespace chatfleet::pg {
namespace {

TEST(EmbeddedMigrationsTest, AreNumberedFromOneWithoutGaps) {
  const auto& migrations = EmbeddedMigrations();
  ASSERT_FALSE(migrations.empty());
  for (std::size_t i = 0; i < migrations.size(); ++i) {
    EXPECT_EQ(migrations[i].version, static_cast<int>(i) + 1) << migrations[i].name;
    EXPECT_FALSE(migrations[i].up_sql.empty()) << migrations[i].name;
    EXPECT_FALSE(migrations[i].down_sql.empty()) << migrations[i].name;
  }
}

TEST(EmbeddedMigrationsTest, FirstCreatesChatHistory) {
  const Migration& first = EmbeddedMigrations().front();
  EXPECT_EQ(first.name, "chat_history");
  EXPECT_NE(first.up_sql.find("CREATE TABLE chat_history"), std::string::npos);
  EXPECT_NE(first.down_sql.find("DROP TABLE chat_history"), std::string::npos);
}

/// `sql` without its dollar-quoted bodies ($$ … $$): a PL/pgSQL function's BEGIN … END is a
/// block of the function, not transaction control.
std::string OutsideFunctionBodies(const std::string& sql) {
  std::string outside;
  bool inside = false;
  for (std::size_t at = 0; at < sql.size(); ++at) {
    if (sql.compare(at, 2, "$$") == 0) {
      inside = !inside;
      ++at;
      continue;
    }
    if (!inside) outside += sql[at];
  }
  return outside;
}

TEST(EmbeddedMigrationsTest, MigrationsTakeNoTransactionControl) {
  // Each migration runs inside the Migrator's transaction; its own COMMIT would break that.
  for (const Migration& migration : EmbeddedMigrations()) {
    for (const std::string& sql : {migration.up_sql, migration.down_sql}) {
      const std::string statements = OutsideFunctionBodies(sql);
      EXPECT_EQ(statements.find("COMMIT"), std::string::npos) << migration.name;
      EXPECT_EQ(statements.find("BEGIN"), std::string::npos) << migration.name;
    }
  }
}

TEST(EmbeddedMigrationsTest, AFunctionsOwnBlockIsNotTransactionControl) {
  EXPECT_EQ(OutsideFunctionBodies("CREATE FUNCTION f() AS $$ BEGIN RETURN 1; END $$; COMMIT;"),
            "CREATE FUNCTION f() AS ; COMMIT;");
}

}  // namespace
}  // namespace chatfleet::pg
