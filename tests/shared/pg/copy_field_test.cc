#include <gtest/gtest.h>

#include <string>

#include "shared/pg/connection.h"

namespace chatfleet::pg {
namespace {

std::string Field(Param value) {
  std::string row;
  AppendCopyField(row, value, /*first=*/true);
  return row;
}

TEST(AppendCopyFieldTest, PlainTextIsUnchanged) { EXPECT_EQ(Field("hello world"), "hello world"); }

TEST(AppendCopyFieldTest, EscapesBackslashTabNewlineAndCarriageReturn) {
  EXPECT_EQ(Field("a\\b"), "a\\\\b");
  EXPECT_EQ(Field("a\tb"), "a\\tb");
  EXPECT_EQ(Field("a\nb"), "a\\nb");
  EXPECT_EQ(Field("a\rb"), "a\\rb");
  EXPECT_EQ(Field("\\N"), "\\\\N");  // the text "\N" is not NULL
}

TEST(AppendCopyFieldTest, EndOfDataMarkerCannotBeForged) { EXPECT_EQ(Field("\\."), "\\\\."); }

TEST(AppendCopyFieldTest, NullIsBackslashN) { EXPECT_EQ(Field(std::nullopt), "\\N"); }

TEST(AppendCopyFieldTest, EmptyIsNotNull) { EXPECT_EQ(Field(""), ""); }

TEST(AppendCopyFieldTest, Utf8PassesThrough) {
  EXPECT_EQ(Field("Zoë 👋🏽 日本語"), "Zoë 👋🏽 日本語");
}

TEST(AppendCopyFieldTest, FieldsAreTabSeparatedAndRowsEndWithNewline) {
  std::string row;
  AppendCopyField(row, "1", true);
  AppendCopyField(row, std::nullopt, false);
  AppendCopyField(row, "x\ty", false);
  EndCopyRow(row);
  EXPECT_EQ(row, "1\t\\N\tx\\ty\n");
}

TEST(QuoteIdentifierTest, QuotesAndDoublesQuotes) {
  EXPECT_EQ(QuoteIdentifier("t_1"), "\"t_1\"");
  EXPECT_EQ(QuoteIdentifier("a\"b"), "\"a\"\"b\"");
}

}  // namespace
}  // namespace chatfleet::pg
