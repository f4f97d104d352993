#include "workers/delivery/rate_limiter.h"

#include <gtest/gtest.h>

#include <random>

namespace chatfleet::delivery {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

const SteadyTime kStart = SteadyTime{} + std::chrono::hours(1);

Destination Chat(const std::string& chat, bool group = false) {
  return {"telegram/bot", "telegram/bot/" + chat, group, ""};
}

TEST(RateLimiterTest, OneMessagePerSecondPerTelegramChat) {
  RateLimiter limiter(TelegramLimits());
  const auto chat = Chat("42");
  EXPECT_EQ(limiter.EarliestSend(chat, kStart), kStart);
  limiter.RecordSend(chat, kStart);
  EXPECT_EQ(limiter.EarliestSend(chat, kStart + milliseconds(10)), kStart + seconds(1));
  // Another chat of the same bot is not held back.
  EXPECT_EQ(limiter.EarliestSend(Chat("43"), kStart + milliseconds(10)), kStart + milliseconds(10));
}

TEST(RateLimiterTest, TwentyPerMinuteInATelegramGroup) {
  RateLimiter limiter(TelegramLimits());
  const auto group = Chat("-100", true);
  SteadyTime now = kStart;
  for (int i = 0; i < 20; ++i) {
    now = limiter.EarliestSend(group, now);
    limiter.RecordSend(group, now);
  }
  EXPECT_EQ(now, kStart + seconds(19));
  // The 21st waits until the first has aged out of the minute.
  EXPECT_EQ(limiter.EarliestSend(group, now), kStart + seconds(60));
}

TEST(RateLimiterTest, ThirtyPerSecondPerTelegramBot) {
  RateLimiter limiter(TelegramLimits());
  for (int i = 0; i < 30; ++i) {
    const auto chat = Chat(std::to_string(i));
    ASSERT_EQ(limiter.EarliestSend(chat, kStart), kStart) << i;
    limiter.RecordSend(chat, kStart);
  }
  // The 31st waits until the first send is a second old, whichever chat it is for.
  EXPECT_EQ(limiter.EarliestSend(Chat("31"), kStart + milliseconds(400)), kStart + seconds(1));
}

TEST(RateLimiterTest, ChatBlockFromA429AppliesToThatChatOnly) {
  RateLimiter limiter(TelegramLimits());
  limiter.BlockChat(Chat("42"), kStart + seconds(7));
  EXPECT_EQ(limiter.EarliestSend(Chat("42"), kStart), kStart + seconds(7));
  EXPECT_EQ(limiter.EarliestSend(Chat("43"), kStart), kStart);
}

TEST(RateLimiterTest, BotBlockFromAGlobal429AppliesToEveryChat) {
  RateLimiter limiter(DiscordLimits());
  const Destination a{"discord/bot", "discord/bot/1", false, "discord/bot/channels/1"};
  const Destination b{"discord/bot", "discord/bot/2", false, "discord/bot/channels/2"};
  limiter.BlockBot(a, kStart + seconds(2));
  EXPECT_EQ(limiter.EarliestSend(a, kStart), kStart + seconds(2));
  EXPECT_EQ(limiter.EarliestSend(b, kStart), kStart + seconds(2));
}

TEST(RateLimiterTest, DiscordRouteWaitsForItsResetWhenNothingRemains) {
  RateLimiter limiter(DiscordLimits());
  const Destination a{"discord/bot", "discord/bot/1", false, "discord/bot/channels/1"};
  const Destination b{"discord/bot", "discord/bot/2", false, "discord/bot/channels/2"};
  limiter.UpdateRoute(a.route, 1, kStart + seconds(5));
  EXPECT_EQ(limiter.EarliestSend(a, kStart), kStart);
  limiter.RecordSend(a, kStart);  // uses the last one up before the answer says so
  EXPECT_EQ(limiter.EarliestSend(a, kStart), kStart + seconds(5));
  EXPECT_EQ(limiter.EarliestSend(b, kStart), kStart);
  limiter.UpdateRoute(a.route, 0, kStart + seconds(3));  // the answer's headers win
  EXPECT_EQ(limiter.EarliestSend(a, kStart), kStart + seconds(3));
}

TEST(RateLimiterTest, WhatsAppPairLimitSpacesMessagesToOneRecipient) {
  RateLimiter limiter(WhatsAppLimits());
  const Destination user{"whatsapp/1065", "whatsapp/1065/4915", false, ""};
  limiter.RecordSend(user, kStart);
  EXPECT_EQ(limiter.EarliestSend(user, kStart), kStart + seconds(6));
}

TEST(RateLimiterTest, PruneForgetsChatsThatNoLongerConstrain) {
  RateLimiter limiter(TelegramLimits());
  limiter.RecordSend(Chat("1"), kStart);
  limiter.RecordSend(Chat("2", true), kStart);
  limiter.Prune(kStart + seconds(2));
  EXPECT_EQ(limiter.tracked_chats(), 1u);  // the group's minute window still counts
  limiter.Prune(kStart + seconds(61));
  EXPECT_EQ(limiter.tracked_chats(), 0u);
}

// Load: 2 000 messages over 100 chats (a fifth of them groups) sent as fast as the limiter
// allows, in random order; every window of every limit is then checked on the send times.
TEST(RateLimiterTest, UnderLoadNoTelegramLimitIsEverExceeded) {
  RateLimiter limiter(TelegramLimits());
  std::mt19937 random(7);
  std::vector<std::pair<Destination, int>> queue;
  for (int i = 0; i < 2000; ++i) {
    const int chat = static_cast<int>(random() % 100);
    queue.push_back({Chat(std::to_string(chat), chat % 5 == 0), chat});
  }
  std::map<int, std::vector<SteadyTime>> per_chat;
  std::vector<SteadyTime> all;
  SteadyTime now = kStart;
  std::size_t next = 0;
  std::vector<bool> done(queue.size(), false);
  std::size_t remaining = queue.size();
  while (remaining > 0) {
    SteadyTime earliest = SteadyTime::max();
    for (std::size_t i = next; i < queue.size(); ++i) {
      if (done[i]) continue;
      const auto at = limiter.EarliestSend(queue[i].first, now);
      if (at <= now) {
        limiter.RecordSend(queue[i].first, now);
        per_chat[queue[i].second].push_back(now);
        all.push_back(now);
        done[i] = true;
        --remaining;
      } else {
        earliest = std::min(earliest, at);
      }
    }
    while (next < queue.size() && done[next]) ++next;
    if (remaining > 0) now = std::max(now + milliseconds(1), earliest);
  }
  for (std::size_t i = 30; i < all.size(); ++i) {
    // Any 31 consecutive sends span at least one second: never 31 within a second.
    ASSERT_GE(all[i] - all[i - 30], seconds(1)) << i;
  }
  for (const auto& [chat, times] : per_chat) {
    for (std::size_t i = 1; i < times.size(); ++i) {
      ASSERT_GE(times[i] - times[i - 1], seconds(1)) << chat;
    }
    if (chat % 5 != 0) continue;
    for (std::size_t i = 20; i < times.size(); ++i) {
      ASSERT_GE(times[i] - times[i - 20], seconds(60)) << chat;
    }
  }
}

}  // namespace
}  // namespace chatfleet::delivery
