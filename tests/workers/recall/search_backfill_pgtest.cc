// The background backfill of chat_history.search against the real PostgreSQL: rows stored
// while their tenant's recall was off get the writer's own vectors once it is on (never system
// rows, never tenants still off), in bounded rounds, one worker at a time, without waiting for
// an edit that holds a row and without leaving a vector of a text the row no longer holds; and
// recall finds the same memories before and after.
#include <gtest/gtest.h>

#include <thread>

#include "shared/pg/advisory_lock.h"
#include "tests/workers/memory/stored_history.h"
#include "workers/recall/recall_store.h"
#include "workers/recall/search_backfill.h"

namespace chatfleet::workers {
namespace {

constexpr const char* kFact = "My dog is called Rex and he loves swimming at the lake";

/// A row stored while its tenant's recall was off: no vector.
HistoryRow Unsearched(int n, std::string text, std::string tenant = "acme",
                      std::string conversation = "chat-1") {
  HistoryRow row = Row(n, std::move(text), "u-1", std::move(conversation));
  row.tenant = std::move(tenant);
  row.searchable = false;
  return row;
}

void SetRecall(const TestSchema& schema, const std::string& tenant, bool enabled) {
  Psql(schema.url(), "INSERT INTO feature_flags (tenant, flag, enabled) VALUES ('" + tenant +
                         "', 'recall', " + (enabled ? "true" : "false") +
                         ") ON CONFLICT (tenant, flag) DO UPDATE SET enabled = EXCLUDED.enabled");
}

std::string VectorsOf(const TestSchema& schema, const std::string& where) {
  return Psql(schema.url(), "SELECT count(search) FROM chat_history WHERE " + where);
}

/// Rounds until the sweep ends; the rows filled.
std::size_t SweepOnce(SearchBackfill& backfill, pg::Connection& connection) {
  std::size_t filled = 0;
  for (int round = 0; round < 1000; ++round) {
    auto done = backfill.RunRound(connection);
    if (!done) {
      ADD_FAILURE() << done.error().message;
      return filled;
    }
    filled += done->filled;
    if (done->swept) return filled;
  }
  ADD_FAILURE() << "the sweep never ended";
  return filled;
}

TEST(SearchBackfillPgTest, RowsStoredWithRecallOffGetTheWritersVectorsOnceItIsOnAndNoOthers) {
  // Given acme's history stored with its recall off (people's, the bot's and system rows, in
  // three languages and none), the same texts stored by the writer with recall on as the
  // reference, and two tenants whose recall stays off (by its row, by the configuration)
  TestSchema schema;
  schema.Migrate();
  SetRecall(schema, "acme", false);
  SetRecall(schema, "globex", false);
  const char* kTexts[] = {kFact, "Мою собаку зовут Рекс, она любит плавать в озере",
                          "Meu cachorro se chama Rex e adora nadar no lago",
                          "the lakes were frozen"};
  const std::optional<std::string> kLanguages[] = {"en", "ru", "pt", std::nullopt};
  std::vector<HistoryRow> rows;
  for (int n = 0; n < 40; ++n) {
    HistoryRow row = Unsearched(n, kTexts[n % 4]);
    row.language = kLanguages[n % 4];
    row.role = n % 10 == 9 ? "system" : n % 3 == 0 ? "assistant" : "user";
    HistoryRow reference = row;
    reference.event_id += "-ref";
    reference.conversation_id = "chat-ref";
    reference.searchable = true;
    rows.push_back(row);
    rows.push_back(reference);
    rows.push_back(Unsearched(100 + n, kTexts[n % 4], "globex"));
    rows.push_back(Unsearched(200 + n, kTexts[n % 4], "initech"));
  }
  Store(schema, rows);
  pg::Connection connection = schema.Connect();
  SearchBackfill backfill({.scan = 50, .batch = 20, .recall_configured = false});
  // when a sweep runs while acme's recall is still off
  EXPECT_EQ(SweepOnce(backfill, connection), 0u);
  EXPECT_EQ(VectorsOf(schema, "conversation_id = 'chat-1'"), "0");
  // and again after it was turned on
  SetRecall(schema, "acme", true);
  EXPECT_EQ(SweepOnce(backfill, connection), 36u) << "acme's 40 rows but its 4 system rows";
  // then each of acme's rows holds the vector the writer stored for its text, system rows none
  EXPECT_EQ(Psql(schema.url(),
                 "SELECT count(*), count(*) FILTER (WHERE a.search = b.search) "
                 "FROM chat_history a JOIN chat_history b ON b.conversation_id = 'chat-ref' "
                 "AND b.event_id = a.event_id || '-ref' "
                 "WHERE a.tenant = 'acme' AND a.conversation_id = 'chat-1'"),
            "40|36");
  EXPECT_EQ(VectorsOf(schema, "tenant = 'acme' AND role = 'system'"), "0");
  // and the tenants still off have none
  EXPECT_EQ(VectorsOf(schema, "tenant IN ('globex', 'initech')"), "0");
  EXPECT_EQ(SweepOnce(backfill, connection), 0u) << "a second sweep finds nothing left";
  // when the configuration turns recall on for the tenants without a row
  SearchBackfill configured({.scan = 50, .batch = 20, .recall_configured = true});
  EXPECT_EQ(SweepOnce(configured, connection), 40u);
  EXPECT_EQ(VectorsOf(schema, "tenant = 'initech'"), "40");
  EXPECT_EQ(VectorsOf(schema, "tenant = 'globex'"), "0") << "its row keeps it off";
}

TEST(SearchBackfillPgTest, ARoundWritesAtMostItsBatchAndTheNextGoesOn) {
  TestSchema schema;
  schema.Migrate();
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 25; ++n) rows.push_back(Unsearched(n, Filler(n)));
  Store(schema, rows);
  pg::Connection connection = schema.Connect();
  SearchBackfill backfill({.scan = 1000, .batch = 10});
  std::vector<std::size_t> filled;
  for (int round = 0; round < 4; ++round) {
    auto done = backfill.RunRound(connection);
    ASSERT_TRUE(done) << done.error().message;
    filled.push_back(done->filled);
    EXPECT_EQ(done->swept, round == 3) << round;
  }
  EXPECT_EQ(filled, (std::vector<std::size_t>{10, 10, 5, 0}));
  EXPECT_EQ(VectorsOf(schema, "true"), "25");
}

TEST(SearchBackfillPgTest, ASweepStepsOverIdsThatHoldNoRowsAtOnce) {
  // Given five rows, a million ids that hold none (purged by retention), and five rows more
  TestSchema schema;
  schema.Migrate();
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 5; ++n) rows.push_back(Unsearched(n, Filler(n)));
  Store(schema, rows);
  Psql(schema.url(), "SELECT setval(pg_get_serial_sequence('chat_history', 'id'), 1000000)");
  rows.clear();
  for (int n = 6; n <= 10; ++n) rows.push_back(Unsearched(n, Filler(n)));
  Store(schema, rows);
  // when a sweep of 100 ids a round runs
  pg::Connection connection = schema.Connect();
  SearchBackfill backfill({.scan = 100, .batch = 50});
  std::vector<std::size_t> filled;
  for (int round = 0; round < 5; ++round) {
    auto done = backfill.RunRound(connection);
    ASSERT_TRUE(done) << done.error().message;
    if (done->swept) break;
    filled.push_back(done->filled);
  }
  // then it takes one round for each group of rows, not ten thousand for the gap
  EXPECT_EQ(filled, (std::vector<std::size_t>{5, 5}));
}

