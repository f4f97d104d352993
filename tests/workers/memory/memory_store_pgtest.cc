// The memory stages' SQL against the real PostgreSQL: contextual recall (and its time budget),
// compression (threshold, idempotence, concurrent folds), retention, profiles and windows.
#include <gtest/gtest.h>

#include "tests/support/pg_schema.h"
#include "workers/memory/compactor.h"
#include "workers/memory/history_row.h"
#include "workers/memory/history_writer.h"
#include "workers/memory/memory_store.h"
#include "workers/memory/window_cache.h"
#include "workers/recall/recall_store.h"

namespace chatfleet::workers {
namespace {

using testing::Psql;
using testing::TestSchema;

const ConversationKey kConversation{"acme", "elena", "telegram", "chat-1"};

HistoryRow Row(int n, std::string content, std::string user = "u-1",
               std::string conversation = "chat-1") {
  return HistoryRow{.event_id = "e-" + std::to_string(n),
                    .tenant = "acme",
                    .bot = "elena",
                    .platform = "telegram",
                    .conversation_id = std::move(conversation),
                    .conversation_kind = "group",
                    .channel_id = "chat-1",
                    .user_id = user,
                    .user_name = "Name " + user,
                    .role = "user",
                    .content = std::move(content),
                    .source = "text",
                    .platform_message_id = "m-" + std::to_string(n),
                    .reply_to_message_id = std::nullopt,
                    .sent_at = "2026-11-22T10:00:00Z",
                    .received_at = "2026-11-22T10:00:01Z",
                    .trace_id = "",
                    .edited_at = std::nullopt,
                    .language = "en"};
}

std::string Filler(int n) {
  static const char* kTopics[] = {"the weather is nice today", "lunch was pasta again",
                                  "traffic on the bridge",     "the new phone arrived",
                                  "football match tonight",    "coffee machine broke"};
  return std::string(kTopics[n % 6]) + " (" + std::to_string(n) + ")";
}

void Store(const TestSchema& schema, const std::vector<HistoryRow>& rows) {
  HistoryWriter writer(schema.url());
  auto written = writer.Write(rows);
  ASSERT_TRUE(written) << written.error().message;
}

std::int64_t IdOf(const TestSchema& schema, int n) {
  return std::stoll(Psql(
      schema.url(),
      "SELECT id FROM chat_history WHERE platform_message_id = 'm-" + std::to_string(n) + "'"));
}

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

TEST(MemoryStorePgTest, ProfilesAndLanguagesRoundTripAndWindowsStayInTheirConversation) {
  TestSchema schema;
  schema.Migrate();
  Psql(schema.url(),
       "INSERT INTO bot_defaults VALUES ('acme', 'elena', 'butler', NULL, 'Asia/Jerusalem')");
  Psql(schema.url(), "INSERT INTO feature_flags VALUES ('acme', 'recall', false, 100)");
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 30; ++n)
    rows.push_back(Row(n, Filler(n), "u-1", n % 2 ? "chat-1" : "chat-2"));
  rows.push_back(Row(31, "Привет", "u-1", "chat-1"));
  rows.back().language = "ru";
  Store(schema, rows);

  v1::ChatEvent event;
  event.set_tenant("acme");
  event.set_bot("elena");
  event.set_platform(v1::PLATFORM_TELEGRAM);
  event.mutable_conversation()->set_id("chat-1");
  event.mutable_sender()->set_user_id("u-1");
  event.set_role(v1::ROLE_USER);
  event.set_platform_message_id("m-31");
  pg::LazyConnection connection(schema.url());
  MemoryStore store(connection);
  auto snapshot = store.Load({&event});
  ASSERT_TRUE(snapshot) << snapshot.error().message;
  EXPECT_FALSE(snapshot->flag_overrides.at({"acme", Feature::kRecall}).enabled);
  EXPECT_EQ(snapshot->personalization.bot_defaults.at({"acme", "elena"}).timezone,
            "Asia/Jerusalem");
  EXPECT_TRUE(snapshot->personalization.profiles.empty());
  EXPECT_EQ(snapshot->personalization.conversations.at(kConversation).history_language, "en");

  PersonalizationEffects effects;
  effects.profiles[ProfileKeyOf(event)] = {"Ivan 🎉", "butler", "ru", "Asia/Jerusalem", ""};
  effects.conversation_languages[kConversation] = "ru";
  auto db = schema.Connect();
  ASSERT_TRUE(MemoryStore::ApplyEffects(db, effects));
  ASSERT_TRUE(MemoryStore::ApplyEffects(db, effects)) << "idempotent";
  auto again = store.Load({&event});
  ASSERT_TRUE(again);
  const Profile& profile = again->personalization.profiles.at(ProfileKeyOf(event));
  EXPECT_EQ(profile.display_name, "Ivan 🎉");
  EXPECT_EQ(profile.language, "ru");
  EXPECT_FALSE(profile.created_at.empty());
  EXPECT_EQ(again->personalization.conversations.at(kConversation).language, "ru");

