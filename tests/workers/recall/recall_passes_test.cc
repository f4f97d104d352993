#include "workers/recall/recall_passes.h"

#include <gtest/gtest.h>

namespace chatfleet::workers {
namespace {

using std::chrono::milliseconds;

/// Two conversations' newest messages and one shared ranking of earlier messages.
MergedRecallQueries ThreeRankings() {
  const ConversationKey a{"acme", "elena", "telegram", "chat-a"};
  const ConversationKey b{"acme", "elena", "telegram", "chat-b"};
  MergedRecallQueries merged;
  merged.queries = {{a, "en", "earlier words", 10}, {a, "en", "newest a", 12}, {b, "en", "b", 3}};
  merged.newest = {false, true, true};
  return merged;
}

RecallResult Outcome(RecallOutcome outcome, std::string error) {
  RecallResult result;
  result.outcome = outcome;
  result.error = std::move(error);
  return result;
}

RecallResult Memories(const std::vector<RecallQuery>& queries) {
  RecallResult result;
  for (const auto& query : queries) {
    result.memories.push_back({{v1::Memory::KIND_MESSAGE, "for " + query.text, 1, "", "", ""}});
  }
  return result;
}

TEST(RecallWithinBudgetTest, TheNewestMessagesAreRankedFirstThenTheEarlierOnes) {
  std::vector<std::vector<std::string>> passes;
  const auto recalled =
      RecallWithinBudget(ThreeRankings(), milliseconds(60000),
                         [&](const std::vector<RecallQuery>& queries, milliseconds left) {
                           EXPECT_GT(left.count(), 0);
                           passes.emplace_back();
                           for (const auto& query : queries) passes.back().push_back(query.text);
                           return Memories(queries);
                         });
  EXPECT_EQ(passes, (std::vector<std::vector<std::string>>{{"newest a", "b"}, {"earlier words"}}));
  ASSERT_EQ(recalled.memories.size(), 3u);
  EXPECT_EQ(recalled.memories[0][0].text, "for earlier words") << "back in the merged order";
  EXPECT_EQ(recalled.memories[1][0].text, "for newest a");
  EXPECT_EQ(recalled.status, (std::vector<v1::RecallStatus>(3, v1::RECALL_STATUS_OK)));
}

TEST(RecallWithinBudgetTest, AFailedPassGoesOutWithoutMemoriesAndTheOtherPassStillRuns) {
  int calls = 0;
  const auto recalled =
      RecallWithinBudget(ThreeRankings(), milliseconds(60000),
                         [&](const std::vector<RecallQuery>& queries, milliseconds) {
                           if (++calls == 1) {
                             return Outcome(RecallOutcome::kFailed, "database down");
                           }
                           return Memories(queries);
                         });
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(recalled.status[1], v1::RECALL_STATUS_FAILED);
  EXPECT_EQ(recalled.status[2], v1::RECALL_STATUS_FAILED);
  EXPECT_TRUE(recalled.memories[1].empty());
  EXPECT_EQ(recalled.status[0], v1::RECALL_STATUS_OK);
  EXPECT_EQ(recalled.memories[0][0].text, "for earlier words");
}

TEST(RecallWithinBudgetTest, ATimedOutRankingSaysTimedOut) {
  const auto recalled = RecallWithinBudget(
      ThreeRankings(), milliseconds(60000), [](const std::vector<RecallQuery>&, milliseconds) {
        return Outcome(RecallOutcome::kTimedOut, "statement timeout");
      });
  EXPECT_EQ(recalled.status, (std::vector<v1::RecallStatus>(3, v1::RECALL_STATUS_TIMED_OUT)));
}

TEST(RecallWithinBudgetTest, ASpentBudgetRanksNothingAndEveryContextGoesOutTimedOut) {
  bool ranked = false;
  const auto recalled = RecallWithinBudget(
      ThreeRankings(), milliseconds(0), [&](const std::vector<RecallQuery>& queries, milliseconds) {
        ranked = true;
        return Memories(queries);
      });
  EXPECT_FALSE(ranked);
  EXPECT_EQ(recalled.status, (std::vector<v1::RecallStatus>(3, v1::RECALL_STATUS_TIMED_OUT)));
}

TEST(RecallWithinBudgetTest, NoQueriesRankNothing) {
  const auto recalled =
      RecallWithinBudget({}, milliseconds(100), [](const std::vector<RecallQuery>&, milliseconds) {
        ADD_FAILURE() << "nothing to rank";
        return RecallResult{};
      });
  EXPECT_TRUE(recalled.memories.empty());
}

}  // namespace
}  // namespace chatfleet::workers
