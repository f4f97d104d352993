#include "workers/memory/window_cache.h"

#include <gtest/gtest.h>

#include "tests/workers/message_builders.h"

namespace chatfleet::workers {
namespace {

TEST(WindowCacheTest, KeepsTheNewestMessagesAndEvictsTheLeastRecentlyUsed) {
  const ConversationKey a{"acme", "elena", "telegram", "chat-a"};
  const ConversationKey b{"acme", "elena", "telegram", "chat-b"};
  const ConversationKey c{"acme", "elena", "telegram", "chat-c"};
  WindowCache cache(2, 3);
  const std::vector<StoredMessage> window = {Msg(1, "u", "U", "one"), Msg(2, "u", "U", "two"),
                                             Msg(3, "u", "U", "three"), Msg(4, "u", "U", "four")};
  cache.Put(a, window, "summary a");
  ASSERT_NE(cache.Find(a), nullptr);
  ASSERT_EQ(cache.Find(a)->newest.size(), 3u);
  EXPECT_EQ(cache.Find(a)->newest.front().content, "two") << "the newest three, oldest first";
  EXPECT_EQ(cache.Find(a)->summary, "summary a");
  cache.Put(b, window, "");
  ASSERT_NE(cache.Find(a), nullptr);  // a is now the most recently used
  cache.Put(c, window, "");
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_EQ(cache.Find(b), nullptr) << "the least recently used went";
  EXPECT_NE(cache.Find(a), nullptr);
  cache.Forget(a);
  EXPECT_EQ(cache.Find(a), nullptr);
  cache.Clear();
  EXPECT_EQ(cache.Find(c), nullptr);
  WindowCache small(100, 3, 2500);  // about two windows of three messages
  small.Put(a, window, "");
  small.Put(b, window, "");
  small.Put(c, window, "");
  EXPECT_LE(small.bytes(), 2500u);
  EXPECT_EQ(small.Find(a), nullptr) << "evicted by size, least recently used first";
  EXPECT_NE(small.Find(c), nullptr);
  WindowCache off(0, 3);
  off.Put(a, window, "");
  EXPECT_FALSE(off.enabled());
  EXPECT_EQ(off.Find(a), nullptr);
}

}  // namespace
}  // namespace chatfleet::workers
