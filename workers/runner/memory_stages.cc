#include "workers/runner/memory_stages.h"

#include <algorithm>

#include "shared/core/clock.h"
#include "shared/log/logger.h"
#include "workers/context/context_assembler.h"
#include "workers/context/context_encoder.h"
#include "workers/memory/history_row.h"
#include "workers/recall/recall_merge.h"

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

// Below this much of the ranking budget left, the second pass is not started.
constexpr std::chrono::milliseconds kSmallestRecallPass{10};

bool IsPerson(const v1::ChatEvent& event) {
  return event.role() == v1::ROLE_USER && !event.sender().is_bot();
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
      recall_guard_(options_.recall_guard, metrics) {}

Result<MemoryStages::Prepared> MemoryStages::Prepare(
    const std::vector<const IntakeEvent*>& events) {
  const auto started = std::chrono::steady_clock::now();
  std::vector<const v1::ChatEvent*> chat_events;
  chat_events.reserve(events.size());
  for (const auto* event : events) chat_events.push_back(&event->event);
  auto snapshot = deps_.store.Load(chat_events, true);
  if (!snapshot) return Fail(snapshot.error());
  const FeatureFlags flags(options_.flags, snapshot->flag_overrides);
  Prepared prepared;
  auto answered = Answered(events);
  if (!answered) return Fail(answered.error());
  prepared.answered = std::move(*answered);
  std::vector<bool> personal_on(events.size());
  prepared.recall_on.resize(events.size());
  prepared.compression_on.resize(events.size());
  prepared.disabled.resize(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    const v1::ChatEvent& event = *chat_events[i];
    const std::string& user = event.sender().user_id();
    personal_on[i] = flags.Enabled(Feature::kPersonalization, event.tenant(), user);
    prepared.recall_on[i] = flags.Enabled(Feature::kRecall, event.tenant(), user) &&
                            recall_guard_.Admit(event.tenant());
    // Compression acts on a whole conversation, so its rollout is by conversation.
    prepared.compression_on[i] =
        flags.Enabled(Feature::kCompression, event.tenant(), event.conversation().id());
    if (!personal_on[i]) prepared.disabled[i].push_back("personalization");
    if (!prepared.recall_on[i]) prepared.disabled[i].push_back("recall");
    if (!prepared.compression_on[i]) prepared.disabled[i].push_back("compression");
  }
  // A profile this batch creates shows the time it is written with (user_profiles.created_at).
  snapshot->personalization.now = FormatRfc3339Utc(std::chrono::system_clock::now());
  prepared.personal =
      Personalize(chat_events, personal_on, snapshot->personalization, options_.personalization);
  for (const auto& ignored : prepared.personal.ignored_language_commands) {
    ignored_language_commands_.Inc();
    const v1::ChatEvent& event = *chat_events[ignored.index];
    log::Warn("/language names no language the fleet writes in; ignored",
              {{"language", ignored.language.substr(0, 32)},
               {"supported", "en ru es pt he auto"},
               {"tenant", event.tenant()},
               {"event_id", event.event_id()}});
  }
  if (deps_.proactive != nullptr) {
    auto planned = PlanProactiveStage(events, flags, prepared);
    if (!planned) return Fail(planned.error());
    prepared.proactive = std::move(*planned);
  }
  prepare_duration_.Observe(SecondsSince(started));
  return prepared;
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
  std::vector<ProactiveInput> inputs(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    const v1::ChatEvent& event = events[i]->event;
    ProactiveInput& input = inputs[i];
    input.event = &event;
    if (!IsPerson(event)) continue;
    if (prepared.answered[i]) {
      input.enabled = false;  // its effects were written with its first delivery
      continue;
    }
    input.enabled = flags.Enabled(Feature::kProactive, event.tenant(), event.sender().user_id());
    if (!input.enabled) {
      prepared.disabled[i].push_back("proactive");
      continue;
    }
    const auto& personal = prepared.personal.events[i];
    input.language =
        personal ? personal->language.language
                 : prepared.personal.row_languages[i].value_or(options_.personalization.language);
    input.timezone = personal && !personal->profile.timezone.empty()
                         ? personal->profile.timezone
                         : options_.personalization.timezone;
    input.partition = events[i]->partition;
    input.offset = events[i]->offset;
    input.traceparent = events[i]->trace.Traceparent();
  }
  auto snapshot = deps_.proactive->Load(inputs, options_.proactive.schedule_across_platforms);
  if (!snapshot) return Fail(snapshot.error());
  ProactivePlan plan = PlanProactive(inputs, *snapshot, options_.proactive, catalog_);
  return plan;
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
  PendingContexts pending;
  std::vector<std::size_t> users;
  std::vector<const v1::ChatEvent*> user_events;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const bool answered = i < prepared.answered.size() && prepared.answered[i];
    if (!stored[i] || !IsPerson(events[i]->event) || answered) continue;
    users.push_back(i);
    user_events.push_back(&events[i]->event);
  }
  // A batch without a person's message still moves the cached windows of its conversations.
  if (users.empty() && !windows_.enabled()) return pending;
  const auto windows_started = std::chrono::steady_clock::now();
  auto loaded = LoadWindows(events, stored, written, user_events);
  if (!loaded) return Fail(loaded.error());
  const ConversationWindows& windows = loaded->history.windows;
  windows_duration_.Observe(SecondsSince(windows_started));
  if (users.empty()) {
    RememberWindows(*loaded);
    return pending;
  }

  // Render each message's history from its sender's point of view.
  std::vector<ContextParts> parts(users.size());
  std::vector<RecallQuery> queries;
  std::vector<std::size_t> query_owner;
  for (std::size_t u = 0; u < users.size(); ++u) {
    const std::size_t i = users[u];
    const v1::ChatEvent& event = events[i]->event;
    const ConversationKey key = ConversationKeyOf(event);
    std::span<const StoredMessage> history;  // a view into `windows`, which outlives `parts`
    if (auto window = windows.find(key); window != windows.end()) {
      history = HistoryViewUpTo(window->second, event.platform_message_id());
    }
    ContextParts& part = parts[u];
    part.event = &event;
    part.history =
        RenderHistory(history, event.sender().user_id(),
                      event.conversation().kind() == v1::CONVERSATION_KIND_GROUP, options_.history);
    if (auto summary = loaded->history.summaries.find(key);
        summary != loaded->history.summaries.end()) {
      part.summary = summary->second;
    }
    if (prepared.personal.events[i]) part.personal = &*prepared.personal.events[i];
    if (i < prepared.proactive.outcomes.size() && prepared.proactive.outcomes[i]) {
      part.proactive = &*prepared.proactive.outcomes[i];
    }
    part.disabled_stages = prepared.disabled[i];
    if (!prepared.recall_on[i]) {
      part.recall_status = v1::RECALL_STATUS_DISABLED;
      continue;
    }
    part.recall_status = v1::RECALL_STATUS_OK;
    if (part.history.empty()) continue;
    const auto& language = prepared.personal.row_languages[i];
    queries.push_back(
        RecallQuery{key, language.value_or(""), event.text(), part.history.front().message->id});
    query_owner.push_back(u);
  }

  if (!queries.empty()) {
    // At most two rankings per conversation (and language) of the batch, not one per message,
    // in two passes within the one budget: each conversation's newest message first (the one a
    // bot answers), then the shared rankings of the earlier messages of bursts with what is
    // left. Under a backlog it is the second pass that runs out, not the answers' memories.
    const MergedRecallQueries merged = MergeRecallQueries(queries);
    const auto started = std::chrono::steady_clock::now();
    const std::chrono::milliseconds budget = deps_.recall.options().budget;
    std::vector<std::vector<RecalledMemory>> memories(merged.queries.size());
    std::vector<v1::RecallStatus> status(merged.queries.size(), v1::RECALL_STATUS_OK);
    std::optional<double> seconds_per_ranking;  // measured on the first pass
    for (const bool newest : {true, false}) {
      std::vector<RecallQuery> pass;
      std::vector<std::size_t> index;
      for (std::size_t m = 0; m < merged.queries.size(); ++m) {
        if (merged.newest[m] != newest) continue;
        pass.push_back(merged.queries[m]);
        index.push_back(m);
      }
      if (pass.empty()) continue;
      const auto left = budget - (std::chrono::steady_clock::now() - started);
      const std::size_t affordable =
          left < kSmallestRecallPass ? 0
                                     : AffordableRankings(pass.size(), left, seconds_per_ranking);
      pass.resize(affordable);
      RecallResult recalled;
      if (pass.empty()) {
        recalled.outcome = RecallOutcome::kTimedOut;
        recalled.error = "the batch's ranking budget is spent";
      } else {
        const auto pass_started = std::chrono::steady_clock::now();
        recalled =
            deps_.recall.Recall(pass, std::chrono::duration_cast<std::chrono::milliseconds>(left));
        if (recalled.outcome == RecallOutcome::kOk) {
          seconds_per_ranking = SecondsSince(pass_started) / static_cast<double>(pass.size());
        }
      }
      std::size_t k = 0;
      if (recalled.outcome == RecallOutcome::kOk) {
        for (; k < pass.size(); ++k) memories[index[k]] = recalled.memories[k];
      }
      if (k == index.size()) continue;
      // These contexts go out without memories rather than late.
      log::Warn("recall skipped",
                {{"error", recalled.outcome == RecallOutcome::kOk
                               ? std::string("the rest of the batch's ranking budget fits fewer")
                               : recalled.error},
                 {"pass", newest ? "newest messages" : "earlier messages"},
                 {"rankings", static_cast<std::int64_t>(index.size() - k)}});
      for (; k < index.size(); ++k) {
        status[index[k]] = recalled.outcome == RecallOutcome::kFailed ? v1::RECALL_STATUS_FAILED
                                                                      : v1::RECALL_STATUS_TIMED_OUT;
      }
    }
    const auto ranked = std::chrono::steady_clock::now() - started;
    recall_duration_.Observe(std::chrono::duration<double>(ranked).count());
    // Each context's outcome is its tenant's; the batch's ranking time is every tenant's in it.
    RecallTally tally;
    for (std::size_t q = 0; q < queries.size(); ++q) {
      ContextParts& part = parts[query_owner[q]];
      part.memories = memories[merged.merged_of[q]];
      part.recall_status = status[merged.merged_of[q]];
      if (part.recall_status == v1::RECALL_STATUS_TIMED_OUT) recall_timeouts_.Inc();
      if (part.recall_status == v1::RECALL_STATUS_FAILED) recall_failures_.Inc();
      tally.Add(part.event->tenant(), part.recall_status != v1::RECALL_STATUS_OK);
    }
    recall_requests_.Inc(static_cast<double>(queries.size()));
    recall_guard_.Observe(tally, ranked);
  }

  const auto publish_started = std::chrono::steady_clock::now();
  const auto now = std::chrono::system_clock::now();
  std::vector<PendingContexts::Context> assembled;
  assembled.reserve(users.size());
  ContextEncoder encoder;  // points into this batch's windows
  for (std::size_t u = 0; u < users.size(); ++u) {
    const std::size_t i = users[u];
    assembled.push_back({deps_.contexts.Record(encoder.Encode(parts[u], now), events[i]->event,
                                               sources[i]->key, events[i]->trace),
                         events[i]->event.event_id()});
  }
  // Everything above overlapped the previous batch's acknowledgements; sending waits for them.
  double held = 0;
  if (before_send) {
    const auto holding = std::chrono::steady_clock::now();
    auto ready = before_send();
    held = SecondsSince(holding);
    in_order_duration_.Observe(held);
    if (!ready) return Fail(ready.error());
  }
  pending.contexts.reserve(assembled.size());
  for (auto& out : assembled) {
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
  for (std::size_t u = 0; u < users.size() && deps_.outbound != nullptr; ++u) {
    if (parts[u].proactive == nullptr || !parts[u].proactive->reply) continue;
    const std::size_t i = users[u];
    PendingContexts::Reply reply{*parts[u].proactive->reply, sources[i]->key, events[i]->trace};
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
  publish_duration_.Observe(SecondsSince(publish_started) - held);
  // Only now: a failed attempt is repeated from the same cache (it must not see its own rows).
  RememberWindows(*loaded);
  return pending;
}

Result<MemoryStages::BatchWindows> MemoryStages::LoadWindows(
    const std::vector<const IntakeEvent*>& events, const std::vector<bool>& stored,
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
  std::map<ConversationKey, std::vector<std::size_t>> batch_rows;  // in batch order
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (stored[i]) batch_rows[ConversationKeyOf(events[i]->event)].push_back(i);
  }
  BatchWindows result;
  ConversationHistory& history = result.history;
  std::set<ConversationKey> missed;
  for (const auto& [key, rows] : batch_rows) {
    const WindowCache::Entry* cached = windows_.Find(key);
    // A row this delivery did not insert (redelivered, edited, repeated) may differ from what
    // the cache would add: read the conversation from PostgreSQL.
    const bool all_inserted =
        std::all_of(rows.begin(), rows.end(), [&](std::size_t i) { return written.ids[i] != 0; });
    if (all_inserted) result.newest.insert(key);
    if (cached == nullptr || !all_inserted) {
      windows_.Forget(key);
      missed.insert(key);
      continue;
    }
    std::vector<StoredMessage>& window = history.windows[key];
    window.reserve(cached->newest.size() + rows.size());
    window = cached->newest;
    for (std::size_t i : rows) {
      window.push_back(
          ToStoredMessage(written.rows[i], events[i]->event.sent_at(), written.ids[i]));
    }
    if (!cached->summary.empty()) history.summaries[key] = cached->summary;
  }
  // Every stored row of a missed conversation, so that the window read reaches its last row
  // (and the cache holds it), not only its last user message.
  std::vector<const v1::ChatEvent*> to_load;
  std::set<ConversationKey> with_users;
  for (const auto* event : user_events) with_users.insert(ConversationKeyOf(*event));
  for (std::size_t i = 0; i < events.size(); ++i) {
    const ConversationKey key = ConversationKeyOf(events[i]->event);
    if (stored[i] && missed.contains(key) && with_users.contains(key)) {
      to_load.push_back(&events[i]->event);
    }
  }
  if (!to_load.empty()) {
    auto loaded = deps_.history.LoadHistory(to_load, options_.history.max_messages);
    if (!loaded) return Fail(loaded.error());
    for (auto& [key, window] : loaded->windows) history.windows[key] = std::move(window);
    for (auto& [key, summary] : loaded->summaries) history.summaries[key] = std::move(summary);
  }
  return result;
}

void MemoryStages::RememberWindows(const BatchWindows& windows) {
  const ConversationHistory& history = windows.history;
  for (const auto& key : windows.newest) {
    const auto window = history.windows.find(key);
    if (window == history.windows.end()) continue;
    const auto summary = history.summaries.find(key);
    windows_.Put(key, window->second, summary == history.summaries.end() ? "" : summary->second);
  }
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
  return Fail(acked.error());
}

void MemoryStages::Maintain(const std::vector<const IntakeEvent*>& events,
                            const Prepared& prepared) {
  const auto started = std::chrono::steady_clock::now();
  schedules_planned_.Inc(static_cast<double>(prepared.proactive.effects.schedules.size()));
  follow_ups_planned_.Inc(static_cast<double>(prepared.proactive.effects.follow_ups.size()));
  std::set<ConversationKey> touched;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (prepared.compression_on[i]) touched.insert(ConversationKeyOf(events[i]->event));
  }
  if (auto candidates = deps_.compactor.Candidates(touched); !candidates) {
    compaction_failures_.Inc();
    log::Warn("compaction candidates not read", {{"error", candidates.error().message}});
  } else {
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
  maintain_duration_.Observe(SecondsSince(started));
  if (std::chrono::steady_clock::now() < next_retention_) return;
  next_retention_ = std::chrono::steady_clock::now() + options_.retention_interval;
  if (auto purged = deps_.compactor.PurgeExpired(options_.retention_ttl, options_.retention_batch);
      !purged) {
    log::Warn("retention purge failed", {{"error", purged.error().message}});
  } else {
    if (*purged > 0) windows_.Clear();
    purged_.Inc(static_cast<double>(*purged));
  }
}

}  // namespace chatfleet::workers
