// Contextual recall's SQL against the real PostgreSQL: a fact said long ago is found, long
// queries keep their most repeated words, a batch ranks each query as alone, conversations
// never mix and the budget holds.
#include <gtest/gtest.h>

#include "tests/workers/memory/stored_history.h"
#include "workers/recall/recall_store.h"

namespace chatfleet::workers {
namespace {

TEST(RecallPgTest, AFactSaidFortyMessagesAgoIsRecalledForAQuestionAboutIt) {
  // Given 60 messages where message 20 holds the fact and 41..60 are the recent window
  TestSchema schema;
  schema.Migrate();
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 60; ++n) {
    rows.push_back(
        Row(n, n == 20 ? "My dog is called Rex and he loves swimming at the lake" : Filler(n)));
  }
  Store(schema, rows);
  pg::LazyConnection connection(schema.url());
  RecallStore recall(connection, {6, std::chrono::milliseconds(2000)});
  // when the user asks about it
  const auto result =
      recall.Recall({{kConversation, "en", "What was the name of my dog again?", IdOf(schema, 41)},
                     {kConversation, "en", "ok", IdOf(schema, 41)}});
  // then the fact is the best memory, with a score; nothing from the recent window
  ASSERT_EQ(result.outcome, RecallOutcome::kOk) << result.error;
  ASSERT_FALSE(result.memories[0].empty());
  EXPECT_EQ(result.memories[0][0].text, "My dog is called Rex and he loves swimming at the lake");
  EXPECT_GT(result.memories[0][0].score, 0);
  EXPECT_EQ(result.memories[0][0].platform_message_id, "m-20");
  EXPECT_LE(result.memories[0].size(), 6u);
  EXPECT_TRUE(result.memories[1].empty()) << "a message without content words recalls nothing";
}

TEST(RecallPgTest, RowsStoredWithoutAVectorRankAsIfTheyHadOne) {
  // Given the same 60 messages in two conversations, one stored with recall on (vectors
  // written) and one with recall off (none written)
  TestSchema schema;
  schema.Migrate();
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 60; ++n) {
    const std::string text =
        n == 20 ? "My dog is called Rex and he loves swimming at the lake" : Filler(n);
    rows.push_back(Row(n, text));
    HistoryRow unsearched = Row(100 + n, text, "u-1", "chat-2");
    unsearched.searchable = false;
    rows.push_back(unsearched);
  }
  Store(schema, rows);
  ASSERT_EQ(Psql(schema.url(),
                 "SELECT conversation_id, count(search) FROM chat_history "
                 "GROUP BY 1 ORDER BY 1"),
            "chat-1|60\nchat-2|0");
  pg::LazyConnection connection(schema.url());
  RecallStore recall(connection, {6, std::chrono::milliseconds(2000)});
  ConversationKey unsearched = kConversation;
  unsearched.conversation_id = "chat-2";
  // when both are asked the same question
  const auto result = recall.Recall(
      {{kConversation, "en", "What was the name of my dog? The lake?", IdOf(schema, 60)},
       {unsearched, "en", "What was the name of my dog? The lake?", IdOf(schema, 160)}});
  // then both rank the same memories with the same scores
  ASSERT_EQ(result.outcome, RecallOutcome::kOk) << result.error;
  ASSERT_FALSE(result.memories[0].empty());
  EXPECT_EQ(result.memories[0][0].text, "My dog is called Rex and he loves swimming at the lake");
  ASSERT_EQ(result.memories[1].size(), result.memories[0].size());
  for (std::size_t m = 0; m < result.memories[0].size(); ++m) {
    EXPECT_EQ(result.memories[1][m].text, result.memories[0][m].text) << m;
    EXPECT_DOUBLE_EQ(result.memories[1][m].score, result.memories[0][m].score) << m;
  }
}