TEST(SearchBackfillPgTest, AWorkerWithoutTheLockSkipsItsRound) {
  TestSchema schema;
  schema.Migrate();
  Store(schema, {Unsearched(1, kFact)});
  pg::Connection other_worker = schema.Connect();
  auto held = pg::SessionLock::Try(other_worker, kSearchBackfillLockKey);
  ASSERT_TRUE(held && held->has_value());
  pg::Connection connection = schema.Connect();
  SearchBackfill backfill({});
  auto round = backfill.RunRound(connection);
  ASSERT_TRUE(round) << round.error().message;
  EXPECT_TRUE(round->locked_out);
  EXPECT_EQ(VectorsOf(schema, "true"), "0");
}

TEST(SearchBackfillPgTest, AnEditIsNeverWaitedForNorLeftWithTheOldTextsVector) {
  // Given five rows stored with recall off
  TestSchema schema;
  schema.Migrate();
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 5; ++n) rows.push_back(Unsearched(n, kFact));
  Store(schema, rows);
  pg::Connection connection = schema.Connect();
  // (a round that waited for a row would fail here)
  ASSERT_TRUE(connection.Exec("SET statement_timeout = 2000"));
  SearchBackfill backfill({.batch = 10});
  // and an edit of m-3, stored while recall was off, not committed yet
  pg::Connection editor = schema.Connect();
  auto edit = pg::Transaction::Begin(editor);
  ASSERT_TRUE(edit);
  ASSERT_TRUE(
      editor.Exec("UPDATE chat_history SET content = 'My cat is called Tom', "
                  "edited_at = now(), search = NULL WHERE platform_message_id = 'm-3'"));
  // when a sweep runs meanwhile
  EXPECT_EQ(SweepOnce(backfill, connection), 4u) << "the held row is skipped, not waited for";
  ASSERT_TRUE(edit->Commit());
  // then the next sweep gives it the edited text's vector
  EXPECT_EQ(SweepOnce(backfill, connection), 1u);
  const std::string kVectorIs =
      "SELECT search = to_tsvector(chatfleet_ts_config('en'), '%s') FROM chat_history "
      "WHERE platform_message_id = '%s'";
  auto vector_is = [&](const std::string& text, const std::string& message) {
    std::string sql = kVectorIs;
    sql.replace(sql.find("%s"), 2, text);
    sql.replace(sql.find("%s"), 2, message);
    return Psql(schema.url(), sql);
  };
  EXPECT_EQ(vector_is("My cat is called Tom", "m-3"), "t");
  // and an edit stored by the writer after the backfill (recall off for it: no vector) is
  // given its new text's vector by the next sweep, not left with the old one
  HistoryRow edited = Unsearched(1, "The lake froze, Rex stays home");
  edited.edited_at = "2026-11-22T11:00:00Z";
  Store(schema, {edited});
  EXPECT_EQ(VectorsOf(schema, "platform_message_id = 'm-1'"), "0") << "the edit dropped it";
  EXPECT_EQ(SweepOnce(backfill, connection), 1u);
  EXPECT_EQ(vector_is("The lake froze, Rex stays home", "m-1"), "t");
}

