#include "workers/runner/batch_runner.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <future>
#include <memory>
#include <set>
#include <variant>

#include "shared/core/clock.h"
#include "shared/log/logger.h"
#include "shared/trace/attributes.h"
#include "shared/trace/messaging_spans.h"
#include "workers/intake/event_intake.h"

namespace chatfleet::workers {
namespace {

double SecondsSinceReceived(const v1::ChatEvent& event) {
  const auto now_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  const auto received_ns =
      google::protobuf::util::TimeUtil::TimestampToNanoseconds(event.received_at());
  return static_cast<double>(now_ns - received_ns) / 1e9;
}

std::vector<double> BatchSizeBuckets() { return {1, 10, 50, 100, 250, 500, 1000, 2000, 5000}; }

/// Where a batch starts and ends in each partition: `starts` to read it again, `next` (the
/// offset after its last event) to commit it.
struct BatchOffsets {
  std::vector<kafka::PartitionOffset> starts;
  std::vector<kafka::PartitionOffset> next;
};

BatchOffsets OffsetsOf(const std::vector<kafka::ConsumedMessage>& batch) {
  std::map<kafka::TopicPartition, std::pair<std::int64_t, std::int64_t>> spans;
  for (const auto& message : batch) {
    auto& [first, next] =
        spans.try_emplace({message.topic, message.partition}, message.offset, message.offset + 1)
            .first->second;
    first = std::min(first, message.offset);
    next = std::max(next, message.offset + 1);
  }
  BatchOffsets offsets;
  for (const auto& [partition, span] : spans) {
    offsets.starts.push_back({partition.topic, partition.partition, span.first});
    offsets.next.push_back({partition.topic, partition.partition, span.second});
  }
  return offsets;
}

}  // namespace

BatchRunner::BatchRunner(RunnerDeps deps, metrics::Registry& metrics, RunnerOptions options,
                         trace::Tracer* tracer)
    : source_(deps.source),
      history_(deps.history),
      dead_letters_(deps.dead_letters),
      contexts_(deps.contexts),
      answered_(deps.answered),
      options_(std::move(options)),
      tracer_(tracer != nullptr ? *tracer : default_tracer_),
      stored_(metrics.AddCounter("chatfleet_worker_events_stored_total",
                                 "Events newly stored in chat_history")),
      duplicates_(metrics.AddCounter("chatfleet_worker_events_duplicate_total",
                                     "Events already stored (redelivery or repeated post)")),
      dead_lettered_(metrics.AddCounter("chatfleet_worker_dead_letters_total",
                                        "Events sent to the dead-letter topic")),
      commit_failures_(metrics.AddCounter("chatfleet_worker_commit_failures_total",
                                          "Offset commits that failed (events will be re-read)")),
      store_retries_(metrics.AddCounter("chatfleet_worker_store_retries_total",
                                        "Batch stores retried after a transient database error")),
      personalization_batches_(
          metrics.AddCounter("chatfleet_worker_personalization_batches_total",
                             "Attempts to personalize a batch before its store (profiles, "
                             "flags, languages, the proactive plan); each retry counts")),
      personalization_failures_(
          metrics.AddCounter("chatfleet_worker_personalization_failures_total",
                             "Personalization attempts that failed (the batch is retried)")),
      batch_size_(metrics.AddHistogram("chatfleet_worker_batch_size", "Messages per poll batch",
                                       BatchSizeBuckets())),
      store_duration_(metrics.AddHistogram("chatfleet_worker_store_duration_seconds",
                                           "Time to store one batch in PostgreSQL",
                                           metrics::LatencyBuckets())),
      end_to_end_(metrics.AddHistogram("chatfleet_worker_end_to_end_seconds",
                                       "From ingest acceptance to committed in PostgreSQL",
                                       metrics::LatencyBuckets())) {
  metrics.AddGaugeCallback(
      "chatfleet_worker_consumer_lag", "Messages behind the partition end", [this] {
        std::vector<std::pair<metrics::Labels, double>> samples;
        std::lock_guard lock(lag_mutex_);
        for (const auto& [partition, lag] : lag_) {
          samples.push_back(
              {{{"topic", partition.topic}, {"partition", std::to_string(partition.partition)}},
               static_cast<double>(lag)});
        }
        return samples;
      });
  metrics.AddGaugeCallback("chatfleet_worker_offset_resets",
                           "Offset resets seen (events skipped or re-read): must stay 0", [this] {
                             return std::vector<std::pair<metrics::Labels, double>>{
                                 {{}, static_cast<double>(source_.OffsetResets())}};
                           });
}

Status BatchRunner::Run(const std::function<bool()>& should_stop) {
  if (auto connected = history_.Connect(); !connected) {
    log::Warn("database not reachable yet", {{"error", connected.error().message}});
  }
  // Rebalances run inside PollBatch (and Close): the batch in flight is finished or dropped
  // there, while its partitions are still assigned to us.
  source_.SetRevokeHandler([this](const kafka::RebalanceEvent& event) { OnRevoke(event); });
  struct RevokeHandlerGuard {
    EventSource& source;
    ~RevokeHandlerGuard() { source.SetRevokeHandler({}); }
  } guard{source_};
  Status result;
  while (!should_stop()) {
    auto batch =
        source_.PollBatch(options_.max_batch, options_.poll_timeout, options_.batch_linger);
    if (!batch) {
      result = Fail(batch.error());
      break;
    }
    ready_ = true;
    UpdateLag();
    // A quiet stream has nothing to overlap the acknowledgements with: finish at once.
    Status processed =
        batch->empty() ? FinishAll(should_stop) : ProcessBatch(std::move(*batch), should_stop);
    if (!processed) {
      if (processed.error().kind == ErrorKind::kFatal) {
        result = processed;
      } else {
        // Stopping mid-retry: leave the batch uncommitted; the next owner re-reads it.
        log::Warn("batch abandoned uncommitted", {{"error", processed.error().message}});
      }
      break;
    }
  }
  // The drain (SIGTERM) and every other way out: one attempt to finish the batches in flight.
  if (auto finished = FinishAll([] { return true; }); !finished) {
    log::Warn("batch abandoned uncommitted", {{"error", finished.error().message}});
  }
  return result;
}

Status BatchRunner::ProcessBatch(std::vector<kafka::ConsumedMessage> batch,
                                 const std::function<bool()>& should_stop) {
  batch_size_.Observe(static_cast<double>(batch.size()));
  Decoded decoded = Decode(std::move(batch));
  trace::Span batch_span = StartBatchSpan(decoded.batch, decoded.intakes);
  log::ScopedTrace scoped_trace(batch_span.context());
  std::vector<trace::Span> message_spans =
      StartMessageSpans(batch_span.context(), decoded.intakes, decoded.sources);
  Rows rows = RowsOf(decoded.intakes);  // after the spans: a row keeps its message's trace id
  auto prepared = PrepareStages(rows, should_stop);
  if (!prepared) return Fail(prepared.error());
  HistorySink::InTransaction effects;
  if (*prepared) effects = contexts_->EffectsOf(**prepared);
  Stored stored{std::vector<bool>(rows.rows.size(), true),
                std::vector<std::int64_t>(rows.rows.size(), 0)};
  if (auto done =
          StoreTraced(rows, decoded, stored, effects, batch_span, message_spans, should_stop);
      !done) {
    return done;
  }
  for (double age : rows.ages) end_to_end_.Observe(age);
  if (auto published = PublishDeadLetters(decoded.rejected, should_stop); !published) {
    return published;
  }
  auto offsets = OffsetsOf(decoded.batch);
  if (!*prepared) {
    if (auto finished = FinishAll(should_stop); !finished) return finished;
    return CommitOffsets(offsets.next);
  }
  // Moving the vectors keeps their elements in place: `events` and `sources` stay valid.
  auto work = std::make_shared<PostStoreWork>(
      PostStoreWork{std::move(decoded.batch), std::move(decoded.intakes), std::move(rows.events),
                    std::move(decoded.sources), std::move(stored.stored),
                    ContextSink::Written{std::move(rows.rows), std::move(stored.ids)},
                    std::move(**prepared), batch_span.context(), std::move(message_spans)});
  // Earlier batches are committed only now: their post-store work and acknowledgements ran
  // while this one was prepared and stored. Offsets are committed in batch order.
  return FinishInFlight(should_stop,
                        Next{std::move(offsets.next), std::move(offsets.starts), std::move(work)});
}

BatchRunner::Decoded BatchRunner::Decode(std::vector<kafka::ConsumedMessage> batch) const {
  Decoded decoded{std::move(batch), {}, {}, {}};
  decoded.intakes.reserve(decoded.batch.size());
  for (const auto& message : decoded.batch) {
    auto intake = Intake(message, options_.limits);
    if (auto* rejection = std::get_if<Rejection>(&intake)) {
      decoded.rejected.emplace_back(&message, std::move(*rejection));
      continue;
    }
    decoded.intakes.push_back(std::move(std::get<IntakeEvent>(intake)));
    decoded.sources.push_back(&message);
  }
  return decoded;
}

BatchRunner::Rows BatchRunner::RowsOf(const std::vector<IntakeEvent>& intakes) {
  Rows rows;
  rows.events.reserve(intakes.size());
  rows.rows.reserve(intakes.size());
  rows.ages.reserve(intakes.size());
  for (const auto& intake : intakes) {
    rows.events.push_back(&intake);
    rows.rows.push_back(ToHistoryRow(intake.event, intake.trace.TraceIdHex()));
    rows.ages.push_back(SecondsSinceReceived(intake.event));
  }
  return rows;
}

Result<std::optional<BatchRunner::Prepared>> BatchRunner::PrepareStages(
    Rows& rows, const std::function<bool()>& should_stop) {
  if (contexts_ == nullptr || rows.events.empty()) return std::optional<Prepared>{};
  auto loaded = Retry<Prepared>(
      options_.retry,
      [&] {
        personalization_batches_.Inc();
        auto personalized = contexts_->Prepare(rows.events);
        if (!personalized) personalization_failures_.Inc();
        return personalized;
      },
      should_stop,
      [](const Error& error, int attempt) {
        log::Warn("personalization failed, retrying",
                  {{"error", error.message}, {"attempt", attempt}});
      });
  if (!loaded) return Fail(loaded.error());
  for (std::size_t i = 0; i < rows.rows.size(); ++i) {
    rows.rows[i].language = loaded->personal.row_languages[i];
    rows.rows[i].searchable = i < loaded->searchable.size() && loaded->searchable[i];
  }
  return std::optional<Prepared>(std::move(*loaded));
}

Status BatchRunner::StoreTraced(const Rows& rows, Decoded& decoded, Stored& stored,
                                const HistorySink::InTransaction& effects, trace::Span& batch_span,
                                std::vector<trace::Span>& message_spans,
                                const std::function<bool()>& should_stop) {
  trace::Span db_span =
      tracer_.StartSpan("INSERT chat_history", trace::SpanKind::kClient, &batch_span.context());
  db_span.SetAttribute(trace::attr::kDbSystem, std::string("postgresql"));
  db_span.SetAttribute(trace::attr::kDbOperation, std::string("INSERT"));
  db_span.SetAttribute(trace::attr::kDbSqlTable, std::string("chat_history"));
  db_span.SetAttribute(trace::attr::kRows, static_cast<std::int64_t>(rows.rows.size()));
  auto done = StoreRows(rows.rows, decoded.sources, decoded.rejected, stored, effects, should_stop);
  if (!done) {
    db_span.SetError(ToString(done.error().kind), done.error().message);
    batch_span.SetError(ToString(done.error().kind), done.error().message);
    for (auto& span : message_spans) {
      span.SetError(ToString(done.error().kind), done.error().message);
    }
  }
  return done;
}

void BatchRunner::StartPostStore(Next next, const std::function<bool()>& should_stop) {
  SendGate gate;
  if (unacknowledged_) gate = {unacknowledged_->contexts.acks, unacknowledged_->settled_future};
  auto positions = next.offsets;
  in_flight_ = InFlight{std::move(next.offsets), std::move(positions), std::move(next.starts),
                        std::async(std::launch::async, [this, work = std::move(next.work),
                                                        gate = std::move(gate), should_stop]() {
                          return RunPostStore(*work, gate, should_stop);
                        })};
}

Result<BatchRunner::PendingContexts> BatchRunner::RunPostStore(
    PostStoreWork& work, const SendGate& gate, const std::function<bool()>& should_stop) {
  log::ScopedTrace scoped_trace(work.batch_span);
  // A conversation's contexts go out in batch order: this batch's are sent only once the
  // previous batch's are acknowledged — on their first send, or else once the runner has sent
  // them again and those are acknowledged.
  auto after_previous = [&]() -> Status {
    if (!gate.previous_acks) return {};
    constexpr std::chrono::minutes kFirstSend{5};  // librdkafka reports every message by then
    if (gate.previous_acks->Wait(kFirstSend)) return {};
    if (gate.previous_settled.get()) return {};
    return Fail(Error::Permanent("the previous batch's contexts were not acknowledged"));
  };
  auto published = [&] {
    // Contexts are acknowledged before the offsets move: a crash re-emits them (same ids).
    trace::Span span = tracer_.StartSpan("assemble and publish chat.context",
                                         trace::SpanKind::kInternal, &work.batch_span);
    return Retry<PendingContexts>(
        options_.retry,
        [&] {
          return contexts_->PublishContexts(work.events, work.sources, work.stored, work.written,
                                            work.prepared, after_previous);
        },
        should_stop);
  }();
  // A message's span ends once its contexts are out; folding is the batch's, not the message's.
  for (auto& span : work.message_spans) {
    if (!published) span.SetError(ToString(published.error().kind), published.error().message);
    span.End();
  }
  // After the contexts: folding never delays them.
  if (published) contexts_->Maintain(work.events, work.prepared);
  return published;
}

// Semantic conventions 1.24 for batch processing: the poll's span starts a trace of its own and
// links to the messages (up to kMaxLinks of them, sampled ones first); each sampled message's
// processing is a span of the message's own trace (StartMessageSpans).
trace::Span BatchRunner::StartBatchSpan(const std::vector<kafka::ConsumedMessage>& batch,
                                        const std::vector<IntakeEvent>& intakes) {
  constexpr std::size_t kMaxLinks = 128;
  std::vector<trace::TraceContext> links;
  for (const bool sampled : {true, false}) {
    for (const auto& intake : intakes) {
      if (links.size() == kMaxLinks) break;
      if (intake.trace.sampled() == sampled) links.push_back(intake.trace);
    }
  }
  trace::Span span = tracer_.StartSpan(batch.front().topic + " process", trace::SpanKind::kConsumer,
                                       nullptr, std::move(links));
  trace::SetKafkaOperation(span, "process", batch.front().topic);
  span.SetAttribute(trace::attr::kMessagingKafkaConsumerGroup, options_.consumer_group);
  span.SetAttribute(trace::attr::kMessagingBatchMessageCount,
                    static_cast<std::int64_t>(batch.size()));
  return span;
}

// A sampled message's span is the child of its producer span, so looking its trace id up in
// Jaeger shows what the workers did with it; the message's work continues from it (its
// chat.context and chat.outbound publish spans, the reminders it plans link to it). Unsampled
// messages get no span: nobody would see it.
std::vector<trace::Span> BatchRunner::StartMessageSpans(
    const trace::TraceContext& batch_span, std::vector<IntakeEvent>& intakes,
    const std::vector<const kafka::ConsumedMessage*>& sources) {
  std::vector<trace::Span> spans;
  if (!tracer_.enabled()) return spans;
  for (std::size_t i = 0; i < intakes.size(); ++i) {
    IntakeEvent& intake = intakes[i];
    if (!intake.trace.sampled()) continue;
    const kafka::ConsumedMessage& source = *sources[i];
    trace::Span span = tracer_.StartSpan(source.topic + " process", trace::SpanKind::kConsumer,
                                         &intake.trace, {batch_span});
    trace::SetKafkaOperation(span, "process", source.topic);
    span.SetAttribute(trace::attr::kMessagingKafkaConsumerGroup, options_.consumer_group);
    trace::SetKafkaMessage(span, source.partition, source.offset, source.key);
    span.SetAttribute(trace::attr::kMessagingMessageId, intake.event.event_id());
    span.SetAttribute(trace::attr::kTenant, intake.event.tenant());
    span.SetAttribute(trace::attr::kConversationId, intake.event.conversation().id());
    intake.trace = span.context();
    spans.push_back(std::move(span));
  }
  return spans;
}

Status BatchRunner::StoreRows(const std::vector<HistoryRow>& rows,
                              const std::vector<const kafka::ConsumedMessage*>& sources,
                              Rejected& rejected, Stored& stored,
                              const HistorySink::InTransaction& effects,
                              const std::function<bool()>& should_stop) {
  if (rows.empty()) return {};
  const auto started = std::chrono::steady_clock::now();
  auto on_retry = [this](const Error& error, int attempt) {
    store_retries_.Inc();
    log::Warn("store failed, retrying", {{"error", error.message}, {"attempt", attempt}});
  };
  auto outcome = Retry<WriteOutcome>(
      options_.retry, [&] { return history_.Write(rows, effects); }, should_stop, on_retry);
  if (!outcome && outcome.error().kind == ErrorKind::kPermanent) {
    // One bad row fails the whole set-based insert: find it row by row, keep the rest.
    log::Warn("batch rejected by the database, isolating rows",
              {{"error", outcome.error().message}});
    outcome = StoreRowByRow(rows, sources, rejected, stored, effects, should_stop, on_retry);
  }
  if (!outcome) return Fail(outcome.error());
  if (outcome->ids.size() == stored.ids.size()) stored.ids = std::move(outcome->ids);
  store_duration_.Observe(SecondsSince(started));
  stored_.Inc(static_cast<double>(outcome->inserted));
  duplicates_.Inc(static_cast<double>(outcome->duplicates));
  return {};
}

Result<WriteOutcome> BatchRunner::StoreRowByRow(
    const std::vector<HistoryRow>& rows, const std::vector<const kafka::ConsumedMessage*>& sources,
    Rejected& rejected, Stored& stored, const HistorySink::InTransaction& effects,
    const std::function<bool()>& should_stop,
    const std::function<void(const Error&, int)>& on_retry) {
  WriteOutcome total;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    auto one = Retry<WriteOutcome>(
        options_.retry, [&] { return history_.WriteOne(rows[i]); }, should_stop, on_retry);
    if (!one && one.error().kind == ErrorKind::kPermanent) {
      rejected.emplace_back(sources[i], Rejection{"store", one.error().message});
      stored.stored[i] = false;
      continue;
    }
    if (!one) return Fail(one.error());
    total.inserted += one->inserted;
    total.duplicates += one->duplicates;
  }
  if (!effects) return total;
  auto applied = Retry<WriteOutcome>(
      options_.retry, [&] { return history_.Write({}, effects); }, should_stop, on_retry);
  if (!applied && applied.error().kind == ErrorKind::kPermanent) {
    // The rows are safe; a profile the database refuses must not stall the partition.
    log::Error("personalization effects rejected", {{"error", applied.error().message}});
  } else if (!applied) {
    return Fail(applied.error());
  }
  return total;
}

