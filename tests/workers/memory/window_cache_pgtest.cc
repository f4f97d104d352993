// The window cache against the real PostgreSQL: the cached window plus the rows just written
// equals the window the database holds.
#include <gtest/gtest.h>

#include "tests/workers/memory/stored_history.h"
#include "workers/memory/batch_windows.h"
#include "workers/memory/memory_store.h"
#include "workers/memory/window_cache.h"

namespace chatfleet::workers {
namespace {

// Message n of a group chat, sent n seconds and n µs after a fixed second; the nanoseconds of
// message `rounds_up` round up to the next microsecond, as a platform's timestamps may.
v1::ChatEvent GroupMessage(int n, const std::string& conversation, std::string user,
                           std::optional<std::string> name, v1::Role role, int rounds_up) {
  v1::ChatEvent event;
  event.set_event_id("e-" + std::to_string(n));
  event.set_tenant("acme");
  event.set_bot("elena");
  event.set_platform(v1::PLATFORM_TELEGRAM);
  event.mutable_conversation()->set_id(conversation);
  event.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_GROUP);
  event.mutable_conversation()->set_channel_id(conversation);
  event.mutable_sender()->set_user_id(std::move(user));
  if (name) event.mutable_sender()->set_display_name(*name);
  event.set_role(role);
  event.set_text("message " + std::to_string(n) + " «ünïcode» 🎉");
  event.set_source(n % 3 == 0 ? v1::SOURCE_VOICE : v1::SOURCE_TEXT);
  event.set_platform_message_id("m-" + std::to_string(n));
  event.mutable_sent_at()->set_seconds(1795341600 + n);
  event.mutable_sent_at()->set_nanos(n == rounds_up ? 999'999'700 : n * 1000);
  *event.mutable_received_at() = event.sent_at();
  return event;
}

void ExpectSameMessages(const std::vector<StoredMessage>& built,
                        const std::vector<StoredMessage>& expected) {
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
}

// The window cache's premise: a window built from the cached newest messages plus the rows a
// write returned ids for equals, field by field, the window PostgreSQL gives for that batch.
TEST(WindowCachePgTest, CachedWindowPlusTheWrittenRowsEqualsTheStoredWindow) {
  TestSchema schema;
  schema.Migrate();
  auto event_of = [](int n, std::string user, std::optional<std::string> name, bool bot) {
    return GroupMessage(n, "chat-1", std::move(user), std::move(name),
                        bot ? v1::ROLE_ASSISTANT : v1::ROLE_USER, 7);
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
      ExpectSameMessages(built, expected);
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

// An uncached conversation whose batch rows this delivery inserted: the messages PostgreSQL holds
// before the first of them (LoadWindowStarts) followed by the rows as written equal the window
// and summary a read of the whole span gives (LoadHistory), folded rows left out of both; a
// conversation new in the batch has nothing before its rows.
TEST(WindowCachePgTest, TheRowsBeforeTheBatchPlusTheWrittenRowsEqualTheStoredWindow) {
  TestSchema schema;
  schema.Migrate();
  auto event_of = [](int n, const std::string& conversation) {
    const bool bot = n % 4 == 3;
    return GroupMessage(n, conversation, bot ? "bot" : "u-" + std::to_string(n % 2),
                        n % 4 == 1 ? std::nullopt : std::optional<std::string>("Name 🎉"),
                        bot ? v1::ROLE_ASSISTANT : v1::ROLE_USER, 14);
  };
  HistoryWriter writer(schema.url());
  std::vector<HistoryRow> earlier;
  for (int n = 1; n <= 10; ++n) earlier.push_back(ToHistoryRow(event_of(n, "chat-1"), ""));
  ASSERT_TRUE(writer.Write(earlier));
  // Rows 1–3 folded into the summary: neither read may show them.
  Psql(schema.url(),
       "INSERT INTO conversation_memory (tenant, bot, platform, conversation_id, summary) "
       "VALUES ('acme', 'elena', 'telegram', 'chat-1', 'they met');"
       "UPDATE chat_history SET folded_at = now() "
       "WHERE platform_message_id IN ('m-1', 'm-2', 'm-3')");
  std::vector<v1::ChatEvent> events;
  for (int n = 11; n <= 16; ++n) events.push_back(event_of(n, n % 2 ? "chat-1" : "chat-2"));
  std::vector<HistoryRow> rows;
  for (const auto& event : events) rows.push_back(ToHistoryRow(event, ""));
  auto written = writer.Write(rows);
  ASSERT_TRUE(written) << written.error().message;
  std::vector<const v1::ChatEvent*> pointers;
  for (const auto& event : events) pointers.push_back(&event);

  WindowCache empty(10, 5);
  const std::vector<bool> stored(events.size(), true);
  CachedWindows cached =
      WindowsFromCache(pointers, stored, StoredRows{rows, written->ids}, pointers, empty);
  ASSERT_EQ(cached.to_prepend.size(), 2u);
  ASSERT_TRUE(cached.to_load.empty());
  pg::LazyConnection connection(schema.url());
  MemoryStore store(connection);
  auto before = store.LoadWindowStarts(cached.to_prepend, 5);
  ASSERT_TRUE(before) << before.error().message;
  PrependLoadedWindows(std::move(*before), cached.windows.history);
  auto whole = store.LoadHistory(pointers, 5);
  ASSERT_TRUE(whole) << whole.error().message;

  const ConversationHistory& built = cached.windows.history;
  EXPECT_EQ(built.summaries, whole->summaries);
  EXPECT_EQ(built.summaries.at(kConversation), "they met");
  ASSERT_EQ(built.windows.size(), whole->windows.size());
  for (const auto& [key, expected] : whole->windows) {
    SCOPED_TRACE(key.conversation_id);
    ExpectSameMessages(built.windows.at(key), expected);
  }
  const auto& chat_1 = built.windows.at(kConversation);
  ASSERT_EQ(chat_1.size(), 8u) << "5 before the batch (4–10, newest 5), then 11, 13, 15";
  EXPECT_EQ(chat_1.front().platform_message_id, "m-6");
  EXPECT_EQ(built.windows.at({"acme", "elena", "telegram", "chat-2"}).size(), 3u)
      << "new in the batch: its rows alone";
}

}  // namespace
}  // namespace chatfleet::workers
