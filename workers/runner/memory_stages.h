#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <set>
#include <vector>

#include "shared/core/retry.h"
#include "shared/i18n/message_catalog.h"
#include "shared/kafka/delivery_tracker.h"
#include "shared/metrics/registry.h"
#include "workers/context/answered_position_store.h"
#include "workers/context/batch_contexts.h"
#include "workers/context/context_publisher.h"
#include "workers/embeddings/embedding_indexer.h"
#include "workers/flags/feature_flags.h"
#include "workers/intake/event_intake.h"
#include "workers/memory/batch_windows.h"
#include "workers/memory/compactor.h"
#include "workers/memory/history_writer.h"
#include "workers/memory/memory_store.h"
#include "workers/memory/window_cache.h"
#include "workers/personalization/personalizer.h"
#include "workers/proactive/outbound_publisher.h"
#include "workers/proactive/proactive_plan.h"
#include "workers/proactive/proactive_store.h"
#include "workers/recall/lexical_fallback.h"
#include "workers/recall/recall_guard_monitor.h"
#include "workers/recall/recall_passes.h"
#include "workers/recall/recall_store.h"
#include "workers/runner/context_sink.h"

namespace chatfleet::workers {

struct MemoryStageOptions {
  std::map<Feature, FlagSetting> flags;
  PersonalizationDefaults personalization;
  RenderLimits history;
  /// Rows older than this (by received_at) are purged, `retention_batch` at a time, at most
  /// once per `retention_interval`.
  std::chrono::seconds retention_ttl{std::chrono::hours(24 * 90)};
  std::chrono::seconds retention_interval{60};
  std::size_t retention_batch = 1000;
  std::chrono::milliseconds publish_timeout{30000};
  /// Conversations whose recent window the lane keeps between batches (0: read every window
  /// from PostgreSQL).
  std::size_t window_cache_conversations = 10000;
  std::size_t window_cache_bytes = std::size_t{64} << 20;
  ProactiveOptions proactive;
  /// Switches a tenant's recall off by itself while it errs or is slow (see RecallGuard).
  RecallGuardOptions recall_guard;
};

/// The I/O the memory stages need; owned by main, outliving the runner. Prepare runs on the
/// runner's thread and PublishContexts / Maintain on its post-store lane, at the same time:
/// `store` must not share a connection with `history`, `recall` and `compactor`.
struct MemoryStageDeps {
  MemoryStore& store;
  MemoryStore& history;
  RecallStore& recall;
  Compactor& compactor;
  ContextPublisher& contexts;
  /// The proactive stage (meetings, follow-ups, conversation state, /schedule); both null: off.
  ProactiveStore* proactive = nullptr;
  OutboundPublisher* outbound = nullptr;
  /// On the runner's connection (the runner records them, see BatchRunner); null: no message
  /// counts as answered before.
  AnsweredPositionStore* answered = nullptr;
  /// Embeds the batch's people's messages once they are stored (semantic recall); null: no
  /// embeddings service configured, recall by words alone.
  EmbeddingIndexer* indexer = nullptr;
};

/// The memory stages around the history write of one poll batch, in the runner's order:
///   Prepare (before the write): load the snapshot (set-based), evaluate flags, personalize,
///     plan the proactive stage, and return the rows' languages and the in-transaction effects
///     (ApplyEffects);
///   PublishContexts (after the write): load the conversation windows (the window cache holds
///     the recent messages of conversations seen since the last rebalance), render, recall within
///     the budget, assemble and produce chat.context and the fleet's own answers to
///     chat.outbound (/schedule), without waiting for the acknowledgements;
///   AwaitContexts (before the offset commit, which the runner may defer until after the next
///     batch's store): wait for them, and send the batch's messages again when some failed;
///   Maintain (after the contexts are produced): fold the batch's conversations over the
///     threshold (bounded) and purge expired rows now and then.
/// Prepare and ApplyEffects (runner's thread) may run while PublishContexts and Maintain of the
/// previous batch run on the post-store lane (see BatchRunner); AwaitContexts runs on the
/// runner's thread once the lane is done with that batch.
class MemoryStages final : public ContextSink {
 public:
  MemoryStages(MemoryStageDeps deps, MemoryStageOptions options, metrics::Registry& metrics);

  Result<Prepared> Prepare(const std::vector<const IntakeEvent*>& events) override;
  /// Writes what Prepare planned, inside the history transaction.
  static Status ApplyEffects(pg::Connection& connection, const Prepared& prepared);
  HistorySink::InTransaction EffectsOf(const Prepared& prepared) const override {
    return [&prepared](pg::Connection& connection) { return ApplyEffects(connection, prepared); };
  }
  /// Waits for the acknowledgements up to the publish timeout before sending again.
  Result<PendingContexts> PublishContexts(const std::vector<const IntakeEvent*>& events,
                                          const std::vector<const kafka::ConsumedMessage*>& sources,
                                          const std::vector<bool>& stored, const Written& written,
                                          const Prepared& prepared,
                                          const std::function<Status()>& before_send) override;
  Status AwaitContexts(PendingContexts& pending) override;
  void Maintain(const std::vector<const IntakeEvent*>& events, const Prepared& prepared) override;
  /// The next batch on the lane forgets every cached window first.
  void OnPartitionsRevoked() override { rebalances_.fetch_add(1); }

