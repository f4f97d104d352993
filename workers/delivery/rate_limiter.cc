#include "workers/delivery/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace chatfleet::delivery {

using std::chrono::milliseconds;
using std::chrono::seconds;

PlatformLimits TelegramLimits() { return {30, 30, seconds(1), 20, seconds(60)}; }
PlatformLimits WhatsAppLimits() { return {80, 80, seconds(6), 0, milliseconds(0)}; }
PlatformLimits DiscordLimits() { return {50, 50, milliseconds(0), 0, milliseconds(0)}; }

RateLimiter::RateLimiter(PlatformLimits limits) : limits_(limits) {}

double RateLimiter::TokensAt(const Bucket& bucket, SteadyTime now) const {
  const double elapsed = std::chrono::duration<double>(now - bucket.refilled).count();
  return std::min(limits_.bot_burst,
                  bucket.tokens + std::max(0.0, elapsed) * limits_.bot_per_second);
}

SteadyTime RateLimiter::BotEarliest(const std::string& bot, SteadyTime now) const {
  const auto found = bots_.find(bot);
  if (found == bots_.end()) return now;
  SteadyTime earliest = std::max(now, found->second.blocked_until);
  const double tokens = TokensAt(found->second, earliest);
  if (tokens < 1) {
    const double wait = (1 - tokens) / limits_.bot_per_second;
    earliest +=
        std::chrono::duration_cast<SteadyTime::duration>(std::chrono::duration<double>(wait));
  }
  return earliest;
}

SteadyTime RateLimiter::ChatEarliest(const Destination& destination, SteadyTime now) const {
  SteadyTime earliest = now;
  if (const auto found = chats_.find(destination.chat); found != chats_.end()) {
    const ChatState& chat = found->second;
    earliest = std::max(earliest, chat.blocked_until);
    if (chat.sent) earliest = std::max(earliest, chat.last_send + limits_.chat_interval);
    if (destination.group && limits_.group_per_window > 0 &&
        static_cast<int>(chat.window.size()) >= limits_.group_per_window) {
      // The window admits a new send once the oldest one that fills it has aged out.
      const auto oldest = chat.window[chat.window.size() - limits_.group_per_window];
      earliest = std::max(earliest, oldest + limits_.group_window);
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
  auto [bot, created] = bots_.try_emplace(destination.bot);
  if (created) {
    bot->second.tokens = limits_.bot_burst;
    bot->second.refilled = now;
  }
  bot->second.tokens = TokensAt(bot->second, now) - 1;
  bot->second.refilled = now;

  ChatState& chat = chats_[destination.chat];
  chat.last_send = now;
  chat.sent = true;
  if (destination.group && limits_.group_per_window > 0) {
    chat.window.push_back(now);
    while (static_cast<int>(chat.window.size()) > limits_.group_per_window) chat.window.pop_front();
  }
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
  auto [bot, created] = bots_.try_emplace(destination.bot);
  if (created) {
    bot->second.tokens = limits_.bot_burst;
    bot->second.refilled = until;
  }
  bot->second.blocked_until = std::max(bot->second.blocked_until, until);
}

void RateLimiter::UpdateRoute(const std::string& route, int remaining, SteadyTime reset_at) {
  routes_[route] = {remaining, reset_at};
}

void RateLimiter::Prune(SteadyTime now) {
  const auto horizon = std::max(limits_.chat_interval, limits_.group_window);
  std::erase_if(chats_, [&](const auto& entry) {
    const ChatState& chat = entry.second;
    return chat.blocked_until <= now && (!chat.sent || chat.last_send + horizon <= now);
  });
  std::erase_if(routes_, [&](const auto& entry) { return entry.second.reset_at <= now; });
  std::erase_if(bots_, [&](const auto& entry) {
    return entry.second.blocked_until <= now && TokensAt(entry.second, now) >= limits_.bot_burst;
  });
}

}  // namespace chatfleet::delivery
