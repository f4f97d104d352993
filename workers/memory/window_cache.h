#pragma once

#include <cstdint>
#include <list>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "workers/conversation/conversation_key.h"
#include "workers/memory/history_renderer.h"

namespace chatfleet::workers {

/// The newest verbatim messages and the summary of recently active conversations, kept by the
/// worker that owns them, so that a batch reads from PostgreSQL only the windows of
/// conversations it has not seen since its last rebalance (a conversation lives on one
/// partition, and only that partition's owner writes its rows). Holding it right is the
/// caller's job (MemoryStages): an entry is forgotten whenever its rows may have changed behind
/// it — a fold, an edit, a redelivered message — and everything on a rebalance or a retention
/// purge. Least recently used conversations are evicted past `max_conversations` or
/// `max_bytes` (texts up to 32 KiB make the count alone no memory bound). Not thread-safe: the
/// post-store lane's.
class WindowCache {
 public:
  struct Entry {
    std::vector<StoredMessage> newest;  // oldest first, at most `keep_messages`
    std::string summary;
  };

  WindowCache(std::size_t max_conversations, std::size_t keep_messages,
              std::size_t max_bytes = std::size_t{64} << 20);

  bool enabled() const { return max_conversations_ > 0; }
  /// nullptr when not cached; a hit makes the conversation the most recently used.
  const Entry* Find(const ConversationKey& key);
  /// Keeps the last `keep_messages` of `window` (oldest first) and the summary.
  void Put(const ConversationKey& key, std::span<const StoredMessage> window, std::string summary);
  void Forget(const ConversationKey& key);
  void Clear();
  std::size_t size() const { return entries_.size(); }
  std::size_t bytes() const { return bytes_; }

 private:
  struct Slot {
    Entry entry;
    std::size_t bytes = 0;
    std::list<ConversationKey>::iterator recency;
  };
  void Evict(std::map<ConversationKey, Slot>::iterator slot);

  std::size_t max_conversations_;
  std::size_t keep_messages_;
  std::size_t max_bytes_;
  std::size_t bytes_ = 0;
  std::map<ConversationKey, Slot> entries_;
  std::list<ConversationKey> recency_;  // most recently used first
};

}  // namespace chatfleet::workers
