#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <string>

namespace chatfleet::delivery {

using SteadyTime = std::chrono::steady_clock::time_point;

/// One platform's send limits as the platform documents them.
struct PlatformLimits {
  /// Per bot (Telegram bot, WhatsApp phone number, Discord bot's global limit): at most
  /// `bot_per_window` sends in any `bot_window` — a sliding window, not a token bucket, whose
  /// burst on top of the rate would exceed "30 per second" in the first second.
  int bot_per_window = 30;
  std::chrono::milliseconds bot_window{1000};
  /// Per chat (Telegram) or sender/recipient pair (WhatsApp): the least spacing of two sends.
  std::chrono::milliseconds chat_interval{0};
  /// Per group chat: at most `group_per_window` sends in any `group_window` (0: no limit).
  int group_per_window = 0;
  std::chrono::milliseconds group_window{0};
};

/// Telegram Bot API FAQ: about 30 messages per second per bot, one per second per chat, 20 per
/// minute per group.
PlatformLimits TelegramLimits();
/// WhatsApp Cloud API: 80 messages per second per business phone number (default throughput);
/// the per-recipient pair limit, one message every 6 seconds to the same user.
PlatformLimits WhatsAppLimits();
/// Discord: the global limit of 50 requests per second per bot; per-route buckets come from
/// the X-RateLimit-* headers of each answer (UpdateRoute).
PlatformLimits DiscordLimits();

/// Where a message goes, as the limits see it.
struct Destination {
  std::string bot;   ///< platform/instance: the per-bot limit
  std::string chat;  ///< bot + conversation: the per-chat limit
  bool group = false;
  std::string route;  ///< Discord's route bucket (the channel); empty: none
};

/// The send limits of one platform, as a pure state machine over an injected time: callers pass
/// "now", nothing here reads a clock or sleeps. A message may go when EarliestSend(now) <= now;
/// the caller then sends and calls RecordSend. A 429 blocks the chat, route or bot until its
/// Retry-After. Not thread-safe.
class RateLimiter {
 public:
  explicit RateLimiter(PlatformLimits limits);

  /// The earliest time a send to `destination` keeps every limit (`now` when it may go now).
  SteadyTime EarliestSend(const Destination& destination, SteadyTime now) const;
  /// Counts one send at `now` against every limit of `destination`.
  void RecordSend(const Destination& destination, SteadyTime now);

  /// The platform answered 429 for this chat (or recipient pair): nothing to it before `until`.
  void BlockChat(const Destination& destination, SteadyTime until);
  /// The platform answered a bot-wide (global) 429: nothing from this bot before `until`.
  void BlockBot(const Destination& destination, SteadyTime until);
  /// Discord's X-RateLimit-Remaining / -Reset-After for a route: with nothing remaining, the
  /// route waits until the reset (also a 429 on a route).
  void UpdateRoute(const std::string& route, int remaining, SteadyTime reset_at);

  /// Drops the state of chats, routes and bots whose limits no longer constrain anything at
  /// `now`, so memory follows the active conversations, not every one ever seen.
  void Prune(SteadyTime now);
  std::size_t tracked_chats() const { return chats_.size(); }

 private:
  struct Bucket {
    std::deque<SteadyTime> window;  // the latest sends, at most bot_per_window, oldest first
    SteadyTime blocked_until{};
  };
  struct ChatState {
    SteadyTime last_send{};
    bool sent = false;
    SteadyTime blocked_until{};
    std::deque<SteadyTime> window;  // group sends within group_window, oldest first
  };
  struct RouteState {
    int remaining = 1;
    SteadyTime reset_at{};
  };

  static SteadyTime WindowEarliest(const std::deque<SteadyTime>& window, int limit,
                                   std::chrono::milliseconds length, SteadyTime now);
  static void Remember(std::deque<SteadyTime>& window, int limit, SteadyTime now);
  SteadyTime BotEarliest(const std::string& bot, SteadyTime now) const;
  SteadyTime ChatEarliest(const Destination& destination, SteadyTime now) const;

  PlatformLimits limits_;
  std::map<std::string, Bucket> bots_;
  std::map<std::string, ChatState> chats_;
  std::map<std::string, RouteState> routes_;
};

}  // namespace chatfleet::delivery
