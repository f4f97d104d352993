#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "chatfleet/v1/chat_event.pb.h"
#include "workers/context/context_assembler.h"
#include "workers/memory/history_renderer.h"
#include "workers/memory/memory_store.h"
#include "workers/personalization/personalizer.h"
#include "workers/proactive/proactive_plan.h"
#include "workers/recall/recall_guard.h"
#include "workers/recall/recall_merge.h"
#include "workers/recall/recall_passes.h"

namespace chatfleet::workers {

/// The messages of a batch that get a context: stored, a person's, and not answered before.
struct ContextTargets {
  std::vector<std::size_t> indexes;  // into the batch, in batch order
  std::vector<const v1::ChatEvent*> events;
  bool empty() const { return indexes.empty(); }
};

/// `stored[i]` false: event i was rejected by the store; `answered[i]` true (or missing): it
/// lies below its partition's answered position. Pure.
ContextTargets SelectContextTargets(const std::vector<const v1::ChatEvent*>& events,
                                    const std::vector<bool>& stored,
                                    const std::vector<bool>& answered);

/// What the stages before the store decided per event of the batch, as its context shows it.
/// Views: everything outlives the contexts drafted from it.
struct StageDecisions {
  const PersonalizationResult& personal;
  const std::vector<std::optional<ProactiveOutcome>>& proactive;
  const std::vector<bool>& recall_on;
  const std::vector<std::vector<std::string>>& disabled;
};

/// The batch's contexts before recall: their parts (aligned with ContextTargets::indexes) and
/// the recall queries they ask.
struct ContextDrafts {
  /// Holds the parts' rendered lines (declared first: it outlives them).
  HistoryRenderer renderer;
  std::vector<ContextParts> parts;
  std::vector<RecallQuery> queries;
  std::vector<std::size_t> query_owner;  // the `parts` index of each query
};

/// Renders each target's history from its sender's point of view (up to its own message) and
/// adds its summary and the earlier stages' outcomes. A message with recall on and a history
/// asks for memories from before its window; with recall off its status says DISABLED. The
/// parts point into `history`, `decisions` and the drafts' renderer (a line shown in several
/// contexts is rendered once). Pure.
ContextDrafts DraftContexts(const std::vector<const v1::ChatEvent*>& events,
                            const ContextTargets& targets, const ConversationHistory& history,
                            const StageDecisions& decisions, const RenderLimits& limits);

/// What the batch's recall came to, for its metrics and the recall guard.
struct RecallCount {
  RecallTally tally;  // per tenant: each context's outcome is its tenant's
  std::size_t timed_out = 0;
  std::size_t failed = 0;
};

/// Gives each draft that asked for memories those of the merged ranking that answers it, and
/// that ranking's status. Pure.
RecallCount ApplyRecall(const MergedRecallQueries& merged, const BatchRecall& recalled,
                        ContextDrafts& drafts);

}  // namespace chatfleet::workers
