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

/// Ten conversations' newest messages and ten bursts' earlier messages.
MergedRecallQueries TwentyRankings() {
  MergedRecallQueries merged;
  for (int i = 0; i < 10; ++i) {
    const ConversationKey key{"acme", "elena", "telegram", "chat-" + std::to_string(i)};
    merged.queries.push_back({key, "en", "newest", 20});
    merged.newest.push_back(true);
    merged.queries.push_back({key, "en", "earlier", 10});
    merged.newest.push_back(false);
  }
  return merged;
}

TEST(RecallWithinBudgetTest, AnEarlierPassThatTimedOutIsSentSmallerInTheNextBatch) {
  // Given an earlier messages' pass of 10 rankings that ran out of its time
  RecallPace pace;
  std::vector<std::size_t> earlier_sent;
  const auto rank = [&](const std::vector<RecallQuery>& queries, milliseconds) {
    if (queries.front().text == "newest") return Memories(queries);
    earlier_sent.push_back(queries.size());
    return earlier_sent.size() == 1 ? Outcome(RecallOutcome::kTimedOut, "statement timeout")
                                    : Memories(queries);
  };
  (void)RecallWithinBudget(TwentyRankings(), milliseconds(60000), rank, &pace);
  // then it cost at least the time it had per ranking sent (all but nothing of 60 s, for 10)
  ASSERT_TRUE(pace.earlier_seconds_per_ranking.has_value());
  EXPECT_GT(*pace.earlier_seconds_per_ranking, 5.9);
  // When the next batch has a fraction of that budget (the newest pass, instant, says nothing)
  const auto recalled = RecallWithinBudget(TwentyRankings(), milliseconds(30000), rank, &pace);
  // Then the earlier pass is cut to what its own pace says fits (80 % of 30 s at >= 6 s each: 4)
  ASSERT_EQ(earlier_sent.size(), 2u);
  EXPECT_LE(earlier_sent[1], 4u);
  EXPECT_GE(earlier_sent[1], 3u);
  std::size_t with_memories = 0;
  for (std::size_t m = 0; m < recalled.memories.size(); ++m) {
    if (!recalled.memories[m].empty()) ++with_memories;
  }
  EXPECT_EQ(with_memories, 10 + earlier_sent[1]) << "every newest message and the earlier sent";
  // and a completed pass teaches its measured pace, far below the bound it replaces
  ASSERT_TRUE(pace.earlier_seconds_per_ranking.has_value());
  EXPECT_LT(*pace.earlier_seconds_per_ranking, 1.0);
}

TEST(RecallWithinBudgetTest, AnEarlierPassShutOutByItsPaceRunsAgainAfterAFewBatches) {
  // Given a pace learnt in one stalled batch that says not even one ranking fits the budget
  RecallPace pace{.earlier_seconds_per_ranking = 1000.0};
  std::vector<std::size_t> earlier_sent;
  const auto rank = [&](const std::vector<RecallQuery>& queries, milliseconds) {
    if (queries.front().text != "newest") earlier_sent.push_back(queries.size());
    return Memories(queries);
  };
  // When batches with a 60 s budget follow
  int batches = 0;
  while (earlier_sent.empty() && batches < 20) {
    (void)RecallWithinBudget(TwentyRankings(), milliseconds(60000), rank, &pace);
    ++batches;
  }
  // Then the earlier pass is sent again (1000 s halved until 80 % of 60 s fits a ranking)
  ASSERT_FALSE(earlier_sent.empty()) << "the earlier messages' pass never ran again";
  EXPECT_EQ(batches, 6);
  EXPECT_GE(earlier_sent.front(), 1u);
}

TEST(RecallWithinBudgetTest, WithoutAPaceTheEarlierPassIsCutByTheNewestOnly) {
  std::vector<std::size_t> sent;
  for (int batch = 0; batch < 2; ++batch) {
    (void)RecallWithinBudget(TwentyRankings(), milliseconds(60000),
                             [&](const std::vector<RecallQuery>& queries, milliseconds) {
                               sent.push_back(queries.size());
                               return Outcome(RecallOutcome::kTimedOut, "statement timeout");
                             });
  }
  EXPECT_EQ(sent, (std::vector<std::size_t>{10, 10, 10, 10})) << "nothing learnt across batches";
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
