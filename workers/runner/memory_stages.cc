#include "workers/runner/memory_stages.h"

#include "shared/core/clock.h"
#include "shared/log/logger.h"
#include "workers/context/batch_contexts.h"
#include "workers/context/context_encoder.h"
#include "workers/embeddings/embedding_jobs.h"
#include "workers/flags/stage_switches.h"
#include "workers/proactive/proactive_inputs.h"
#include "workers/recall/recall_merge.h"
#include "workers/recall/recall_passes.h"

namespace chatfleet::workers {
namespace {

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

metrics::Histogram& StageHistogram(metrics::Registry& metrics, const char* stage) {
  return metrics.AddHistogram("chatfleet_worker_stage_duration_seconds",
                              "Time per batch in each memory stage (prepare: snapshot and "
                              "personalization; windows; publish: assemble and produce "
                              "chat.context; in_order: the lane's contexts held until the "
                              "previous batch's are acknowledged; acks: the runner blocked on "
                              "their acknowledgement; "
                              "maintain: compression and retention)",
                              metrics::LatencyBuckets(), {{"stage", stage}});
}

constexpr const char* kRecallFallbacksHelp =
    "Contexts sent without memories: ranking ran over its budget (timeout) or failed (error)";

std::vector<const v1::ChatEvent*> ChatEventsOf(const std::vector<const IntakeEvent*>& events) {
  std::vector<const v1::ChatEvent*> chat_events;
  chat_events.reserve(events.size());
  for (const auto* event : events) chat_events.push_back(&event->event);
  return chat_events;
}

/// The conversations compression is on for that the batch touched.
std::set<ConversationKey> ConversationsToFold(const std::vector<const IntakeEvent*>& events,
                                              const std::vector<bool>& compression_on) {
  std::set<ConversationKey> touched;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (compression_on[i]) touched.insert(ConversationKeyOf(events[i]->event));
  }
  return touched;
}

}  // namespace

MemoryStages::MemoryStages(MemoryStageDeps deps, MemoryStageOptions options,
                           metrics::Registry& metrics)
    : deps_(deps),
      options_(std::move(options)),
      next_retention_(std::chrono::steady_clock::now()),
      windows_(options_.window_cache_conversations, options_.history.max_messages,
               options_.window_cache_bytes),
      catalog_([&missing = metrics.AddCounter(
                    "chatfleet_i18n_missing_translations_total",
                    "Messages written in English because the user's language lacked the text")](
                   std::string_view, i18n::MessageId) { missing.Inc(); }),
      contexts_published_(
          metrics.AddCounter("chatfleet_worker_contexts_published_total",
                             "ConversationContext messages acknowledged on chat.context")),
      already_answered_(metrics.AddCounter(
          "chatfleet_worker_messages_already_answered_total",
          "Re-read messages whose context and answers had been acknowledged already: not sent "
          "again, no proactive effects")),
      contexts_dropped_(
          metrics.AddCounter("chatfleet_worker_contexts_dropped_total",
                             "Contexts the broker refused for good (e.g. too large)")),
      recall_timeouts_(metrics.AddCounter("chatfleet_worker_recall_fallbacks_total",
                                          kRecallFallbacksHelp, {{"reason", "timeout"}})),
      recall_failures_(metrics.AddCounter("chatfleet_worker_recall_fallbacks_total",
                                          kRecallFallbacksHelp, {{"reason", "error"}})),
      recall_duration_(metrics.AddHistogram("chatfleet_worker_recall_duration_seconds",
                                            "Time to rank the memories of one batch",
                                            metrics::LatencyBuckets())),
      compactions_(metrics.AddCounter("chatfleet_worker_compactions_total",
                                      "Conversations folded into their summary")),
      events_folded_(metrics.AddCounter("chatfleet_worker_events_folded_total",
                                        "Events folded into conversation summaries")),
      compaction_failures_(metrics.AddCounter("chatfleet_worker_compaction_failures_total",
                                              "Folds that failed (retried after a later message)")),
      compaction_in_progress_(metrics.AddGauge("chatfleet_worker_compaction_in_progress",
                                               "1 while a conversation is being folded")),
      purged_(metrics.AddCounter("chatfleet_worker_retention_purged_total",
                                 "History rows deleted by the retention TTL")),
      schedules_planned_(metrics.AddCounter("chatfleet_worker_meetings_scheduled_total",
                                            "Meetings extracted from messages and scheduled with "
                                            "their reminders (a repeated mention counts again)")),
      follow_ups_planned_(metrics.AddCounter("chatfleet_worker_follow_ups_scheduled_total",
                                             "Follow-ups scheduled for conversations left open")),
      replies_published_(metrics.AddCounter("chatfleet_worker_outbound_published_total",
                                            "The fleet's own answers (/schedule) acknowledged "
                                            "on chat.outbound")),
      ignored_language_commands_(metrics.AddCounter(
          "chatfleet_worker_language_commands_ignored_total",
          "/language commands naming no supported language (en, ru, es, pt, he, auto)")),
      prepare_duration_(StageHistogram(metrics, "prepare")),
      windows_duration_(StageHistogram(metrics, "windows")),
      publish_duration_(StageHistogram(metrics, "publish")),
      in_order_duration_(StageHistogram(metrics, "in_order")),
      acks_duration_(StageHistogram(metrics, "acks")),
      maintain_duration_(StageHistogram(metrics, "maintain")),
      recall_requests_(metrics.AddCounter("chatfleet_worker_recall_requests_total",
                                          "Contexts that asked recall for memories (the "
                                          "denominator of the fallbacks' rate)")),
      lexical_fallbacks_(metrics),
      recall_guard_(options_.recall_guard, metrics) {}