TEST(RecallPgTest, TheQueryTakesItsWordsFromTheStoredRowsUnlessTheirTextChanged) {
  // Given a fact among fillers and, stored last, three questions about it
  TestSchema schema;
  schema.Migrate();
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 40; ++n) {
    rows.push_back(
        Row(n, n == 10 ? "My dog is called Rex and he loves swimming at the lake" : Filler(n)));
  }
  rows.push_back(Row(41, "Where does my dog swim?"));
  rows.push_back(Row(42, "Does he like the lake?"));
  rows.push_back(Row(43, "What is his name?"));
  Store(schema, rows);
  // and the stored vector of the first replaced by one sharing no word with the fact, so a
  // ranking that used it would tell
  ASSERT_EQ(Psql(schema.url(),
                 "UPDATE chat_history SET search = to_tsvector('english', "
                 "'football tonight') WHERE platform_message_id = 'm-41'"),
            "");
  pg::LazyConnection connection(schema.url());
  RecallStore recall(connection, {6, std::chrono::milliseconds(2000)});
  const std::int64_t first = IdOf(schema, 41);
  const std::int64_t second = IdOf(schema, 42);
  const std::int64_t third = IdOf(schema, 43);
  // when asked with the row it was stored as, with a text the row no longer holds, and as a
  // burst of two rows
  const std::vector<RecallQuery> queries = {
      {kConversation, "en", "Where does my dog swim?", first, {first}},
      {kConversation, "en", "Where does my dog swim? (edited)", first, {first}},
      {kConversation, "en", "Does he like the lake?\nWhat is his name?", first, {second, third}}};
  const auto result = recall.Recall(queries);
  ASSERT_EQ(result.outcome, RecallOutcome::kOk) << result.error;
  // then the stored vector gave the words (football), a changed text its own words, and a
  // burst the words of all its rows
  ASSERT_FALSE(result.memories[0].empty());
  EXPECT_TRUE(result.memories[0][0].text.starts_with("football match tonight"))
      << result.memories[0][0].text;
  ASSERT_FALSE(result.memories[1].empty());
  EXPECT_EQ(result.memories[1][0].text, "My dog is called Rex and he loves swimming at the lake");
  ASSERT_FALSE(result.memories[2].empty());
  EXPECT_EQ(result.memories[2][0].text, "My dog is called Rex and he loves swimming at the lake")
      << "the first row's words (lake) find it";
}

TEST(RecallPgTest, ALongQueryKeepsItsMostRepeatedWords) {
  // Given a fact about a wedding among fillers, analysed so the planner knows the words' rarity
  TestSchema schema;
  schema.Migrate();
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 60; ++n) {
    rows.push_back(Row(n, n == 10 ? "my sister's wedding is in Lisbon in June" : Filler(n)));
  }
  Store(schema, rows);
  Psql(schema.url(), "ANALYZE chat_history");
  pg::LazyConnection connection(schema.url());
  RecallStore recall(connection, {6, std::chrono::milliseconds(2000), std::chrono::hours(720), 300,
                                  /*max_query_lexemes=*/4});
  // when a burst's merged query names the wedding three times among eight one-off words
  const auto result = recall.Recall(
      {{kConversation, "en",
        "apples bananas cherries dates wedding\nelderberries figs wedding grapes honeydew wedding",
        IdOf(schema, 41)}});
  // then the four words kept include "wedding" (alphabetically it would be cut) and find it
  ASSERT_EQ(result.outcome, RecallOutcome::kOk) << result.error;
  ASSERT_FALSE(result.memories[0].empty());
  EXPECT_EQ(result.memories[0][0].platform_message_id, "m-10");
}

TEST(RecallPgTest, ABatchRanksEachQueryAsItWouldAlone) {
  // Given two conversations with facts among fillers
  TestSchema schema;
  schema.Migrate();
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 60; ++n) {
    rows.push_back(
        Row(n, n == 20 ? "My dog is called Rex and he loves swimming at the lake" : Filler(n)));
    rows.push_back(Row(100 + n,
                       n == 30 ? "The secret code for the office door is banana"
                               : Filler(n + 3) + " and the football",
                       "u-2", "chat-2"));
  }
  Store(schema, rows);
  pg::LazyConnection connection(schema.url());
  RecallStore recall(connection, {6, std::chrono::milliseconds(5000)});
  ConversationKey other = kConversation;
  other.conversation_id = "chat-2";
  // when queries of both, with common and rare words and one without content words, are ranked
  // in one batch and each alone
  const std::vector<RecallQuery> queries = {
      {kConversation, "en", "Where does my dog swim? The lake?", IdOf(schema, 41)},
      {other, "en", "what was the secret code of the door?", IdOf(schema, 150)},
      {kConversation, "en", "football tonight or the weather?", IdOf(schema, 55)},
      {kConversation, "en", "ok", IdOf(schema, 41)},
      {other, "en", "football and coffee", IdOf(schema, 160)}};
  const auto batch = recall.Recall(queries);
  ASSERT_EQ(batch.outcome, RecallOutcome::kOk) << batch.error;
  // then each query's memories and scores are its own: the term statistics of one query never
  // leak into another's ranking
  for (std::size_t q = 0; q < queries.size(); ++q) {
    const auto alone = recall.Recall({queries[q]});
    ASSERT_EQ(alone.outcome, RecallOutcome::kOk) << alone.error;
    ASSERT_EQ(batch.memories[q].size(), alone.memories[0].size()) << q;
    for (std::size_t m = 0; m < alone.memories[0].size(); ++m) {
      EXPECT_EQ(batch.memories[q][m].platform_message_id, alone.memories[0][m].platform_message_id)
          << q << " " << m;
      // The recency weight follows now(), which moves by milliseconds between the two calls.
      EXPECT_NEAR(batch.memories[q][m].score, alone.memories[0][m].score,
                  1e-6 * alone.memories[0][m].score)
          << q << " " << m;
    }
  }
  ASSERT_FALSE(batch.memories[0].empty());
  EXPECT_EQ(batch.memories[0][0].platform_message_id, "m-20");
  ASSERT_FALSE(batch.memories[1].empty());
  EXPECT_EQ(batch.memories[1][0].platform_message_id, "m-130");
  EXPECT_EQ(batch.memories[2].size(), 6u) << "common words: a full ranking";
  EXPECT_TRUE(batch.memories[3].empty());
  for (const auto& memory : batch.memories[4]) {
    EXPECT_TRUE(memory.text.find("football") != std::string::npos ||
                memory.text.find("coffee") != std::string::npos)
        << memory.text;
    EXPECT_NE(memory.text.find("and the football"), std::string::npos)
        << "only chat-2's rows: " << memory.text;
  }
}

