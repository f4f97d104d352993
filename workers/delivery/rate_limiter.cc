#include "workers/delivery/rate_limiter.h"

#include <algorithm>

namespace chatfleet::delivery {

using std::chrono::milliseconds;
using std::chrono::seconds;

PlatformLimits TelegramLimits() { return {30, seconds(1), seconds(1), 20, seconds(60)}; }
PlatformLimits WhatsAppLimits() { return {80, seconds(1), seconds(6), 0, milliseconds(0)}; }
PlatformLimits DiscordLimits() { return {50, seconds(1), milliseconds(0), 0, milliseconds(0)}; }

RateLimiter::RateLimiter(PlatformLimits limits) : limits_(limits) {}

SteadyTime RateLimiter::WindowEarliest(const std::deque<SteadyTime>& window, int limit,
                                       std::chrono::milliseconds length, SteadyTime now) {
  if (limit <= 0 || static_cast<int>(window.size()) < limit) return now;
  // The window admits a new send once the oldest send that fills it has aged out.
  return std::max(now, window[window.size() - limit] + length);
}

void RateLimiter::Remember(std::deque<SteadyTime>& window, int limit, SteadyTime now) {
  if (limit <= 0) return;
  window.push_back(now);
  while (static_cast<int>(window.size()) > limit) window.pop_front();
}

SteadyTime RateLimiter::BotEarliest(const std::string& bot, SteadyTime now) const {
  const auto found = bots_.find(bot);
  if (found == bots_.end()) return now;
  return WindowEarliest(found->second.window, limits_.bot_per_window, limits_.bot_window,
                        std::max(now, found->second.blocked_until));
}

SteadyTime RateLimiter::ChatEarliest(const Destination& destination, SteadyTime now) const {
  SteadyTime earliest = now;
  if (const auto found = chats_.find(destination.chat); found != chats_.end()) {
    const ChatState& chat = found->second;
    earliest = std::max(earliest, chat.blocked_until);
    if (chat.sent) earliest = std::max(earliest, chat.last_send + limits_.chat_interval);
    if (destination.group) {
      earliest =
          WindowEarliest(chat.window, limits_.group_per_window, limits_.group_window, earliest);
    }
  }
  if (!destination.route.empty()) {
    if (const auto route = routes_.find(destination.route);
        route != routes_.end() && route->second.remaining <= 0) {
      earliest = std::max(earliest, route->second.reset_at);
    }
  }
  return earliest;
}

SteadyTime RateLimiter::EarliestSend(const Destination& destination, SteadyTime now) const {
  // The chat's time first, then the bot's bucket at that time: a message waiting for its chat
  // does not need a token before then.
  return BotEarliest(destination.bot, ChatEarliest(destination, now));
}

void RateLimiter::RecordSend(const Destination& destination, SteadyTime now) {
  Remember(bots_[destination.bot].window, limits_.bot_per_window, now);

  ChatState& chat = chats_[destination.chat];
  chat.last_send = now;
  chat.sent = true;
  if (destination.group) Remember(chat.window, limits_.group_per_window, now);
  if (!destination.route.empty()) {
    auto& route = routes_[destination.route];
    // Until the answer's headers say otherwise, a send uses up one of what was left.
    if (route.remaining > 0 && route.reset_at > now) --route.remaining;
  }
}

void RateLimiter::BlockChat(const Destination& destination, SteadyTime until) {
  auto& chat = chats_[destination.chat];
  chat.blocked_until = std::max(chat.blocked_until, until);
}

void RateLimiter::BlockBot(const Destination& destination, SteadyTime until) {
  auto& bot = bots_[destination.bot];
  bot.blocked_until = std::max(bot.blocked_until, until);
}

void RateLimiter::UpdateRoute(const std::string& route, int remaining, SteadyTime reset_at) {
  routes_[route] = {remaining, reset_at};
}

void RateLimiter::Prune(SteadyTime now) {
  std::erase_if(chats_, [&](const auto& entry) {
    const ChatState& chat = entry.second;
    // A group's minute window outlives the per-chat spacing.
    const auto horizon = chat.window.empty()
                             ? limits_.chat_interval
                             : std::max(limits_.chat_interval, limits_.group_window);
    return chat.blocked_until <= now && (!chat.sent || chat.last_send + horizon <= now);
  });
  std::erase_if(routes_, [&](const auto& entry) { return entry.second.reset_at <= now; });
  std::erase_if(bots_, [&](const auto& entry) {
    const Bucket& bot = entry.second;
    return bot.blocked_until <= now &&
           (bot.window.empty() || bot.window.back() + limits_.bot_window <= now);
  });
}

}  // namespace chatfleet::delivery