Result<MemoryStages::Prepared> MemoryStages::Prepare(
    const std::vector<const IntakeEvent*>& events) {
  const auto started = std::chrono::steady_clock::now();
  const std::vector<const v1::ChatEvent*> chat_events = ChatEventsOf(events);
  auto snapshot = deps_.store.Load(chat_events);
  if (!snapshot) return Fail(snapshot.error());
  const FeatureFlags flags(options_.flags, snapshot->flag_overrides);
  Prepared prepared;
  auto answered = Answered(events);
  if (!answered) return Fail(answered.error());
  prepared.answered = std::move(*answered);
  StageSwitches on = SwitchStages(chat_events, flags, [this](const std::string& tenant) {
    return recall_guard_.Admit(tenant);
  });
  prepared.recall_on = std::move(on.recall);
  prepared.compression_on = std::move(on.compression);
  prepared.searchable = std::move(on.searchable);
  prepared.disabled = std::move(on.disabled);
  // A profile this batch creates shows the time it is written with (user_profiles.created_at).
  snapshot->personalization.now = FormatRfc3339Utc(std::chrono::system_clock::now());
  prepared.personal = Personalize(chat_events, on.personalization, snapshot->personalization,
                                  options_.personalization);
  CountIgnoredLanguageCommands(chat_events, prepared.personal);
  if (deps_.proactive != nullptr) {
    auto planned = PlanProactiveStage(events, flags, prepared);
    if (!planned) return Fail(planned.error());
    prepared.proactive = std::move(*planned);
  }
  prepare_duration_.Observe(SecondsSince(started));
  return prepared;
}

void MemoryStages::CountIgnoredLanguageCommands(const std::vector<const v1::ChatEvent*>& events,
                                                const PersonalizationResult& personal) {
  for (const auto& ignored : personal.ignored_language_commands) {
    ignored_language_commands_.Inc();
    const v1::ChatEvent& event = *events[ignored.index];
    log::Warn("/language names no language the fleet writes in; ignored",
              {{"language", ignored.language.substr(0, 32)},
               {"supported", "en ru es pt he auto"},
               {"tenant", event.tenant()},
               {"event_id", event.event_id()}});
  }
}

Result<std::vector<bool>> MemoryStages::Answered(const std::vector<const IntakeEvent*>& events) {
  std::vector<bool> answered(events.size(), false);
  if (deps_.answered == nullptr) return answered;
  std::set<kafka::TopicPartition> partitions;
  for (const auto* event : events) partitions.insert({event->topic, event->partition});
  auto positions = deps_.answered->Load(partitions);
  if (!positions) return Fail(positions.error());
  std::size_t count = 0;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto position = positions->find({events[i]->topic, events[i]->partition});
    answered[i] = position != positions->end() && events[i]->offset < position->second;
    count += answered[i] ? 1 : 0;
  }
  already_answered_.Inc(static_cast<double>(count));
  return answered;
}

