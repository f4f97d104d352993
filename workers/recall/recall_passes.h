#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

#include "chatfleet/v1/conversation_context.pb.h"
#include "workers/recall/recall_merge.h"
#include "workers/recall/recall_store.h"

namespace chatfleet::workers {

/// What recall gave each merged query of a batch (aligned with MergedRecallQueries::queries).
struct BatchRecall {
  std::vector<std::vector<RecalledMemory>> memories;
  std::vector<v1::RecallStatus> status;
};

/// What the earlier messages' pass cost per ranking in the batches before, kept by the caller
/// from batch to batch. A burst's merged ranking costs more than a newest message's, so cut by
/// the newest pass's pace alone that pass was sent too large and cancelled at the statement
/// timeout in about half the batches of a loaded memory bench: every context's memories lost and
/// the database's work spent for nothing.
struct RecallPace {
  std::optional<double> earlier_seconds_per_ranking;
};

/// Ranks `queries` with `left` of the batch's budget (RecallStore::Recall in production).
using RankQueries = std::function<RecallResult(const std::vector<RecallQuery>& queries,
                                               std::chrono::milliseconds left)>;

/// The batch's rankings in two passes within the one `budget`: each conversation's newest
/// message first (the one a bot answers), then the shared rankings of the earlier messages of
/// bursts with what is left, each pass cut to what AffordableRankings says fits. Under a
/// backlog it is the second pass that runs out, not the answers' memories. A query left out or
/// whose ranking failed goes out without memories (status TIMED_OUT or FAILED) rather than
/// late; each pass that leaves some out logs why. With `pace`, the earlier messages' pass is
/// cut by the slower of this batch's newest pace and what that pass cost before (a pass that
/// timed out cost at least its budget per ranking sent), and `pace` learns this batch's; a batch
/// whose earlier pass that pace shuts out entirely halves it, so one stalled batch cannot keep
/// the pass from running for good.
BatchRecall RecallWithinBudget(const MergedRecallQueries& merged, std::chrono::milliseconds budget,
                               const RankQueries& rank, RecallPace* pace = nullptr);

}  // namespace chatfleet::workers
