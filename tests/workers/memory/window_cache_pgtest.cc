// The window cache against the real PostgreSQL: the cached window plus the rows just written
// equals the window the database holds.
#include <gtest/gtest.h>

#include "tests/workers/memory/stored_history.h"
#include "workers/memory/memory_store.h"
#include "workers/memory/window_cache.h"

namespace chatfleet::workers {
namespace {

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