Result<ProactivePlan> MemoryStages::PlanProactiveStage(
    const std::vector<const IntakeEvent*>& events, const FeatureFlags& flags, Prepared& prepared) {
  ProactiveInputs planned = ProactiveInputsOf(events, flags, prepared.answered, prepared.personal,
                                              options_.personalization);
  for (const std::size_t i : planned.switched_off) prepared.disabled[i].push_back("proactive");
  auto snapshot =
      deps_.proactive->Load(planned.inputs, options_.proactive.schedule_across_platforms);
  if (!snapshot) return Fail(snapshot.error());
  return PlanProactive(planned.inputs, *snapshot, options_.proactive, catalog_);
}

Status MemoryStages::ApplyEffects(pg::Connection& connection, const Prepared& prepared) {
  if (auto done = MemoryStore::ApplyEffects(connection, prepared.personal.effects); !done) {
    return done;
  }
  if (prepared.proactive.effects.empty()) return {};
  return ProactiveStore::Apply(connection, prepared.proactive.effects);
}

Result<MemoryStages::PendingContexts> MemoryStages::PublishContexts(
    const std::vector<const IntakeEvent*>& events,
    const std::vector<const kafka::ConsumedMessage*>& sources, const std::vector<bool>& stored,
    const Written& written, const Prepared& prepared, const std::function<Status()>& before_send) {
  // Everything from here on runs once the batch's history is stored (and committed).
  // Never blocks: the indexer's own thread embeds them, off the batch's path (a repeated
  // attempt of this batch hands them over again, and they are written once).
  if (deps_.indexer != nullptr) deps_.indexer->Enqueue(EmbeddingJobsOf(written));
  const std::vector<const v1::ChatEvent*> chat_events = ChatEventsOf(events);
  const ContextTargets targets = SelectContextTargets(chat_events, stored, prepared.answered);
  // A batch without a person's message still moves the cached windows of its conversations.
  if (targets.empty() && !windows_.enabled()) return PendingContexts{};
  const auto windows_started = std::chrono::steady_clock::now();
  auto loaded = LoadWindows(chat_events, stored, written, targets.events);
  if (!loaded) return Fail(loaded.error());
  windows_duration_.Observe(SecondsSince(windows_started));
  if (targets.empty()) {
    RememberWindows(*loaded, windows_);
    return PendingContexts{};
  }
  ContextDrafts drafts = DraftContexts(
      chat_events, targets, loaded->history,
      {prepared.personal, prepared.proactive.outcomes, prepared.recall_on, prepared.disabled},
      options_.history);
  RecallMemories(drafts);
  auto pending = SendContexts(events, sources, targets, drafts, before_send);
  if (!pending) return Fail(pending.error());
  // Only now: a failed attempt is repeated from the same cache (it must not see its own rows).
  RememberWindows(*loaded, windows_);
  return pending;
}

Result<BatchWindows> MemoryStages::LoadWindows(
    const std::vector<const v1::ChatEvent*>& events, const std::vector<bool>& stored,
    const Written& written, const std::vector<const v1::ChatEvent*>& user_events) {
  if (const std::uint64_t rebalances = rebalances_.load(); rebalances != windows_rebalances_) {
    windows_.Clear();
    windows_rebalances_ = rebalances;
  }
  if (!windows_.enabled() || written.ids.size() != events.size()) {
    windows_.Clear();
    if (user_events.empty()) return BatchWindows{};
    auto loaded = deps_.history.LoadHistory(user_events, options_.history.max_messages);
    if (!loaded) return Fail(loaded.error());
    return BatchWindows{std::move(*loaded), {}};
  }
  CachedWindows cached = WindowsFromCache(events, stored, written, user_events, windows_);
  if (!cached.to_prepend.empty()) {
    auto loaded = deps_.history.LoadWindowStarts(cached.to_prepend, options_.history.max_messages);
    if (!loaded) return Fail(loaded.error());
    PrependLoadedWindows(std::move(*loaded), cached.windows.history);
  }
  if (!cached.to_load.empty()) {
    auto loaded = deps_.history.LoadHistory(cached.to_load, options_.history.max_messages);
    if (!loaded) return Fail(loaded.error());
    AddLoadedWindows(std::move(*loaded), cached.windows.history);
  }
  return std::move(cached.windows);
}

