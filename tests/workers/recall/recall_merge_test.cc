#include "workers/recall/recall_merge.h"

#include <gtest/gtest.h>

namespace chatfleet::workers {
namespace {

TEST(RecallBudgetTest, APassTakesOnlyTheRankingsThatFitInWhatIsLeftOfTheBudget) {
  using std::chrono::milliseconds;
  // Nothing measured yet (the first pass): every ranking is tried, the timeout is the limit
  EXPECT_EQ(AffordableRankings(200, milliseconds(200), std::nullopt), 200u);
  // 0.5 ms per ranking measured, 100 ms left: 80 % of it fits 160 of 200
  EXPECT_EQ(AffordableRankings(200, milliseconds(100), 0.0005), 160u);
  EXPECT_EQ(AffordableRankings(20, milliseconds(100), 0.0005), 20u);
  // Nothing left, or too little for one
  EXPECT_EQ(AffordableRankings(200, milliseconds(0), 0.0005), 0u);
  EXPECT_EQ(AffordableRankings(200, milliseconds(-5), std::nullopt), 0u);
  EXPECT_EQ(AffordableRankings(200, milliseconds(1), 0.01), 0u);
}

TEST(RecallMergeTest, TheNewestMessageIsRankedAloneAndTheEarlierOnesShareOneRanking) {
  // Given four messages of one conversation (three in English) and one of another
  const ConversationKey a{"acme", "elena", "telegram", "chat-a"};
  const ConversationKey b{"acme", "elena", "telegram", "chat-b"};
  const std::vector<RecallQuery> queries = {{a, "en", "the cat is sick", 40, {50}},
                                            {b, "en", "budget", 7, {51}},
                                            {a, "en", "the vet is closed", 38, {52}},
                                            {a, "ru", "где кошка", 41, {53}},
                                            {a, "en", "what is my dog called?", 42, {54}}};
  // When they are merged
  const auto merged = MergeRecallQueries(queries);
  // Then the newest English message of chat-a keeps its own words (a question is not drowned),
  // the earlier two share one ranking with every word of theirs and the earliest window start
  // (neither is offered its own recent window), and lone messages stay as they are
  ASSERT_EQ(merged.queries.size(), 4u);
  EXPECT_EQ(merged.merged_of, (std::vector<std::size_t>{0, 1, 0, 2, 3}));
  // and the newest (and lone) messages are the ones ranked in the first pass
  EXPECT_EQ(merged.newest, (std::vector<bool>{false, true, true, true}));
  EXPECT_EQ(merged.queries[0].text, "the cat is sick\nthe vet is closed");
  EXPECT_EQ(merged.queries[0].before_id, 38);
  EXPECT_EQ(merged.queries[0].stored_ids, (std::vector<std::int64_t>{50, 52})) << "text order";
  EXPECT_EQ(merged.queries[1].text, "budget");
  EXPECT_EQ(merged.queries[2].language, "ru");
  EXPECT_EQ(merged.queries[3].text, "what is my dog called?");
  EXPECT_EQ(merged.queries[3].before_id, 42);
  EXPECT_EQ(merged.queries[3].stored_ids, std::vector<std::int64_t>{54});
  EXPECT_TRUE(MergeRecallQueries({}).queries.empty());
}

}  // namespace
}  // namespace chatfleet::workers
