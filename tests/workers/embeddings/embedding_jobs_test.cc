#include "workers/embeddings/embedding_jobs.h"

#include <gtest/gtest.h>

namespace chatfleet::workers {
namespace {

HistoryRow Row(std::string role, std::string text, std::string message_id) {
  HistoryRow row;
  row.tenant = "acme";
  row.bot = "elena";
  row.platform = "discord";
  row.conversation_id = "dm-1";
  row.role = std::move(role);
  if (row.role == "user") row.user_name = "Ann";
  row.content = std::move(text);
  row.platform_message_id = std::move(message_id);
  return row;
}

TEST(EmbeddingJobsTest, OnlyPeoplesNewMessagesAndEditsAreEmbedded) {
  StoredRows written;
  written.rows = {
      Row("user", "I'm lactose intolerant", "m-1"), Row("assistant", "Noted!", "m-2"),
      Row("user", "a redelivered message", "m-3"),  Row("user", "   ", "m-4"),
      Row("user", "I am vegan now", "m-1"),         Row("user", "a bot posing as a person", "m-6")};
  written.rows[4].edited_at = "2026-11-22T10:05:00Z";
  written.rows[5].user_name.reset();
  written.ids = {11, 12, 0, 14, 0, 16};

  const auto jobs = EmbeddingJobsOf(written);

  ASSERT_EQ(jobs.size(), 2u);
  EXPECT_EQ(jobs[0].history_id, 11);
  EXPECT_EQ(jobs[0].text, "I'm lactose intolerant");
  EXPECT_EQ(jobs[0].conversation.conversation_id, "dm-1");
  EXPECT_TRUE(jobs[0].platform_message_id.empty());
  // The edit is found by its natural key: the writer returns no id for an updated row.
  EXPECT_EQ(jobs[1].history_id, 0);
  EXPECT_EQ(jobs[1].platform_message_id, "m-1");
  EXPECT_EQ(jobs[1].text, "I am vegan now");
}

TEST(EmbeddingJobsTest, RowsWithoutIdsAreNotEmbedded) {
  StoredRows written;
  written.rows = {Row("user", "hello", "m-1")};
  EXPECT_TRUE(EmbeddingJobsOf(written).empty());
}

}  // namespace
}  // namespace chatfleet::workers