void MemoryStages::RecallMemories(ContextDrafts& drafts) {
  if (drafts.queries.empty()) return;
  // At most two rankings per conversation (and language) of the batch, not one per message.
  const MergedRecallQueries merged = MergeRecallQueries(drafts.queries);
  const auto started = std::chrono::steady_clock::now();
  const BatchRecall recalled = RecallWithinBudget(
      merged, deps_.recall.options().budget,
      [this](const std::vector<RecallQuery>& pass, std::chrono::milliseconds left) {
        RecallResult result = deps_.recall.Recall(pass, left);
        lexical_fallbacks_.Count(result.lexical_fallbacks);
        return result;
      },
      &recall_pace_);
  const auto ranked = std::chrono::steady_clock::now() - started;
  recall_duration_.Observe(std::chrono::duration<double>(ranked).count());
  const RecallCount count = ApplyRecall(merged, recalled, drafts);
  recall_timeouts_.Inc(static_cast<double>(count.timed_out));
  recall_failures_.Inc(static_cast<double>(count.failed));
  recall_requests_.Inc(static_cast<double>(drafts.queries.size()));
  // The batch's ranking time is every tenant's in it.
  recall_guard_.Observe(count.tally, ranked);
}

Result<MemoryStages::PendingContexts> MemoryStages::SendContexts(
    const std::vector<const IntakeEvent*>& events,
    const std::vector<const kafka::ConsumedMessage*>& sources, const ContextTargets& targets,
    const ContextDrafts& drafts, const std::function<Status()>& before_send) {
  const auto started = std::chrono::steady_clock::now();
  std::vector<PendingContexts::Context> encoded = EncodeContexts(events, sources, targets, drafts);
  // Everything above overlapped the previous batch's acknowledgements; sending waits for them.
  double held = 0;
  if (before_send) {
    const auto holding = std::chrono::steady_clock::now();
    auto ready = before_send();
    held = SecondsSince(holding);
    in_order_duration_.Observe(held);
    if (!ready) return Fail(ready.error());
  }
  PendingContexts pending;
  if (auto sent = ProduceContexts(std::move(encoded), pending); !sent) return Fail(sent.error());
  if (auto sent = ProduceReplies(events, sources, targets, drafts, pending); !sent) {
    return Fail(sent.error());
  }
  publish_duration_.Observe(SecondsSince(started) - held);
  return pending;
}

std::vector<MemoryStages::PendingContexts::Context> MemoryStages::EncodeContexts(
    const std::vector<const IntakeEvent*>& events,
    const std::vector<const kafka::ConsumedMessage*>& sources, const ContextTargets& targets,
    const ContextDrafts& drafts) {
  const auto now = std::chrono::system_clock::now();
  std::vector<PendingContexts::Context> encoded;
  encoded.reserve(targets.indexes.size());
  ContextEncoder encoder;  // points into this batch's windows
  for (std::size_t u = 0; u < targets.indexes.size(); ++u) {
    const std::size_t i = targets.indexes[u];
    encoded.push_back({deps_.contexts.Record(encoder.Encode(drafts.parts[u], now), events[i]->event,
                                             sources[i]->key, events[i]->trace),
                       events[i]->event.event_id()});
  }
  return encoded;
}

Status MemoryStages::ProduceContexts(std::vector<PendingContexts::Context> encoded,
                                     PendingContexts& pending) {
  pending.contexts.reserve(encoded.size());
  for (auto& out : encoded) {
    if (auto published = deps_.contexts.Send(out.record, pending.acks); !published) {
      if (published.error().retryable()) return Fail(published.error());
      // A context the broker can never take (too large …): drop it, keep the partition moving.
      ++pending.dropped;
      log::Error("context dropped",
                 {{"event_id", out.event_id}, {"error", published.error().message}});
      continue;
    }
    pending.contexts.push_back(std::move(out));
  }
  return {};
}

