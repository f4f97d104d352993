#include "workers/context/batch_contexts.h"

#include <span>

#include "workers/conversation/conversation_key.h"

namespace chatfleet::workers {
namespace {

/// One target's context without its memories; `query` gets what it asks recall, if anything.
ContextParts DraftContext(const v1::ChatEvent& event, std::size_t i,
                          const ConversationHistory& history, const StageDecisions& decisions,
                          const RenderLimits& limits, HistoryRenderer& renderer,
                          std::optional<RecallQuery>& query) {
  const ConversationKey key = ConversationKeyOf(event);
  std::span<const StoredMessage> window;  // a view into `history`, which outlives the parts
  if (auto found = history.windows.find(key); found != history.windows.end()) {
    window = HistoryViewUpTo(found->second, event.platform_message_id());
  }
  ContextParts part;
  part.event = &event;
  part.history =
      renderer.Render(window, event.sender().user_id(),
                      event.conversation().kind() == v1::CONVERSATION_KIND_GROUP, limits);
  if (auto summary = history.summaries.find(key); summary != history.summaries.end()) {
    part.summary = summary->second;
  }
  if (decisions.personal.events[i]) part.personal = &*decisions.personal.events[i];
  if (i < decisions.proactive.size() && decisions.proactive[i]) {
    part.proactive = &*decisions.proactive[i];
  }
  part.disabled_stages = decisions.disabled[i];
  if (!decisions.recall_on[i]) {
    part.recall_status = v1::RECALL_STATUS_DISABLED;
    return part;
  }
  part.recall_status = v1::RECALL_STATUS_OK;
  if (part.history.empty()) return part;
  query = RecallQuery{key, decisions.personal.row_languages[i].value_or(""), event.text(),
                      part.history.front().message->id};
  // The window ends with the event's own row, just stored with its vector.
  if (!window.empty() && window.back().platform_message_id == event.platform_message_id()) {
    query->stored_ids.push_back(window.back().id);
  }
  return part;
}

}  // namespace

ContextTargets SelectContextTargets(const std::vector<const v1::ChatEvent*>& events,
                                    const std::vector<bool>& stored,
                                    const std::vector<bool>& answered) {
  ContextTargets targets;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const bool answered_before = i < answered.size() && answered[i];
    if (!stored[i] || !IsFromPerson(*events[i]) || answered_before) continue;
    targets.indexes.push_back(i);
    targets.events.push_back(events[i]);
  }
  return targets;
}

ContextDrafts DraftContexts(const std::vector<const v1::ChatEvent*>& events,
                            const ContextTargets& targets, const ConversationHistory& history,
                            const StageDecisions& decisions, const RenderLimits& limits) {
  ContextDrafts drafts;
  drafts.parts.reserve(targets.indexes.size());
  for (std::size_t u = 0; u < targets.indexes.size(); ++u) {
    const std::size_t i = targets.indexes[u];
    std::optional<RecallQuery> query;
    drafts.parts.push_back(
        DraftContext(*events[i], i, history, decisions, limits, drafts.renderer, query));
    if (!query) continue;
    drafts.queries.push_back(std::move(*query));
    drafts.query_owner.push_back(u);
  }
  return drafts;
}

RecallCount ApplyRecall(const MergedRecallQueries& merged, const BatchRecall& recalled,
                        ContextDrafts& drafts) {
  RecallCount count;
  for (std::size_t q = 0; q < drafts.queries.size(); ++q) {
    ContextParts& part = drafts.parts[drafts.query_owner[q]];
    part.memories = recalled.memories[merged.merged_of[q]];
    part.recall_status = recalled.status[merged.merged_of[q]];
    if (part.recall_status == v1::RECALL_STATUS_TIMED_OUT) ++count.timed_out;
    if (part.recall_status == v1::RECALL_STATUS_FAILED) ++count.failed;
    count.tally.Add(part.event->tenant(), part.recall_status != v1::RECALL_STATUS_OK);
  }
  return count;
}

}  // namespace chatfleet::workers
