// Contextual recall on the test part of the labelled recall set (tests/data/recall), against the
// real PostgreSQL: the scores may not fall below what the ranking reaches today (the figures
// `./fleet score-recall` prints; docs/PERFORMANCE.md, "Recall quality").
#include <gtest/gtest.h>

#include "bench/recall_rankings.h"
#include "bench/recall_set.h"
#include "tests/support/pg_schema.h"

namespace chatfleet::bench {
namespace {

class RecallSetPgTest : public ::testing::Test {
 protected:
  void SetUp() override {
    schema_.Migrate();
    auto set = LoadRecallSet(CHATFLEET_SOURCE_DIR "/tests/data/recall");
    ASSERT_TRUE(set) << set.error().message;
    set_ = std::move(*set);
    auto stored = StoreConversations(set_, "test", schema_.url());
    ASSERT_TRUE(stored) << stored.error().message;
  }

  ScoreTable Ranked(const RecallFunction& recall) {
    auto ranks = RankCases(set_, "test", recall);
    EXPECT_TRUE(ranks) << ranks.error().message;
    return ranks ? Score(*ranks) : ScoreTable{};
  }

  chatfleet::testing::TestSchema schema_{"recall_set"};
  RecallSet set_;
};

TEST_F(RecallSetPgTest, TheLexicalRankingFindsWhatRepeatsTheFactsWords) {
  auto rankings = MakeRankings(schema_.url());
  ASSERT_TRUE(rankings) << rankings.error().message;
  const ScoreTable scores = Ranked((*rankings)->functions.front());
  const Scores& lexical = scores.at({"lexical", "all"});
  ASSERT_EQ(lexical.cases, 54);
  // 53 of 54: "Покормили Мусю?" misses "Муся" (the stemmer cuts the two to "мус" and "му").
  EXPECT_GE(lexical.hit6, 53);
  EXPECT_GE(lexical.hit1, 53);
  for (const char* language : {"en", "es", "pt"}) {
    EXPECT_EQ(scores.at({"lexical", language}).hit1, 13) << language;
  }
  EXPECT_GE(scores.at({"all", "all"}).hit6, 54);
}

}  // namespace
}  // namespace chatfleet::bench