  Psql(schema.url(),
       "UPDATE conversation_memory SET summary = 'Ivan asked about the garden' "
       "WHERE conversation_id = 'chat-1'");
  auto history = store.LoadHistory({&event}, 5);
  ASSERT_TRUE(history) << history.error().message;
  EXPECT_EQ(
      history->summaries,
      (std::map<ConversationKey, std::string>{{kConversation, "Ivan asked about the garden"}}));
  const auto& window = history->windows.at(kConversation);
  ASSERT_EQ(window.size(), 6u) << "5 before the event, then the event";
  EXPECT_EQ(window.back().platform_message_id, "m-31");
  for (const auto& message : window) {
    const int n = std::stoi(message.platform_message_id.substr(2));
    EXPECT_EQ(n % 2, 1) << "only chat-1's messages";
  }
}

// The window cache's premise: a window built from the cached newest messages plus the rows a
// write returned ids for equals, field by field, the window PostgreSQL gives for that batch.
TEST(WindowCachePgTest, CachedWindowPlusTheWrittenRowsEqualsTheStoredWindow) {
  TestSchema schema;
  schema.Migrate();
  auto event_of = [](int n, std::string user, std::optional<std::string> name, bool bot) {
    v1::ChatEvent event;
    event.set_event_id("e-" + std::to_string(n));
    event.set_tenant("acme");
    event.set_bot("elena");
    event.set_platform(v1::PLATFORM_TELEGRAM);
    event.mutable_conversation()->set_id("chat-1");
    event.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_GROUP);
    event.mutable_conversation()->set_channel_id("chat-1");
    event.mutable_sender()->set_user_id(std::move(user));
    if (name) event.mutable_sender()->set_display_name(*name);
    event.set_role(bot ? v1::ROLE_ASSISTANT : v1::ROLE_USER);
    event.set_text("message " + std::to_string(n) + " «ünïcode» 🎉");
    event.set_source(n % 3 == 0 ? v1::SOURCE_VOICE : v1::SOURCE_TEXT);
    event.set_platform_message_id("m-" + std::to_string(n));
    event.mutable_sent_at()->set_seconds(1795341600 + n);
    event.mutable_sent_at()->set_nanos(n == 7 ? 999'999'700 : n * 1000);  // 7 rounds up
    *event.mutable_received_at() = event.sent_at();
    return event;
  };
  HistoryWriter writer(schema.url());
  pg::LazyConnection connection(schema.url());
  MemoryStore store(connection);
  WindowCache cache(10, 5);
  std::vector<v1::ChatEvent> all;
  for (int batch = 0; batch < 3; ++batch) {
    std::vector<v1::ChatEvent> events;
    for (int k = 0; k < 4; ++k) {
      const int n = batch * 4 + k + 1;
      events.push_back(event_of(n, k == 3 ? "bot" : "u-" + std::to_string(k % 2),
                                k == 1 ? std::nullopt : std::optional<std::string>("Name 🎉"),
                                k == 3));
    }
    std::vector<HistoryRow> rows;
    for (const auto& event : events) rows.push_back(ToHistoryRow(event, ""));
    if (batch == 2) rows.push_back(rows.front());  // a repeat within the batch: no second id
    auto written = writer.Write(rows);
    ASSERT_TRUE(written) << written.error().message;
    ASSERT_EQ(written->ids.size(), rows.size());
    if (batch == 2) {
      EXPECT_EQ(written->ids.back(), 0) << "the repeat inserted nothing";
    }
    std::vector<const v1::ChatEvent*> pointers;
    for (const auto& event : events) pointers.push_back(&event);
    auto stored = store.LoadHistory(pointers, 5);
    ASSERT_TRUE(stored) << stored.error().message;
    const auto& expected = stored->windows.at(kConversation);
    if (const auto* cached = cache.Find(kConversation)) {
      std::vector<StoredMessage> built = cached->newest;
      for (std::size_t i = 0; i < events.size(); ++i) {
        ASSERT_NE(written->ids[i], 0);
        built.push_back(ToStoredMessage(rows[i], events[i].sent_at(), written->ids[i]));
      }
      ASSERT_EQ(built.size(), expected.size());
      for (std::size_t i = 0; i < built.size(); ++i) {
        EXPECT_EQ(built[i].id, expected[i].id);
        EXPECT_EQ(built[i].user_id, expected[i].user_id);
        EXPECT_EQ(built[i].user_name, expected[i].user_name);
        EXPECT_EQ(built[i].role, expected[i].role);
        EXPECT_EQ(built[i].content, expected[i].content);
        EXPECT_EQ(built[i].source, expected[i].source);
        EXPECT_EQ(built[i].platform_message_id, expected[i].platform_message_id);
        EXPECT_EQ(built[i].sent_at, expected[i].sent_at) << built[i].platform_message_id;
      }
    } else {
      EXPECT_EQ(batch, 0) << "cached after the first batch";
    }
    cache.Put(kConversation, expected, "");
  }
  // The redelivered first batch inserts nothing: no ids, so the worker reads it again.
  std::vector<HistoryRow> again{ToHistoryRow(event_of(1, "u-0", "Name 🎉", false), "")};
  auto redelivered = writer.Write(again);
  ASSERT_TRUE(redelivered);
  EXPECT_EQ(redelivered->ids, std::vector<std::int64_t>{0});
}

}  // namespace
}  // namespace chatfleet::workers
