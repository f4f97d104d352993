// The proactive stage under every batching and redelivery a consumer can produce, against the
// real PostgreSQL: the same conversations cut into random batches, with offset commits deferred
// and lost (the uncommitted messages read again, cut differently), must leave the same rows as
// one message at a time, and every `/schedule` answer, however often it is computed, must say
// the same.
#include <google/protobuf/util/time_util.h>
#include <gtest/gtest.h>

#include <deque>
#include <map>
#include <random>

#include "shared/core/clock.h"
#include "tests/support/conversation_mix.h"
#include "tests/support/pg_schema.h"
#include "tests/support/proactive_rows.h"
#include "tests/workers/proactive/direct_messages.h"
#include "workers/proactive/proactive_store.h"

namespace chatfleet::workers {
namespace {

using google::protobuf::util::TimeUtil;
using testing::TestSchema;

// Two people's conversations (testing::kConversationMix) on one partition, interleaved, seven
// minutes apart, so earlier follow-ups fall due while the conversations go on.
struct Delivery {
  v1::ChatEvent event;
  std::int64_t offset;
};

class ProactiveReplayPgTest : public ::testing::Test {
 protected:
  ProactiveReplayPgTest() {
    const auto start =
        std::chrono::floor<std::chrono::seconds>(*ParseRfc3339("2026-03-11T08:00:00Z"));
    const int count = 2 * testing::kConversationMixLength;
    for (int i = 0; i < count; ++i) {
      const std::string user = i % 2 == 0 ? "u-1" : "u-2";
      // Each person goes through the texts from a different place.
      const char* text =
          testing::kConversationMix[(i / 2 + (i % 2) * 5) % testing::kConversationMixLength];
      deliveries_.push_back(
          {DirectMessage(i, user, text, start + std::chrono::minutes(7 * i)), 100 + i});
    }
  }

  struct Run {
    std::string rows;
    /// Every `/schedule` answer computed, by the message it answers.
    std::map<std::string, std::vector<std::string>> answers;
    int batches = 0;
    int redelivered = 0;
  };

  /// Feeds the deliveries through Load → PlanProactive → Apply (one transaction per batch, as
  /// the runner does) in batches of `batch_size(rng)`; after each batch the offsets are
  /// committed, left uncommitted, or lost (everything uncommitted is read again).
  template <typename BatchSize, typename AfterBatch>
  Run Feed(BatchSize batch_size, AfterBatch after_batch) {
    TestSchema schema("replay");
    schema.Migrate();
    pg::LazyConnection lazy(schema.url());
    ProactiveStore store(lazy);
    Run run;
    std::size_t committed = 0;
    std::size_t cursor = 0;
    std::size_t high = 0;  // the furthest position ever delivered
    while (committed < deliveries_.size()) {
      const std::size_t end = std::min(deliveries_.size(), cursor + batch_size());
      std::vector<ProactiveInput> inputs;
      for (std::size_t i = cursor; i < end; ++i) {
        inputs.push_back(Input(deliveries_[i]));
        if (i < high) ++run.redelivered;
      }
      high = std::max(high, end);
      auto snapshot = store.Load(inputs, false);
      EXPECT_TRUE(snapshot) << snapshot.error().message;
      if (!snapshot) return run;
      const auto plan = PlanProactive(inputs, *snapshot, options_, catalog_);
      auto connection = schema.Connect();
      auto transaction = pg::Transaction::Begin(connection);
      EXPECT_TRUE(transaction);
      auto applied = ProactiveStore::Apply(transaction->connection(), plan.effects);
      EXPECT_TRUE(applied) << applied.error().message;
      EXPECT_TRUE(transaction->Commit());
      for (std::size_t k = 0; k < inputs.size(); ++k) {
        if (plan.outcomes[k] && plan.outcomes[k]->reply) {
          run.answers[inputs[k].event->event_id()].push_back(plan.outcomes[k]->reply->text());
        }
      }
      ++run.batches;
      switch (after_batch()) {
        case 0:  // committed
          committed = cursor = end;
          break;
        case 1:  // commit deferred until after the next batch
          cursor = end;
          break;
        default:  // partition lost or commit failed: the uncommitted messages come again
          cursor = committed;
          break;
      }
      if (cursor == deliveries_.size()) committed = cursor;  // the last batch is committed
    }
    run.rows = testing::ProactiveRows(schema.url());
    return run;
  }

  ProactiveInput Input(const Delivery& delivery) {
    ProactiveInput input;
    input.event = &delivery.event;
    input.language = "en";
    input.timezone = "Europe/Berlin";
    input.partition = 3;
    input.offset = delivery.offset;
    input.reading = ReadMessage(delivery.event.text());
    return input;
  }

  std::vector<Delivery> deliveries_;
  ProactiveOptions options_;
  i18n::MessageCatalog catalog_;
};

TEST_F(ProactiveReplayPgTest, AnyBatchingAndRedeliveryLeavesTheSameRowsAndAnswers) {
  // The reference: one message per batch, every offset committed
  const Run reference = Feed([] { return 1; }, [] { return 0; });
  ASSERT_FALSE(reference.rows.empty());
  ASSERT_NE(reference.rows.find("followup-"), std::string::npos) << reference.rows;
  ASSERT_NE(reference.rows.find("preparation"), std::string::npos) << reference.rows;
  ASSERT_EQ(reference.answers.size(), 4u) << "each person typed /schedule twice";

  // The whole conversation in one batch
  const Run whole = Feed([this] { return deliveries_.size(); }, [] { return 0; });
  EXPECT_EQ(whole.rows, reference.rows);
  EXPECT_EQ(whole.answers, reference.answers);

  // Random cuts with deferred and lost commits
  std::mt19937 rng(20261203);
  int redelivered = 0;
  for (int trial = 0; trial < 12; ++trial) {
    std::uniform_int_distribution<std::size_t> size(1, 9);
    std::discrete_distribution<int> after({5, 3, 2});  // commit, defer, lose
    const Run run = Feed([&] { return size(rng); }, [&] { return after(rng); });
    redelivered += run.redelivered;
    EXPECT_EQ(run.rows, reference.rows) << "trial " << trial << ", " << run.batches << " batches";
    for (const auto& [event_id, texts] : run.answers) {
      const auto expected = reference.answers.find(event_id);
      ASSERT_NE(expected, reference.answers.end()) << event_id;
      for (const auto& text : texts) {
        EXPECT_EQ(text, expected->second.front()) << event_id << " in trial " << trial;
      }
    }
    EXPECT_EQ(run.answers.size(), reference.answers.size()) << "trial " << trial;
  }
  // The trials did exercise redelivery
  EXPECT_GT(redelivered, 20);
}

}  // namespace
}  // namespace chatfleet::workers