TEST(RecallPgTest, TwoWordsCutToTheSamePrefixCountOnce) {
  // Given a message with both words among fillers: a candidate the exact term "teach" and the
  // prefix "teach" would both match
  TestSchema schema;
  schema.Migrate();
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 30; ++n) {
    rows.push_back(Row(n, n == 10 ? "my teacher is strict about teaching" : Filler(n)));
  }
  Store(schema, rows);
  pg::LazyConnection connection(schema.url());
  RecallStore recall(connection, {6, std::chrono::milliseconds(5000)});
  // when asked with "teacher" (the prefix "teach" of its 7-letter lexeme) and with "teacher
  // teaching" ("teaching" stems to "teach": the same term, exact)
  const auto result = recall.Recall({{kConversation, "en", "teacher", IdOf(schema, 25)},
                                     {kConversation, "en", "teacher teaching", IdOf(schema, 25)}});
  // then both find it with the same score: the term is counted once, not once per word
  ASSERT_EQ(result.outcome, RecallOutcome::kOk) << result.error;
  ASSERT_EQ(result.memories[0].size(), 1u);
  ASSERT_EQ(result.memories[1].size(), 1u);
  EXPECT_EQ(result.memories[0][0].platform_message_id, "m-10");
  EXPECT_EQ(result.memories[1][0].platform_message_id, "m-10");
  EXPECT_DOUBLE_EQ(result.memories[1][0].score, result.memories[0][0].score);
}

TEST(RecallPgTest, ConversationsNeverMixAndTheBudgetIsHonoured) {
  TestSchema schema;
  schema.Migrate();
  Store(schema, {Row(1, "The secret code is banana", "u-1", "chat-2"), Row(2, "hello", "u-1")});
  pg::LazyConnection connection(schema.url());
  RecallStore recall(connection, {6, std::chrono::milliseconds(200)});
  auto other = recall.Recall({{kConversation, "en", "what is the secret code?", 1000000}});
  ASSERT_EQ(other.outcome, RecallOutcome::kOk) << other.error;
  EXPECT_TRUE(other.memories[0].empty()) << "chat-2's words never reach chat-1";

  // A lock held elsewhere makes ranking wait: the budget cancels it and says so.
  auto blocker = schema.Connect();
  ASSERT_TRUE(blocker.Exec("BEGIN"));
  ASSERT_TRUE(blocker.Exec("LOCK TABLE chat_history IN ACCESS EXCLUSIVE MODE"));
  const auto started = std::chrono::steady_clock::now();
  auto late = recall.Recall({{kConversation, "en", "hello", 1000000}});
  const auto waited = std::chrono::steady_clock::now() - started;
  ASSERT_TRUE(blocker.Exec("ROLLBACK"));
  EXPECT_EQ(late.outcome, RecallOutcome::kTimedOut) << late.error;
  EXPECT_TRUE(late.memories[0].empty());
  EXPECT_LT(waited, std::chrono::seconds(5)) << "bounded, not hanging";
}

}  // namespace
}  // namespace chatfleet::workers
