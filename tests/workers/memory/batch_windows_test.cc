#include "workers/memory/batch_windows.h"

#include <gtest/gtest.h>

#include "tests/workers/message_builders.h"

namespace chatfleet::workers {
namespace {

class BatchWindowsTest : public ::testing::Test {
 protected:
  /// A stored row of the batch: `inserted` false when an earlier delivery wrote it.
  void Row(const v1::ChatEvent& event, std::int64_t id, bool inserted) {
    events_.push_back(&event);
    stored_.push_back(true);
    written_.rows.push_back(ToHistoryRow(event, "trace"));
    written_.ids.push_back(inserted ? id : 0);
  }

  std::vector<const v1::ChatEvent*> events_;
  std::vector<bool> stored_;
  StoredRows written_;
  WindowCache cache_{10, 5};
};

TEST_F(BatchWindowsTest, ACachedConversationGetsItsBatchRowsAppendedAndNothingToRead) {
  // Given a cached conversation and two rows of it this delivery inserted
  const auto first = UserEvent("u-1", "Ivan", "hello", "m-3");
  const auto second = UserEvent("u-1", "Ivan", "still there?", "m-4");
  const ConversationKey key = ConversationKeyOf(first);
  cache_.Put(key, std::vector<StoredMessage>{Msg(1, "u-1", "Ivan", "hi"), Msg(2, "bot", {}, "yes")},
             "they met");
  Row(first, 3, true);
  Row(second, 4, true);
  // When the batch's windows are taken from the cache
  const CachedWindows cached = WindowsFromCache(events_, stored_, written_, events_, cache_);
  // Then the window is the cached one and the batch's rows, the summary comes along, nothing is
  // left to read and the window reaches the conversation's newest row
  const auto& window = cached.windows.history.windows.at(key);
  ASSERT_EQ(window.size(), 4u);
  EXPECT_EQ(window[1].content, "yes");
  EXPECT_EQ(window[2].id, 3);
  EXPECT_EQ(window[3].content, "still there?");
  EXPECT_EQ(cached.windows.history.summaries.at(key), "they met");
  EXPECT_TRUE(cached.to_load.empty());
  EXPECT_TRUE(cached.windows.newest.contains(key));
}

TEST_F(BatchWindowsTest, ARowThisDeliveryDidNotInsertSendsTheConversationToPostgreSql) {
  // Given a cached conversation whose batch holds a redelivered row
  const auto fresh = UserEvent("u-1", "Ivan", "new", "m-3");
  const auto redelivered = UserEvent("u-1", "Ivan", "old", "m-2");
  const ConversationKey key = ConversationKeyOf(fresh);
  cache_.Put(key, std::vector<StoredMessage>{Msg(1, "u-1", "Ivan", "hi")}, "");
  Row(fresh, 3, true);
  Row(redelivered, 2, false);
  // When the batch's windows are taken from the cache
  const CachedWindows cached = WindowsFromCache(events_, stored_, written_, events_, cache_);
  // Then the cache forgets it and every stored row of it is read again
  EXPECT_FALSE(cached.windows.history.windows.contains(key));
  EXPECT_FALSE(cached.windows.newest.contains(key)) << "its read ends at the redelivered row";
  EXPECT_EQ(cached.to_load, (std::vector<const v1::ChatEvent*>{&fresh, &redelivered}));
  EXPECT_EQ(cache_.Find(key), nullptr);
}

TEST_F(BatchWindowsTest, AnUncachedConversationWithoutAContextToRenderIsNotRead) {
  // Given two uncached conversations, only one of them with a message that gets a context
  auto bot_only = UserEvent("bot", "", "reminder", "m-7");
  bot_only.mutable_conversation()->set_id("chat-2");
  const auto person = UserEvent("u-1", "Ivan", "hello", "m-3");
  Row(bot_only, 7, true);
  Row(person, 3, true);
  // When the batch's windows are taken from the cache
  const CachedWindows cached = WindowsFromCache(events_, stored_, written_, {&person}, cache_);
  // Then only the one with a context has a window and a read, and both reach their newest row
  ASSERT_EQ(cached.to_prepend.size(), 1u);
  EXPECT_EQ(cached.to_prepend[0].conversation, ConversationKeyOf(person));
  EXPECT_FALSE(cached.windows.history.windows.contains(ConversationKeyOf(bot_only)));
  EXPECT_TRUE(cached.to_load.empty());
  EXPECT_EQ(cached.windows.newest.size(), 2u);
}

TEST_F(BatchWindowsTest, AnUncachedConversationThisDeliveryWroteReadsOnlyWhatPrecedesItsRows) {
  // Given an uncached conversation whose two batch rows this delivery inserted
  const auto first = UserEvent("u-1", "Ivan", "hello", "m-8");
  const auto second = UserEvent("u-2", "Olga", "hi Ivan", "m-9");
  const ConversationKey key = ConversationKeyOf(first);
  Row(first, 41, true);
  Row(second, 44, true);
  // When the batch's windows are taken from the cache
  const CachedWindows cached = WindowsFromCache(events_, stored_, written_, events_, cache_);
  // Then its window holds the rows as written, only what precedes the first of them is left to
  // read, and the window reaches the conversation's newest row
  const auto& window = cached.windows.history.windows.at(key);
  ASSERT_EQ(window.size(), 2u);
  EXPECT_EQ(window[0].id, 41);
  EXPECT_EQ(window[1].content, "hi Ivan");
  ASSERT_EQ(cached.to_prepend.size(), 1u);
  EXPECT_EQ(cached.to_prepend[0].conversation, key);
  EXPECT_EQ(cached.to_prepend[0].first_id, 41);
  EXPECT_TRUE(cached.to_load.empty());
  EXPECT_TRUE(cached.windows.newest.contains(key));
}

TEST_F(BatchWindowsTest, AnUncachedConversationWithARedeliveredRowIsReadWhole) {
  // Given an uncached conversation whose batch holds a row an earlier delivery wrote
  const auto fresh = UserEvent("u-1", "Ivan", "new", "m-3");
  const auto redelivered = UserEvent("u-1", "Ivan", "old", "m-2");
  Row(fresh, 3, true);
  Row(redelivered, 2, false);
  // When the batch's windows are taken from the cache
  const CachedWindows cached = WindowsFromCache(events_, stored_, written_, events_, cache_);
  // Then nothing of it comes from the batch: every stored row of it is read
  EXPECT_TRUE(cached.to_prepend.empty());
  EXPECT_FALSE(cached.windows.history.windows.contains(ConversationKeyOf(fresh)));
  EXPECT_EQ(cached.to_load, (std::vector<const v1::ChatEvent*>{&fresh, &redelivered}));
}

TEST_F(BatchWindowsTest, ARejectedRowIsNeitherAppendedNorRead) {
  const auto kept = UserEvent("u-1", "Ivan", "hello", "m-3");
  const auto rejected = UserEvent("u-1", "Ivan", "bad", "m-4");
  const ConversationKey key = ConversationKeyOf(kept);
  cache_.Put(key, std::vector<StoredMessage>{Msg(1, "u-1", "Ivan", "hi")}, "");
  Row(kept, 3, true);
  Row(rejected, 0, false);
  stored_[1] = false;
  const CachedWindows cached = WindowsFromCache(events_, stored_, written_, {&kept}, cache_);
  ASSERT_EQ(cached.windows.history.windows.at(key).size(), 2u);
  EXPECT_TRUE(cached.to_load.empty());
}

TEST(RememberWindowsTest, OnlyWindowsThatReachTheirNewestRowAreCached) {
  const ConversationKey newest{"acme", "elena", "telegram", "chat-1"};
  const ConversationKey partial{"acme", "elena", "telegram", "chat-2"};
  BatchWindows windows;
  windows.history.windows[newest] = {Msg(1, "u", "U", "one")};
  windows.history.windows[partial] = {Msg(2, "u", "U", "two")};
  windows.history.summaries[newest] = "summary";
  windows.newest = {newest};
  WindowCache cache(10, 5);
  RememberWindows(windows, cache);
  ASSERT_NE(cache.Find(newest), nullptr);
  EXPECT_EQ(cache.Find(newest)->summary, "summary");
  EXPECT_EQ(cache.Find(partial), nullptr);
}

TEST(PrependLoadedWindowsTest, TheMessagesReadGoBeforeTheBatchRowsAndTheSummaryComesAlong) {
  const ConversationKey key{"acme", "elena", "telegram", "chat-1"};
  const ConversationKey fresh{"acme", "elena", "telegram", "chat-2"};
  ConversationHistory history;
  history.windows[key] = {Msg(5, "u", "U", "batch")};
  history.windows[fresh] = {Msg(6, "u", "U", "first ever")};
  ConversationHistory loaded;
  loaded.windows[key] = {Msg(1, "u", "U", "one"), Msg(2, "bot", {}, "two")};
  loaded.summaries[key] = "earlier";
  PrependLoadedWindows(std::move(loaded), history);
  ASSERT_EQ(history.windows.at(key).size(), 3u);
  EXPECT_EQ(history.windows.at(key)[0].id, 1);
  EXPECT_EQ(history.windows.at(key)[1].id, 2);
  EXPECT_EQ(history.windows.at(key)[2].content, "batch");
  EXPECT_EQ(history.windows.at(fresh).size(), 1u) << "a new conversation has nothing before";
  EXPECT_EQ(history.summaries.at(key), "earlier");
}

TEST(AddLoadedWindowsTest, ReadWindowsAndSummariesJoinThoseFromTheCache) {
  const ConversationKey cached{"acme", "elena", "telegram", "chat-1"};
  const ConversationKey read{"acme", "elena", "telegram", "chat-2"};
  ConversationHistory history;
  history.windows[cached] = {Msg(1, "u", "U", "one")};
  ConversationHistory loaded;
  loaded.windows[read] = {Msg(2, "u", "U", "two")};
  loaded.summaries[read] = "read summary";
  AddLoadedWindows(std::move(loaded), history);
  EXPECT_EQ(history.windows.size(), 2u);
  EXPECT_EQ(history.windows.at(read).front().content, "two");
  EXPECT_EQ(history.summaries.at(read), "read summary");
}

}  // namespace
}  // namespace chatfleet::workers
