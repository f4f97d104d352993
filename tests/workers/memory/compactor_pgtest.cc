// Compression and retention against the real PostgreSQL: the fold's threshold, idempotence
// and concurrent folds, and the TTL purge in bounded batches.
#include <gtest/gtest.h>

#include "tests/workers/memory/stored_history.h"
#include "workers/memory/compactor.h"
#include "workers/memory/summarizer.h"

namespace chatfleet::workers {
namespace {

// Runs another compactor in the middle of a fold: the slower fold must then change nothing.
class InterleavingSummarizer : public Summarizer {
 public:
  explicit InterleavingSummarizer(Compactor*& other) : other_(other) {}
  Result<std::string> Summarize(const SummaryRequest& request) override {
    if (other_) {
      Compactor* other = other_;
      other_ = nullptr;
      auto folded = other->Compact(kConversation);
      EXPECT_TRUE(folded && *folded == 31);
    }
    return ExtractiveSummarizer().Summarize(request);
  }

 private:
  Compactor*& other_;
};

TEST(CompactionPgTest, FiftyOneEventsFoldIntoASummaryOnceAndNothingIsLost) {
  // Given 51 events in one conversation
  TestSchema schema;
  schema.Migrate();
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 51; ++n)
    rows.push_back(Row(n, "word" + std::to_string(n) + " " + Filler(n)));
  Store(schema, rows);
  pg::LazyConnection first_connection(schema.url()), second_connection(schema.url());
  ExtractiveSummarizer extractive;
  Compactor second(second_connection, extractive, {});
  Compactor* interleave = &second;
  InterleavingSummarizer racing(interleave);
  Compactor first(first_connection, racing, {});
  // when it is a candidate and two workers fold it at the same time
  auto candidates = first.Candidates({kConversation});
  ASSERT_TRUE(candidates) << candidates.error().message;
  ASSERT_EQ(candidates->size(), 1u);
  auto folded = first.Compact(kConversation);
  ASSERT_TRUE(folded) << folded.error().message;
  // then only one fold applied: 31 folded, 20 verbatim, every event stored once
  EXPECT_EQ(*folded, 0u) << "the fold that lost the race changes nothing";
  EXPECT_EQ(Psql(schema.url(),
                 "SELECT count(*) FILTER (WHERE folded_at IS NULL), count(*), "
                 "count(DISTINCT platform_message_id) FROM chat_history"),
            "20|51|51");
  EXPECT_EQ(Psql(schema.url(), "SELECT folded_count FROM conversation_memory"), "31");
  const std::string summary = Psql(schema.url(), "SELECT summary FROM conversation_memory");
  for (int n = 1; n <= 31; ++n) {
    EXPECT_NE(summary.find("word" + std::to_string(n) + " "), std::string::npos) << n;
  }
  EXPECT_EQ(summary.find("word32 "), std::string::npos) << "verbatim events are not summarized";
  // and folding again does nothing
  EXPECT_EQ(*first.Compact(kConversation), 0u);
  EXPECT_TRUE(first.Candidates({kConversation})->empty());
  // and a redelivered folded event is still a duplicate
  HistoryWriter writer(schema.url());
  EXPECT_EQ(writer.Write({rows[0]})->duplicates, 1);
}

TEST(RetentionPgTest, PurgesExpiredRowsInBoundedBatches) {
  TestSchema schema;
  schema.Migrate();
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 5; ++n) {
    rows.push_back(Row(n, "old"));
    rows.back().received_at = "2020-01-01T00:00:00Z";
  }
  rows.push_back(Row(6, "new"));
  Store(schema, rows);
  pg::LazyConnection connection(schema.url());
  ExtractiveSummarizer extractive;
  Compactor compactor(connection, extractive, {});
  const auto ttl = std::chrono::hours(24 * 90);
  EXPECT_EQ(*compactor.PurgeExpired(ttl, 3), 3);
  EXPECT_EQ(*compactor.PurgeExpired(ttl, 3), 2);
  EXPECT_EQ(*compactor.PurgeExpired(ttl, 3), 0);
  EXPECT_EQ(Psql(schema.url(), "SELECT string_agg(content, ',') FROM chat_history"), "new");
}

}  // namespace
}  // namespace chatfleet::workers
