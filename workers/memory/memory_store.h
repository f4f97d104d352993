#pragma once

#include <map>
#include <vector>

#include "chatfleet/v1/chat_event.pb.h"
#include "shared/core/error.h"
#include "shared/pg/connection.h"
#include "shared/pg/lazy_connection.h"
#include "workers/flags/feature_flags.h"
#include "workers/memory/history_renderer.h"
#include "workers/personalization/personalizer.h"

namespace chatfleet::workers {

/// Everything the stages read for one poll batch.
struct MemorySnapshot {
  FeatureFlags::Overrides flag_overrides;
  PersonalizationSnapshot personalization;
};

/// The recent stored messages of the conversations of a batch, oldest first: the window before
/// the batch's first message of that conversation plus everything up to its last one.
using ConversationWindows = std::map<ConversationKey, std::vector<StoredMessage>>;

struct ConversationHistory {
  ConversationWindows windows;
  /// Non-empty summaries only.
  std::map<ConversationKey, std::string> summaries;
};

/// A conversation whose batch rows the worker knows as stored (this delivery inserted them all):
/// only what precedes the first of them, `first_id`, is read back.
struct WindowStart {
  ConversationKey conversation;
  std::int64_t first_id = 0;
};

/// The set-based reads and writes of the memory stages: one query per batch and table, never
/// one per event. Not thread-safe: one instance and connection per thread.
class MemoryStore {
 public:
  explicit MemoryStore(pg::LazyConnection& connection) : connection_(connection) {}

  /// Flag overrides of the batch's tenants, profiles of its senders, bot defaults and the
  /// state of its conversations: one query per table.
  Result<MemorySnapshot> Load(const std::vector<const v1::ChatEvent*>& events);

  /// Writes the personalization effects (profile and conversation-language upserts) on
  /// `connection`: called inside the history transaction so they commit together.
  static Status ApplyEffects(pg::Connection& connection, const PersonalizationEffects& effects);

  /// For `events` (stored already), per conversation: the window — at most `before` verbatim
  /// messages preceding the batch, plus the batch's own span — and the summary, read in one
  /// snapshot: a fold committing meanwhile (another thread's or worker's) cannot take rows out
  /// of the window without their being in the summary read with it.
  Result<ConversationHistory> LoadHistory(const std::vector<const v1::ChatEvent*>& events,
                                          std::size_t before);

  /// Per conversation of `starts`: at most `before` verbatim messages stored before its
  /// `first_id` (oldest first; none for a new conversation) and the summary, in one statement
  /// and so one snapshot, with the same guarantee as LoadHistory. The batch's own rows are not
  /// read: the caller appends them as written (WindowsFromCache).
  Result<ConversationHistory> LoadWindowStarts(const std::vector<WindowStart>& starts,
                                               std::size_t before);

 private:
  pg::LazyConnection& connection_;
};

}  // namespace chatfleet::workers
