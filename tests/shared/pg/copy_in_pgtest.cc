// COPY … FROM STDIN with awkward text, read back with the independent psql client.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "shared/pg/connection.h"
#include "tests/support/pg_schema.h"

namespace chatfleet::pg {
namespace {

using testing::Psql;
using testing::TestSchema;

std::string Hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 0xf];
  }
  return out;
}

class CopyInPgTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(connection_.Exec("CREATE TABLE messages (id int, content text, note text)"));
  }

  TestSchema schema_;
  Connection connection_ = schema_.Connect();
};

TEST_F(CopyInPgTest, AwkwardTextRoundTripsExactly) {
  const std::vector<std::string> texts = {"tab\there",
                                          "new\nline",
                                          "carriage\rreturn\r\n",
                                          "back\\slash \\N \\.",
                                          "emoji 👋🏽🇺🇦 日本語",
                                          "\\",
                                          "",
                                          "trailing tab\t",
                                          "\\.",
                                          "quote ' \" | pipe",
                                          "\x01\x1f control"};
  std::string data;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    AppendCopyField(data, std::to_string(i), true);
    AppendCopyField(data, texts[i], false);
    AppendCopyField(data, std::nullopt, false);
    EndCopyRow(data);
  }

  auto copied = connection_.CopyIn("COPY messages (id, content, note) FROM STDIN", data);

  ASSERT_TRUE(copied) << copied.error().message;
  EXPECT_EQ(*copied, static_cast<std::int64_t>(texts.size()));
  // Hex, so psql's own output format cannot blur a tab or newline.
  const std::string hex = Psql(
      schema_.url(),
      "SELECT encode(convert_to(content, 'UTF8'), 'hex'), note IS NULL FROM messages ORDER BY id");
  std::string expected;
  for (const std::string& text : texts) {
    if (!expected.empty()) expected += '\n';
    expected += Hex(text) + "|t";
  }
  EXPECT_EQ(hex, expected);
}

TEST_F(CopyInPgTest, ManyRowsLargerThanOneChunk) {
  std::string data;
  const std::string body(1000, 'x');
  for (int i = 0; i < 2000; ++i) {  // ~2 MB, several PQputCopyData chunks
    AppendCopyField(data, std::to_string(i), true);
    AppendCopyField(data, body, false);
    AppendCopyField(data, "n", false);
    EndCopyRow(data);
  }
  auto copied = connection_.CopyIn("COPY messages FROM STDIN", data);
  ASSERT_TRUE(copied) << copied.error().message;
  EXPECT_EQ(*copied, 2000);
  EXPECT_EQ(Psql(schema_.url(), "SELECT count(*), sum(length(content)) FROM messages"),
            "2000|2000000");
}

TEST_F(CopyInPgTest, BadDataIsPermanentAndCopiesNothing) {
  auto copied = connection_.CopyIn("COPY messages FROM STDIN", "1\tok\tn\nnot-a-number\tx\tn\n");
  ASSERT_FALSE(copied);
  EXPECT_EQ(copied.error().kind, ErrorKind::kPermanent) << copied.error().message;
  EXPECT_NE(copied.error().message.find("22P02"), std::string::npos) << copied.error().message;
  EXPECT_EQ(Psql(schema_.url(), "SELECT count(*) FROM messages"), "0");
  EXPECT_TRUE(connection_.Exec("SELECT 1"));  // the connection is idle again
}

TEST_F(CopyInPgTest, NotACopyStatementIsAnError) {
  auto copied = connection_.CopyIn("SELECT 1", "");
  ASSERT_FALSE(copied);
  EXPECT_EQ(copied.error().kind, ErrorKind::kFatal);
  auto missing = connection_.CopyIn("COPY no_such_table FROM STDIN", "");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::kFatal);
  EXPECT_TRUE(connection_.Exec("SELECT 1"));
}

TEST_F(CopyInPgTest, InsideATransactionThatRollsBack) {
  {
    auto transaction = Transaction::Begin(connection_);
    ASSERT_TRUE(transaction);
    auto copied = connection_.CopyIn("COPY messages FROM STDIN", "1\ta\tb\n");
    ASSERT_TRUE(copied) << copied.error().message;
  }
  EXPECT_EQ(Psql(schema_.url(), "SELECT count(*) FROM messages"), "0");
}

}  // namespace
}  // namespace chatfleet::pg