Status MemoryStages::ProduceReplies(const std::vector<const IntakeEvent*>& events,
                                    const std::vector<const kafka::ConsumedMessage*>& sources,
                                    const ContextTargets& targets, const ContextDrafts& drafts,
                                    PendingContexts& pending) {
  if (deps_.outbound == nullptr) return {};
  for (std::size_t u = 0; u < targets.indexes.size(); ++u) {
    const ProactiveOutcome* proactive = drafts.parts[u].proactive;
    if (proactive == nullptr || !proactive->reply) continue;
    const std::size_t i = targets.indexes[u];
    PendingContexts::Reply reply{*proactive->reply, sources[i]->key, events[i]->trace};
    if (auto published =
            deps_.outbound->Publish(reply.message, reply.key, reply.trace, pending.acks);
        !published) {
      if (published.error().retryable()) return Fail(published.error());
      log::Error("outbound reply dropped",
                 {{"outbound_id", reply.message.id()}, {"error", published.error().message}});
      continue;
    }
    pending.replies.push_back(std::move(reply));
  }
  return {};
}

Status MemoryStages::AwaitContexts(PendingContexts& pending) {
  const auto started = std::chrono::steady_clock::now();
  auto acked = pending.acks.Wait(options_.publish_timeout);
  acks_duration_.Observe(SecondsSince(started));
  if (acked) {
    contexts_dropped_.Inc(static_cast<double>(pending.dropped));
    contexts_published_.Inc(static_cast<double>(pending.contexts.size()));
    replies_published_.Inc(static_cast<double>(pending.replies.size()));
    return {};
  }
  // Send the whole batch again (same ids): the caller retries the wait for this second send.
  ResendPending(pending);
  return Fail(acked.error());
}

void MemoryStages::ResendPending(PendingContexts& pending) {
  pending.acks = kafka::DeliveryTracker();
  std::vector<PendingContexts::Context> kept;
  kept.reserve(pending.contexts.size());
  for (auto& out : pending.contexts) {
    auto published = deps_.contexts.Send(out.record, pending.acks);
    if (!published && !published.error().retryable()) {
      ++pending.dropped;
      log::Error("context dropped",
                 {{"event_id", out.event_id}, {"error", published.error().message}});
      continue;
    }
    // Not even queued (queue full …): counted as failed, so the next wait sends it again.
    if (!published) pending.acks.Track()(published);
    kept.push_back(std::move(out));
  }
  pending.contexts = std::move(kept);
  for (const auto& reply : pending.replies) {
    // A reply the broker refused for good was dropped on the first send; these were queued.
    auto published = deps_.outbound->Publish(reply.message, reply.key, reply.trace, pending.acks);
    if (!published) pending.acks.Track()(published);
  }
}

void MemoryStages::Maintain(const std::vector<const IntakeEvent*>& events,
                            const Prepared& prepared) {
  const auto started = std::chrono::steady_clock::now();
  schedules_planned_.Inc(static_cast<double>(prepared.proactive.effects.schedules.size()));
  follow_ups_planned_.Inc(static_cast<double>(prepared.proactive.effects.follow_ups.size()));
  FoldConversations(ConversationsToFold(events, prepared.compression_on));
  maintain_duration_.Observe(SecondsSince(started));
  if (std::chrono::steady_clock::now() < next_retention_) return;
  next_retention_ = std::chrono::steady_clock::now() + options_.retention_interval;
  PurgeExpired();
}

void MemoryStages::FoldConversations(const std::set<ConversationKey>& touched) {
  auto candidates = deps_.compactor.Candidates(touched);
  if (!candidates) {
    compaction_failures_.Inc();
    log::Warn("compaction candidates not read", {{"error", candidates.error().message}});
    return;
  }
  for (const auto& key : *candidates) {
    compaction_in_progress_.Set(1);
    auto folded = deps_.compactor.Compact(key);
    compaction_in_progress_.Set(0);
    if (!folded) {
      compaction_failures_.Inc();
      log::Warn("compaction failed",
                {{"conversation", key.conversation_id}, {"error", folded.error().message}});
      continue;
    }
    if (*folded > 0) {
      windows_.Forget(key);  // rows left the verbatim window, the summary changed
      compactions_.Inc();
      events_folded_.Inc(static_cast<double>(*folded));
    }
  }
}

void MemoryStages::PurgeExpired() {
  auto purged = deps_.compactor.PurgeExpired(options_.retention_ttl, options_.retention_batch);
  if (!purged) {
    log::Warn("retention purge failed", {{"error", purged.error().message}});
    return;
  }
  if (*purged > 0) windows_.Clear();
  purged_.Inc(static_cast<double>(*purged));
}

}  // namespace chatfleet::workers