Status BatchRunner::PublishDeadLetters(const Rejected& rejected,
                                       const std::function<bool()>& should_stop) {
  if (rejected.empty()) return {};
  auto published = Retry<bool>(
      options_.retry,
      [&]() -> Result<bool> {
        for (const auto& [message, rejection] : rejected) {
          if (auto status = dead_letters_.Publish(*message, rejection); !status) {
            return Fail(status.error());
          }
        }
        if (auto flushed = dead_letters_.Flush(std::chrono::seconds(30)); !flushed) {
          return Fail(Error::Retryable(flushed.error().message));
        }
        return true;
      },
      should_stop);
  if (!published) return Fail(published.error());
  dead_lettered_.Inc(static_cast<double>(rejected.size()));
  return {};
}

Status BatchRunner::FinishInFlight(const std::function<bool()>& should_stop,
                                   std::optional<Next> next) {
  // The batch the lane finished a cycle ago: its acknowledgements are normally in by now.
  if (auto settled = SettleUnacknowledged(should_stop); !settled) {
    // The lane's batch may not be committed either (a later offset would cover the earlier
    // batch's): wait for the lane to give it up, and leave both to be re-read.
    in_flight_.reset();
    return settled;
  }
  if (in_flight_) {
    InFlight done = std::move(*in_flight_);
    in_flight_.reset();
    auto published = done.post_store.get();          // waits for the post-store lane
    if (!published) return Fail(published.error());  // `next` stays uncommitted, re-read later
    unacknowledged_.emplace(std::move(done.offsets), std::move(done.starts), std::move(*published));
    unacknowledged_->positions = std::move(done.positions);
  }
  // The lane takes the next batch at once: its windows, ranking and assembly overlap the
  // acknowledgements of the batch before; it sends only after them (see RunPostStore).
  if (next) StartPostStore(std::move(*next), should_stop);
  return {};
}