TEST(SearchBackfillPgTest, RecallFindsTheSameMemoriesBeforeAndAfterTheBackfill) {
  // Given 60 messages stored with recall off, the fact among them
  TestSchema schema;
  schema.Migrate();
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 60; ++n) rows.push_back(Unsearched(n, n == 20 ? kFact : Filler(n)));
  Store(schema, rows);
  pg::LazyConnection connection(schema.url());
  RecallStore recall(connection, {6, std::chrono::milliseconds(2000)});
  const std::vector<RecallQuery> queries = {
      {kConversation, "en", "What was the name of my dog? The lake?", IdOf(schema, 60)},
      {kConversation, "en", "how was the football match and the weather", IdOf(schema, 60)}};
  const auto before = recall.Recall(queries);
  ASSERT_EQ(before.outcome, RecallOutcome::kOk) << before.error;
  // when the backfill has given them their vectors
  pg::Connection backfill_connection = schema.Connect();
  SearchBackfill backfill({});
  EXPECT_EQ(SweepOnce(backfill, backfill_connection), 60u);
  // then recall ranks the same memories with the same scores (the same vectors: a round
  // analysing with another configuration would change the words and their frequencies)
  const auto after = recall.Recall(queries);
  ASSERT_EQ(after.outcome, RecallOutcome::kOk) << after.error;
  ASSERT_FALSE(before.memories[0].empty());
  EXPECT_EQ(before.memories[0][0].text, kFact);
  for (std::size_t q = 0; q < queries.size(); ++q) {
    ASSERT_FALSE(before.memories[q].empty()) << q;
    ASSERT_EQ(after.memories[q].size(), before.memories[q].size()) << q;
    for (std::size_t m = 0; m < before.memories[q].size(); ++m) {
      EXPECT_EQ(after.memories[q][m].text, before.memories[q][m].text) << q << "/" << m;
      // (the recency weight moves with now() between the two rankings: by ~1e-8)
      EXPECT_NEAR(after.memories[q][m].score, before.memories[q][m].score,
                  1e-6 * before.memories[q][m].score)
          << q << "/" << m;
    }
  }
}

TEST(SearchBackfillPgTest, TwoWorkersThreadsFillABacklogOnceAndCountIt) {
  // Given 300 rows stored with recall off
  TestSchema schema;
  schema.Migrate();
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 300; ++n) rows.push_back(Unsearched(n, Filler(n)));
  Store(schema, rows);
  // when two workers' backfills run on it
  metrics::Registry first_metrics, second_metrics;
  SearchBackfillerOptions options;
  options.rounds = {.scan = 100, .batch = 20};
  options.interval = std::chrono::milliseconds(5);
  options.rest = std::chrono::milliseconds(50);
  const std::string kCounter = "chatfleet_worker_search_backfilled_total";
  {
    SearchBackfiller first(schema.url(), first_metrics, options);
    SearchBackfiller second(schema.url(), second_metrics, options);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (VectorsOf(schema, "true") != "300" && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  // then every row has its vector, and the counters add up to the rows, none twice
  EXPECT_EQ(VectorsOf(schema, "true"), "300");
  const double counted = first_metrics.AddCounter(kCounter, "").value() +
                         second_metrics.AddCounter(kCounter, "").value();
  EXPECT_EQ(counted, 300);
}

}  // namespace
}  // namespace chatfleet::workers
