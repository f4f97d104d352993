#pragma once

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "chatfleet/v1/chat_event.pb.h"
#include "chatfleet/v1/conversation_context.pb.h"
#include "workers/memory/history_renderer.h"
#include "workers/personalization/personalizer.h"
#include "workers/proactive/proactive_plan.h"
#include "workers/recall/recall_store.h"

namespace chatfleet::workers {

/// "ctx-" + the source event id: a redelivered event yields the same context id.
std::string ContextIdFor(const v1::ChatEvent& event);

/// The messages of `window` (one conversation, oldest first) up to and including the event's
/// own stored message (matched by platform message id); empty when it is not in the window.
/// Pure.
std::vector<StoredMessage> HistoryUpTo(const std::vector<StoredMessage>& window,
                                       const std::string& platform_message_id);
/// The same messages as a view into `window` (valid while it is): no copies. Pure.
std::span<const StoredMessage> HistoryViewUpTo(const std::vector<StoredMessage>& window,
                                               const std::string& platform_message_id);

/// Everything known about one user message once the stages ran.
struct ContextParts {
  const v1::ChatEvent* event = nullptr;
  /// The rendered recent history, the event's own message last.
  std::vector<RenderedMessage> history;
  std::string_view summary;                     // a view of the batch's loaded summary
  const PersonalizedEvent* personal = nullptr;  // null: personalization off
  std::vector<RecalledMemory> memories;
  v1::RecallStatus recall_status = v1::RECALL_STATUS_UNSPECIFIED;
  std::vector<std::string> disabled_stages;
  const ProactiveOutcome* proactive = nullptr;  // null: the proactive stage is off
};

/// Builds the ConversationContext for one user message. Pure.
v1::ConversationContext AssembleContext(const ContextParts& parts,
                                        std::chrono::system_clock::time_point now);
/// AssembleContext in its three parts, in field-number order: what the event says (fields
/// 1–11), one entry of the recent history (12), what the stages found (13 on). ContextEncoder
/// serializes them apart.
void AssembleEventFields(const ContextParts& parts, v1::ConversationContext& context);
void AddHistoryEntry(const RenderedMessage& rendered, v1::ConversationContext& context);
void AssembleStageFields(const ContextParts& parts, std::chrono::system_clock::time_point now,
                         v1::ConversationContext& context);

}  // namespace chatfleet::workers
