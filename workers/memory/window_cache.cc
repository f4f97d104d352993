#include "workers/memory/window_cache.h"

namespace chatfleet::workers {

WindowCache::WindowCache(std::size_t max_conversations, std::size_t keep_messages)
    : max_conversations_(max_conversations), keep_messages_(keep_messages) {}

const WindowCache::Entry* WindowCache::Find(const ConversationKey& key) {
  auto found = entries_.find(key);
  if (found == entries_.end()) return nullptr;
  recency_.splice(recency_.begin(), recency_, found->second.recency);
  return &found->second.entry;
}

void WindowCache::Put(const ConversationKey& key, std::span<const StoredMessage> window,
                      std::string summary) {
  if (!enabled()) return;
  const std::size_t skip = window.size() > keep_messages_ ? window.size() - keep_messages_ : 0;
  Entry entry{{window.begin() + static_cast<std::ptrdiff_t>(skip), window.end()},
              std::move(summary)};
  if (auto found = entries_.find(key); found != entries_.end()) {
    found->second.entry = std::move(entry);
    recency_.splice(recency_.begin(), recency_, found->second.recency);
    return;
  }
  recency_.push_front(key);
  entries_.emplace(key, Slot{std::move(entry), recency_.begin()});
  if (entries_.size() > max_conversations_) {
    entries_.erase(recency_.back());
    recency_.pop_back();
  }
}

void WindowCache::Forget(const ConversationKey& key) {
  auto found = entries_.find(key);
  if (found == entries_.end()) return;
  recency_.erase(found->second.recency);
  entries_.erase(found);
}

void WindowCache::Clear() {
  entries_.clear();
  recency_.clear();
}

}  // namespace chatfleet::workers
