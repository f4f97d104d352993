#include "workers/memory/window_cache.h"

namespace chatfleet::workers {
namespace {

std::size_t BytesOf(const WindowCache::Entry& entry) {
  std::size_t bytes = sizeof(entry) + entry.summary.size();
  for (const StoredMessage& message : entry.newest) {
    bytes += sizeof(message) + message.user_id.size() + message.user_name.value_or("").size() +
             message.role.size() + message.content.size() + message.source.size() +
             message.platform_message_id.size() + message.sent_at.size();
  }
  return bytes;
}

}  // namespace

WindowCache::WindowCache(std::size_t max_conversations, std::size_t keep_messages,
                         std::size_t max_bytes)
    : max_conversations_(max_conversations), keep_messages_(keep_messages), max_bytes_(max_bytes) {}

const WindowCache::Entry* WindowCache::Find(const ConversationKey& key) {
  auto found = entries_.find(key);
  if (found == entries_.end()) return nullptr;
  recency_.splice(recency_.begin(), recency_, found->second.recency);
  return &found->second.entry;
}

void WindowCache::Put(const ConversationKey& key, std::span<const StoredMessage> window,
                      std::string summary) {
  if (!enabled()) return;
  Forget(key);
  const std::size_t skip = window.size() > keep_messages_ ? window.size() - keep_messages_ : 0;
  Entry entry{{window.begin() + static_cast<std::ptrdiff_t>(skip), window.end()},
              std::move(summary)};
  const std::size_t bytes = BytesOf(entry);
  if (bytes > max_bytes_) return;
  recency_.push_front(key);
  entries_.emplace(key, Slot{std::move(entry), bytes, recency_.begin()});
  bytes_ += bytes;
  while (entries_.size() > max_conversations_ || bytes_ > max_bytes_) {
    Evict(entries_.find(recency_.back()));
  }
}

void WindowCache::Forget(const ConversationKey& key) {
  if (auto found = entries_.find(key); found != entries_.end()) Evict(found);
}

void WindowCache::Evict(std::map<ConversationKey, Slot>::iterator slot) {
  bytes_ -= slot->second.bytes;
  recency_.erase(slot->second.recency);
  entries_.erase(slot);
}

void WindowCache::Clear() {
  entries_.clear();
  recency_.clear();
  bytes_ = 0;
}

}  // namespace chatfleet::workers