Status BatchRunner::SettleUnacknowledged(const std::function<bool()>& should_stop) {
  if (!unacknowledged_) return {};
  Unacknowledged done = std::move(*unacknowledged_);
  unacknowledged_.reset();
  auto acked = Retry<bool>(
      options_.retry,
      [&]() -> Result<bool> {
        if (auto status = contexts_->AwaitContexts(done.contexts); !status) {
          return Fail(status.error());
        }
        return true;
      },
      should_stop);
  done.settled.set_value(acked.has_value());
  if (!acked) return Fail(acked.error());
  RecordAnswered(done.positions);
  return CommitOffsets(done.offsets);
}

Status BatchRunner::FinishAll(const std::function<bool()>& should_stop) {
  if (auto finished = FinishInFlight(should_stop); !finished) return finished;
  return SettleUnacknowledged(should_stop);
}

BatchRunner::Unacknowledged::Unacknowledged(std::vector<kafka::PartitionOffset> offsets,
                                            std::vector<kafka::PartitionOffset> starts,
                                            PendingContexts contexts)
    : offsets(std::move(offsets)),
      starts(std::move(starts)),
      contexts(std::move(contexts)),
      settled_future(settled.get_future().share()) {}

void BatchRunner::OnRevoke(const kafka::RebalanceEvent& event) {
  // Someone else may write these partitions' conversations from now on.
  if (contexts_) contexts_->OnPartitionsRevoked();
  const std::set<kafka::TopicPartition> going(event.partitions.begin(), event.partitions.end());
  auto is_going = [&going](const kafka::PartitionOffset& offset) {
    return going.contains({offset.topic, offset.partition});
  };
  std::vector<std::vector<kafka::PartitionOffset>*> uncommitted;
  if (unacknowledged_) uncommitted.push_back(&unacknowledged_->offsets);
  if (in_flight_) uncommitted.push_back(&in_flight_->offsets);
  if (event.kind == kafka::RebalanceKind::kLost) {
    // Already someone else's: the new owner re-reads them; a commit could only fail or rewind.
    for (auto* offsets : uncommitted) std::erase_if(*offsets, is_going);
    return;
  }
  if (std::none_of(uncommitted.begin(), uncommitted.end(), [&](const auto* offsets) {
        return std::any_of(offsets->begin(), offsets->end(), is_going);
      })) {
    return;
  }
  // Finish them while the partitions are still ours; one attempt, not a retry loop inside the
  // rebalance. Not acknowledged: uncommitted, so the next owner re-reads them.
  auto kept = KeptStarts(is_going);  // before FinishAll, which lets the batches go
  if (auto finished = FinishAll([] { return true; }); !finished) {
    log::Warn("batch abandoned uncommitted on revocation", {{"error", finished.error().message}});
    // The batches given up also hold partitions we keep. Read on past them, and the next
    // commit of such a partition would cover events whose contexts were never acknowledged:
    // read them again instead (what was committed meanwhile is a no-op by its natural key).
    if (!kept.empty()) source_.Rewind(kept);
  }
}

