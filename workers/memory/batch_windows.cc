#include "workers/memory/batch_windows.h"

#include <algorithm>
#include <iterator>
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

/// `newest` (the cached window, or nothing) with the batch's rows of the conversation appended
/// as stored.
std::vector<StoredMessage> ExtendWindow(const std::vector<StoredMessage>& newest,
                                        const std::vector<std::size_t>& rows,
                                        const std::vector<const v1::ChatEvent*>& events,
                                        const StoredRows& written) {
  std::vector<StoredMessage> window;
  window.reserve(newest.size() + rows.size());
  window = newest;
  for (std::size_t i : rows) {
    window.push_back(ToStoredMessage(written.rows[i], events[i]->sent_at(), written.ids[i]));
  }
  return window;
}

std::vector<const v1::ChatEvent*> RowsToLoad(const std::vector<const v1::ChatEvent*>& events,
                                             const std::vector<bool>& stored,
                                             const std::set<ConversationKey>& missed) {
  std::vector<const v1::ChatEvent*> to_load;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (stored[i] && missed.contains(ConversationKeyOf(*events[i]))) to_load.push_back(events[i]);
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
  std::set<ConversationKey> with_users;
  for (const auto* event : user_events) with_users.insert(ConversationKeyOf(*event));
  std::set<ConversationKey> missed;
  for (const auto& [key, rows] : StoredRowsByConversation(events, stored)) {
    const WindowCache::Entry* cached = cache.Find(key);
    const bool all_inserted =
        std::all_of(rows.begin(), rows.end(), [&](std::size_t i) { return written.ids[i] != 0; });
    if (all_inserted) result.windows.newest.insert(key);
    if (cached != nullptr && all_inserted) {
      history.windows[key] = ExtendWindow(cached->newest, rows, events, written);
      if (!cached->summary.empty()) history.summaries[key] = cached->summary;
      continue;
    }
    cache.Forget(key);
    if (!with_users.contains(key)) continue;
    if (all_inserted) {
      history.windows[key] = ExtendWindow({}, rows, events, written);
      std::int64_t first_id = written.ids[rows.front()];
      for (std::size_t i : rows) first_id = std::min(first_id, written.ids[i]);
      result.to_prepend.push_back({key, first_id});
      continue;
    }
    missed.insert(key);
  }
  result.to_load = RowsToLoad(events, stored, missed);
  return result;
}

void AddLoadedWindows(ConversationHistory loaded, ConversationHistory& into) {
  for (auto& [key, window] : loaded.windows) into.windows[key] = std::move(window);
  for (auto& [key, summary] : loaded.summaries) into.summaries[key] = std::move(summary);
}

void PrependLoadedWindows(ConversationHistory loaded, ConversationHistory& into) {
  for (auto& [key, before] : loaded.windows) {
    std::vector<StoredMessage>& window = into.windows[key];
    window.insert(window.begin(), std::make_move_iterator(before.begin()),
                  std::make_move_iterator(before.end()));
  }
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
