#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <vector>

#include "workers/recall/recall_store.h"

namespace chatfleet::workers {

/// The queries of one batch merged to at most two per conversation and language.
struct MergedRecallQueries {
  std::vector<RecallQuery> queries;
  /// For each input query, the index of the merged query that answers it.
  std::vector<std::size_t> merged_of;
  /// Per merged query: true when it is a conversation's newest message (ranked first, see
  /// RecallWithinBudget), false for the shared ranking of the earlier messages of a burst.
  std::vector<bool> newest;
};

/// Bounds the ranking work of a burst: of the messages of one conversation and language in a
/// batch (in batch order), the newest keeps its own ranking — it is the one the bot answers, and
/// a question must not be drowned by the words of the messages before it — and the others share
/// one: the union of their words (texts joined by newlines) and the earliest `before_id`, so
/// none of them is offered a memory from its own recent window or from after it. A lone message
/// is ranked as it is. Keeps first-seen order. Pure.
MergedRecallQueries MergeRecallQueries(const std::vector<RecallQuery>& queries);

/// How many of `wanted` rankings to send with `left` of the batch's budget, at the rate an
/// earlier pass of the batch measured (`seconds_per_ranking`; none measured: all of them). A
/// ranking the statement timeout cuts burns its share of the database and yields nothing, so
/// a pass takes only what fits in 80 % of what is left; the rest go out without memories.
/// Pure.
std::size_t AffordableRankings(std::size_t wanted, std::chrono::nanoseconds left,
                               std::optional<double> seconds_per_ranking);

}  // namespace chatfleet::workers