std::vector<kafka::PartitionOffset> BatchRunner::KeptStarts(
    const std::function<bool(const kafka::PartitionOffset&)>& is_going) const {
  std::map<kafka::TopicPartition, std::int64_t> earliest;
  auto take = [&](const std::vector<kafka::PartitionOffset>& starts) {
    for (const auto& start : starts) {
      if (is_going(start)) continue;
      auto [at, inserted] = earliest.try_emplace({start.topic, start.partition}, start.next_offset);
      if (!inserted) at->second = std::min(at->second, start.next_offset);
    }
  };
  if (unacknowledged_) take(unacknowledged_->starts);
  if (in_flight_) take(in_flight_->starts);
  std::vector<kafka::PartitionOffset> kept;
  for (const auto& [partition, offset] : earliest) {
    kept.push_back({partition.topic, partition.partition, offset});
  }
  return kept;
}

Status BatchRunner::CommitOffsets(const std::vector<kafka::PartitionOffset>& offsets) {
  if (auto committed = source_.Commit(offsets); !committed) {
    // The effects are stored; a failed commit only means the next owner re-reads events that
    // the natural key turns into no-ops.
    commit_failures_.Inc();
    log::Warn("offset commit failed", {{"error", committed.error().message}});
  }
  return {};
}

void BatchRunner::RecordAnswered(const std::vector<kafka::PartitionOffset>& positions) {
  if (answered_ == nullptr) return;
  if (auto recorded = answered_->Record(positions); !recorded) {
    log::Warn("answered positions not recorded", {{"error", recorded.error().message}});
  }
}

void BatchRunner::UpdateLag() {
  auto lag = source_.Lag();
  std::lock_guard lock(lag_mutex_);
  lag_ = std::move(lag);
}

}  // namespace chatfleet::workers
