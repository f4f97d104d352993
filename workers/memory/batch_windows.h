#pragma once

#include <cstdint>
#include <set>
#include <vector>

#include "chatfleet/v1/chat_event.pb.h"
#include "workers/conversation/conversation_key.h"
#include "workers/memory/history_row.h"
#include "workers/memory/memory_store.h"
#include "workers/memory/window_cache.h"

namespace chatfleet::workers {

/// What the history store wrote for one batch, aligned with the batch's events.
struct StoredRows {
  std::vector<HistoryRow> rows;
  /// The chat_history id of each row this delivery inserted; 0 for the others.
  std::vector<std::int64_t> ids;
};

/// The conversation windows and summaries the batch's contexts are rendered from.
struct BatchWindows {
  ConversationHistory history;
  /// Conversations whose window reaches their newest row: this delivery inserted all of the
  /// batch's rows of them (a read around an edited or redelivered row ends at that row).
  std::set<ConversationKey> newest;
};

/// The part of a batch's windows the window cache and the batch's own rows can give, and what
/// is left to read from PostgreSQL.
struct CachedWindows {
  BatchWindows windows;
  /// Conversations the cache did not hold, with a context to render, whose batch rows this
  /// delivery all inserted: `windows` holds those rows already, and only what precedes them is
  /// read (MemoryStore::LoadWindowStarts, then PrependLoadedWindows).
  std::vector<WindowStart> to_prepend;
  /// Every stored row of the other conversations the cache could not give that have a context
  /// to render (so that the read reaches their last row, and the cache can hold it afterwards),
  /// in batch order.
  std::vector<const v1::ChatEvent*> to_load;
};

/// Takes the windows of the batch's conversations from `cache` where it holds the conversation
/// and this delivery inserted all of the batch's rows of it: the cached newest messages, then
/// the batch's rows as stored. Where the cache misses such a conversation, the window starts as
/// the batch's rows and what precedes them is left to read (`to_prepend`): the same rows a read
/// of the whole span gives, since only the partition's owner writes a conversation's rows. A
/// conversation with a row this delivery did not insert (redelivered, edited, repeated) may
/// differ from what the cache would add: it is forgotten and read again (`to_load`).
/// `events[i]`, `stored[i]` and `written` rows are aligned; `user_events` are the events that
/// get a context. No I/O; touches the cache's recency and forgets the misses.
CachedWindows WindowsFromCache(const std::vector<const v1::ChatEvent*>& events,
                               const std::vector<bool>& stored, const StoredRows& written,
                               const std::vector<const v1::ChatEvent*>& user_events,
                               WindowCache& cache);

/// Adds windows and summaries read from PostgreSQL to those from the cache.
void AddLoadedWindows(ConversationHistory loaded, ConversationHistory& into);

/// Puts the messages read before each `to_prepend` window in front of it, and adds the
/// summaries read with them.
void PrependLoadedWindows(ConversationHistory loaded, ConversationHistory& into);

/// After a batch's contexts are all produced: its windows that reach their conversation's
/// newest row become the cached ones.
void RememberWindows(const BatchWindows& windows, WindowCache& cache);

}  // namespace chatfleet::workers
