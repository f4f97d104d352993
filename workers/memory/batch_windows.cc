#include "workers/memory/batch_windows.h"

#include <algorithm>
#include <map>

namespace chatfleet::workers {
namespace {

/// The batch's stored rows per conversation, in batch order.
std::map<ConversationKey, std::vector<std::size_t>> StoredRowsByConversation(
    const std::vector<const v1::ChatEvent*>& events, const std::vector<bool>& stored) {
  std::map<ConversationKey, std::vector<std::size_t>> rows;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (stored[i]) rows[ConversationKeyOf(*events[i])].push_back(i);
  }
  return rows;
}

/// The cached window with the batch's rows of the conversation appended as stored.
std::vector<StoredMessage> ExtendCached(const WindowCache::Entry& cached,
                                        const std::vector<std::size_t>& rows,
                                        const std::vector<const v1::ChatEvent*>& events,
                                        const StoredRows& written) {
  std::vector<StoredMessage> window;
  window.reserve(cached.newest.size() + rows.size());
  window = cached.newest;
  for (std::size_t i : rows) {
    window.push_back(ToStoredMessage(written.rows[i], events[i]->sent_at(), written.ids[i]));
  }
  return window;
}

std::vector<const v1::ChatEvent*> RowsToLoad(const std::vector<const v1::ChatEvent*>& events,
                                             const std::vector<bool>& stored,
                                             const std::set<ConversationKey>& missed,
                                             const std::vector<const v1::ChatEvent*>& user_events) {
  std::set<ConversationKey> with_users;
  for (const auto* event : user_events) with_users.insert(ConversationKeyOf(*event));
  std::vector<const v1::ChatEvent*> to_load;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const ConversationKey key = ConversationKeyOf(*events[i]);
    if (stored[i] && missed.contains(key) && with_users.contains(key)) {
      to_load.push_back(events[i]);
    }
  }
  return to_load;
}

}  // namespace

CachedWindows WindowsFromCache(const std::vector<const v1::ChatEvent*>& events,
                               const std::vector<bool>& stored, const StoredRows& written,
                               const std::vector<const v1::ChatEvent*>& user_events,
                               WindowCache& cache) {
  CachedWindows result;
  ConversationHistory& history = result.windows.history;
  std::set<ConversationKey> missed;
  for (const auto& [key, rows] : StoredRowsByConversation(events, stored)) {
    const WindowCache::Entry* cached = cache.Find(key);
    const bool all_inserted =
        std::all_of(rows.begin(), rows.end(), [&](std::size_t i) { return written.ids[i] != 0; });
    if (all_inserted) result.windows.newest.insert(key);
    if (cached == nullptr || !all_inserted) {
      cache.Forget(key);
      missed.insert(key);
      continue;
    }
    history.windows[key] = ExtendCached(*cached, rows, events, written);
    if (!cached->summary.empty()) history.summaries[key] = cached->summary;
  }
  result.to_load = RowsToLoad(events, stored, missed, user_events);
  return result;
}

void AddLoadedWindows(ConversationHistory loaded, ConversationHistory& into) {
  for (auto& [key, window] : loaded.windows) into.windows[key] = std::move(window);
  for (auto& [key, summary] : loaded.summaries) into.summaries[key] = std::move(summary);
}

void RememberWindows(const BatchWindows& windows, WindowCache& cache) {
  const ConversationHistory& history = windows.history;
  for (const auto& key : windows.newest) {
    const auto window = history.windows.find(key);
    if (window == history.windows.end()) continue;
    const auto summary = history.summaries.find(key);
    cache.Put(key, window->second, summary == history.summaries.end() ? "" : summary->second);
  }
}

}  // namespace chatfleet::workers
