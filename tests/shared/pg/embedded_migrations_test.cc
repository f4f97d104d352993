#include <gtest/gtest.h>

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

TEST(EmbeddedMigrationsTest, MigrationsTakeNoTransactionControl) {
  // Each migration runs inside the Migrator's transaction; its own COMMIT would break that.
  for (const Migration& migration : EmbeddedMigrations()) {
    for (const std::string& sql : {migration.up_sql, migration.down_sql}) {
      EXPECT_EQ(sql.find("COMMIT"), std::string::npos) << migration.name;
      EXPECT_EQ(sql.find("BEGIN"), std::string::npos) << migration.name;
    }
  }
}

}  // namespace
}  // namespace chatfleet::pg
