#pragma once

#include <chrono>
#include <optional>
#include <set>
#include <vector>

#include "shared/core/error.h"
#include "shared/pg/lazy_connection.h"
#include "workers/conversation/conversation_key.h"
#include "workers/memory/history_renderer.h"
#include "workers/memory/summarizer.h"

namespace chatfleet::workers {

struct CompactionOptions {
  /// A conversation with more verbatim events than this is folded …
  std::size_t threshold = 50;
  /// … keeping this many newest events verbatim.
  std::size_t keep = 20;
  /// Most events folded in one step (a long backlog folds over several batches).
  std::size_t max_fold = 500;
  /// Most conversations folded after one poll batch: compression never holds up the next batch
  /// for long.
  std::size_t max_conversations_per_batch = 4;
};

/// Which events to fold: all but the newest `keep`, oldest first, at most `max_fold`; nothing
/// while the conversation is at or under the threshold. `verbatim` is oldest first. Pure.
std::vector<StoredMessage> PlanFold(const std::vector<StoredMessage>& verbatim,
                                    const CompactionOptions& options);

/// Memory compression and retention.
///
/// A fold summarizes outside any transaction (the summarizer may be an HTTP call), then in one
/// transaction replaces the conversation's summary — only if no other worker folded since
/// (`folded_through_id` unchanged) — and marks the folded rows `folded_at`. So an event is
/// never folded without being in the summary, nor twice; a crash at any point leaves the last
/// committed state, and the next fold starts from it. Folded rows stay until the retention TTL
/// so redelivered events still hit the natural key (no duplicates) and recall can quote them.
/// Not thread-safe (the post-store lane).
class Compactor {
 public:
  Compactor(pg::LazyConnection& connection, Summarizer& summarizer, CompactionOptions options)
      : connection_(connection), summarizer_(summarizer), options_(options) {}

  /// The conversations among `touched` with more verbatim events than the threshold (one
  /// query), at most max_conversations_per_batch of them.
  Result<std::vector<ConversationKey>> Candidates(const std::set<ConversationKey>& touched);
  /// Folds one conversation; returns the number of events folded (0: nothing to do or another
  /// worker got there first).
  Result<std::size_t> Compact(const ConversationKey& conversation);
  /// Deletes up to `limit` rows received more than `ttl` ago; returns how many.
  Result<std::int64_t> PurgeExpired(std::chrono::seconds ttl, std::size_t limit);

 private:
  pg::LazyConnection& connection_;
  Summarizer& summarizer_;
  CompactionOptions options_;
};

}  // namespace chatfleet::workers