 private:
  /// Before the store: the stages' logging of what personalization ignored.
  void CountIgnoredLanguageCommands(const std::vector<const v1::ChatEvent*>& events,
                                    const PersonalizationResult& personal);
  /// Per event: whether it lies below its partition's answered position.
  Result<std::vector<bool>> Answered(const std::vector<const IntakeEvent*>& events);
  /// The proactive inputs (ProactiveInputsOf), the proactive snapshot, then the plan.
  Result<ProactivePlan> PlanProactiveStage(const std::vector<const IntakeEvent*>& events,
                                           const FeatureFlags& flags, Prepared& prepared);

  /// The batch's windows and summaries: from the window cache where it holds the conversation
  /// and this delivery inserted all of the batch's rows of it (WindowsFromCache); where it
  /// does not, but this delivery inserted them all, the batch's rows as written after what
  /// PostgreSQL holds before them (LoadWindowStarts); else from PostgreSQL (LoadHistory).
  /// Forgets the cache after a rebalance.
  Result<BatchWindows> LoadWindows(const std::vector<const v1::ChatEvent*>& events,
                                   const std::vector<bool>& stored, const Written& written,
                                   const std::vector<const v1::ChatEvent*>& user_events);
  /// Ranks the drafts' memories within the batch's budget (RecallWithinBudget), gives them to
  /// the drafts, and tells the metrics and the recall guard.
  void RecallMemories(ContextDrafts& drafts);
  /// Encodes the contexts, waits for `before_send`, then produces the contexts and the
  /// fleet's answers without waiting for their acknowledgements.
  Result<PendingContexts> SendContexts(const std::vector<const IntakeEvent*>& events,
                                       const std::vector<const kafka::ConsumedMessage*>& sources,
                                       const ContextTargets& targets, const ContextDrafts& drafts,
                                       const std::function<Status()>& before_send);
  std::vector<PendingContexts::Context> EncodeContexts(
      const std::vector<const IntakeEvent*>& events,
      const std::vector<const kafka::ConsumedMessage*>& sources, const ContextTargets& targets,
      const ContextDrafts& drafts);
  /// A context the broker refuses for good is dropped (counted); a retryable error is returned.
  Status ProduceContexts(std::vector<PendingContexts::Context> encoded, PendingContexts& pending);
  /// The fleet's own answers (/schedule …) to chat.outbound, under the contexts' tracker.
  Status ProduceReplies(const std::vector<const IntakeEvent*>& events,
                        const std::vector<const kafka::ConsumedMessage*>& sources,
                        const ContextTargets& targets, const ContextDrafts& drafts,
                        PendingContexts& pending);
  /// Produces all of `pending` again (same ids) under a fresh tracker.
  void ResendPending(PendingContexts& pending);

  /// Folds the conversations over the threshold (bounded by the compactor).
  void FoldConversations(const std::set<ConversationKey>& touched);
  void PurgeExpired();

  MemoryStageDeps deps_;
  MemoryStageOptions options_;
  std::chrono::steady_clock::time_point next_retention_;
  WindowCache windows_;
  std::atomic<std::uint64_t> rebalances_{0};
  std::uint64_t windows_rebalances_ = 0;  // the count `windows_` was filled under
  i18n::MessageCatalog catalog_;
  metrics::Counter& contexts_published_;
  metrics::Counter& already_answered_;
  metrics::Counter& contexts_dropped_;
  metrics::Counter& recall_timeouts_;
  metrics::Counter& recall_failures_;
  metrics::Histogram& recall_duration_;
  metrics::Counter& compactions_;
  metrics::Counter& events_folded_;
  metrics::Counter& compaction_failures_;
  metrics::Gauge& compaction_in_progress_;
  metrics::Counter& purged_;
  metrics::Counter& schedules_planned_;
  metrics::Counter& follow_ups_planned_;
  metrics::Counter& replies_published_;
  metrics::Counter& ignored_language_commands_;
  metrics::Histogram& prepare_duration_;
  metrics::Histogram& windows_duration_;
  metrics::Histogram& publish_duration_;
  metrics::Histogram& in_order_duration_;
  metrics::Histogram& acks_duration_;
  metrics::Histogram& maintain_duration_;
  metrics::Counter& recall_requests_;
  LexicalFallbackCounters lexical_fallbacks_;
  RecallGuardMonitor recall_guard_;
  /// Only the post-store lane ranks, one batch at a time.
  RecallPace recall_pace_;
};

}  // namespace chatfleet::workers
