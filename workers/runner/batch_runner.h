#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <future>
#include <map>
#include <mutex>
#include <optional>

#include "shared/core/retry.h"
#include "shared/events/event_validator.h"
#include "shared/metrics/registry.h"
#include "shared/trace/tracer.h"
#include "workers/context/answered_position_store.h"
#include "workers/dlq/dead_letter_sink.h"
#include "workers/memory/history_sink.h"
#include "workers/runner/context_sink.h"
#include "workers/runner/event_source.h"

namespace chatfleet::workers {

struct RunnerOptions {
  std::size_t max_batch = 5000;
  std::chrono::milliseconds poll_timeout{100};
  /// After the first message, how long a poll keeps gathering more: bigger batches amortize
  /// the transaction (one fsync) they are stored in, at the cost of this much latency.
  std::chrono::milliseconds batch_linger{10};
  RetryPolicy retry;
  events::ValidationLimits limits;
  /// For the `messaging.kafka.consumer.group` span attribute.
  std::string consumer_group;
};

/// The runner's I/O, owned by the caller and outliving the runner (workers/main.cc wires the
/// Kafka and PostgreSQL ones; tests script them).
struct RunnerDeps {
  EventSource& source;
  HistorySink& history;
  DeadLetterSink& dead_letters;
  /// The memory stages (see MemoryStages); null: the spine alone (store, dead-letter, commit).
  ContextSink* contexts = nullptr;
  /// Where a batch's positions are recorded once its contexts and answers are acknowledged;
  /// null: not recorded.
  AnsweredPositionStore* answered = nullptr;
};

/// Owns the loop poll → decode → [prepare stages] → store → dead-letter → commit for one
/// event source; with the memory stages (`contexts` given, see MemoryStages) the stored batch's
/// post-store work — produce chat.context, then compress — runs on a second thread (the
/// post-store lane, with its own database connection) while the runner polls, prepares and
/// stores the next batch, and the batch's offsets are committed after that (see below).
///
/// Offsets are committed only after the batch's rows are committed in PostgreSQL and its dead
/// letters and contexts acknowledged by the broker, so a crash anywhere re-delivers, the
/// natural key makes the re-delivery insert nothing, and its contexts keep their ids. Between
/// the acknowledgement and the commit the batch's positions are recorded as answered (all of
/// them, also of partitions lost meanwhile), so a batch read again is not answered twice.
///
/// With the memory stages on, besides the batch being stored two more may be uncommitted: one on
/// the lane (its post-store work running or done) and the one before it, whose contexts were
/// produced and may not all be acknowledged yet. After storing a batch the runner settles the older
/// one — by then its acknowledgements are normally in; failed ones are sent again — and commits it,
/// takes the lane's finished batch as the unacknowledged one, and hands the lane the batch just
/// stored. So the lane, the broker and the database work at the same time and the runner rarely
/// waits for acknowledgements. The lane sends a batch's contexts only once the batch before it is
/// acknowledged (its `in_order` hold), and one batch at a time is on the lane, so a conversation's
/// contexts go out in order even when a batch's are sent again after a failed delivery; when they
/// are never acknowledged, both batches stay uncommitted (a later offset would cover the earlier
/// batch's). Offsets are committed in batch order. Everything uncommitted is finished before a
/// newer batch's offsets are committed without the lane (a poll that comes back empty, a batch
/// without stages), when its partitions are revoked (from the consumer's revoke handler, while they
/// are still assigned: the runner installs it in Run; one attempt) and before Run returns (the
/// SIGTERM drain); when its partitions are lost, or its contexts are not acknowledged while
/// stopping, it is abandoned uncommitted and the next owner re-reads it.
class BatchRunner {
 public:
  BatchRunner(RunnerDeps deps, metrics::Registry& metrics, RunnerOptions options,
              trace::Tracer* tracer = nullptr);

  /// Runs until `should_stop()` turns true (then finishes the batch in flight) or a fatal error.
  Status Run(const std::function<bool()>& should_stop);

  /// True once the source polled successfully (joined the group).
  bool ready() const { return ready_.load(); }

 private:
  using Prepared = ContextSink::Prepared;
  using PendingContexts = ContextSink::PendingContexts;
  using Rejected = std::vector<std::pair<const kafka::ConsumedMessage*, Rejection>>;

  /// One poll batch after intake: the events that passed, each with its message, and the
  /// messages rejected (more join them when the store refuses a row).
  struct Decoded {
    std::vector<kafka::ConsumedMessage> batch;
    std::vector<IntakeEvent> intakes;
    std::vector<const kafka::ConsumedMessage*> sources;  // into `batch`, aligned with `intakes`
    Rejected rejected;
  };
  /// The decoded events' history rows, aligned with them.
  struct Rows {
    std::vector<const IntakeEvent*> events;  // into Decoded::intakes
    std::vector<HistoryRow> rows;
    std::vector<double> ages;  // seconds since ingest accepted each event
  };
  /// What the store did per row: false where it refused the row (dead-lettered); the
  /// chat_history id it inserted (0: none).
  struct Stored {
    std::vector<bool> stored;
    std::vector<std::int64_t> ids;
  };

  Status ProcessBatch(std::vector<kafka::ConsumedMessage> batch,
                      const std::function<bool()>& should_stop);
  Decoded Decode(std::vector<kafka::ConsumedMessage> batch) const;
  static Rows RowsOf(const std::vector<IntakeEvent>& intakes);
  /// The memory stages' Prepare (retried), its languages set on the rows; nullopt without the
  /// stages or events.
  Result<std::optional<Prepared>> PrepareStages(Rows& rows,
                                                const std::function<bool()>& should_stop);
  /// StoreRows inside the store's client span; an error marks the batch's and messages' spans.
  Status StoreTraced(const Rows& rows, Decoded& decoded, Stored& stored,
                     const HistorySink::InTransaction& effects, trace::Span& batch_span,
                     std::vector<trace::Span>& message_spans,
                     const std::function<bool()>& should_stop);
  Status StoreRows(const std::vector<HistoryRow>& rows,
                   const std::vector<const kafka::ConsumedMessage*>& sources, Rejected& rejected,
                   Stored& stored, const HistorySink::InTransaction& effects,
                   const std::function<bool()>& should_stop);
  /// Isolates the rows the store refuses when the batch's write failed permanently: those are
  /// rejected, the rest stored one by one, then the effects on their own.
  Result<WriteOutcome> StoreRowByRow(const std::vector<HistoryRow>& rows,
                                     const std::vector<const kafka::ConsumedMessage*>& sources,
                                     Rejected& rejected, Stored& stored,
                                     const HistorySink::InTransaction& effects,
                                     const std::function<bool()>& should_stop,
                                     const std::function<void(const Error&, int)>& on_retry);
  Status PublishDeadLetters(const Rejected& rejected, const std::function<bool()>& should_stop);
  /// Once its positions are recorded (see Unacknowledged). A failure is counted and logged, not
  /// returned: the effects are stored, the events are re-read.
  Status CommitOffsets(const std::vector<kafka::PartitionOffset>& offsets);
  /// A failure is logged, not returned: the worst it does is answer a re-read batch twice, with
  /// the same ids.
  void RecordAnswered(const std::vector<kafka::PartitionOffset>& positions);
  void OnRevoke(const kafka::RebalanceEvent& event);
  /// The first offset of each partition not `is_going` in the batches not yet committed.
  std::vector<kafka::PartitionOffset> KeptStarts(
      const std::function<bool(const kafka::PartitionOffset&)>& is_going) const;
  void UpdateLag();

  /// A stored batch's post-store work: everything it reads, owned (it outlives ProcessBatch).
  struct PostStoreWork {
    std::vector<kafka::ConsumedMessage> batch;
    std::vector<IntakeEvent> intakes;
    std::vector<const IntakeEvent*> events;              // into `intakes`
    std::vector<const kafka::ConsumedMessage*> sources;  // into `batch`
    std::vector<bool> stored;
    ContextSink::Written written;
    Prepared prepared;
    trace::TraceContext batch_span;
    /// The sampled messages' process spans, ended when their contexts are out.
    std::vector<trace::Span> message_spans;
  };
  /// A stored batch waiting for the post-store lane.
  struct Next {
    std::vector<kafka::PartitionOffset> offsets;
    std::vector<kafka::PartitionOffset> starts;  // each partition's first offset in the batch
    std::shared_ptr<PostStoreWork> work;
  };
  /// A batch whose contexts the lane produced, not yet known to be all acknowledged; its
  /// offsets not yet committed.
  struct Unacknowledged {
    Unacknowledged(std::vector<kafka::PartitionOffset> offsets,
                   std::vector<kafka::PartitionOffset> starts, PendingContexts contexts);
    std::vector<kafka::PartitionOffset> offsets;
    std::vector<kafka::PartitionOffset> starts;  // see Next
    /// All of the batch's positions, also of partitions lost since (offsets drops those): what
    /// is recorded as answered once acknowledged.
    std::vector<kafka::PartitionOffset> positions;
    PendingContexts contexts;
    /// Set when the runner settles it: true once acknowledged (after sending again if some
    /// failed), false when given up.
    std::promise<bool> settled;
    std::shared_future<bool> settled_future;
  };
  /// What the lane waits for before sending: the unacknowledged batch's contexts.
  struct SendGate {
    std::optional<kafka::DeliveryTracker> previous_acks;  // none: nothing before it
    std::shared_future<bool> previous_settled;
  };
  /// Settles the unacknowledged batch (waits for its contexts, sending them again if some
  /// failed, until `should_stop`) and commits it; then takes the lane's finished batch as the
  /// unacknowledged one and hands the lane `next` (if any). Not acknowledged: both batches left
  /// uncommitted (the lane's given up), and the error returned.
  Status FinishInFlight(const std::function<bool()>& should_stop,
                        std::optional<Next> next = std::nullopt);
  Status SettleUnacknowledged(const std::function<bool()>& should_stop);
  /// FinishInFlight, then the batch it left unacknowledged: nothing stays uncommitted.
  Status FinishAll(const std::function<bool()>& should_stop);
  /// Puts `next` on the lane, gated on the unacknowledged batch (see RunPostStore).
  void StartPostStore(Next next, const std::function<bool()>& should_stop);
  trace::Span StartBatchSpan(const std::vector<kafka::ConsumedMessage>& batch,
                             const std::vector<IntakeEvent>& intakes);
  /// Starts a span per sampled message and makes it the message's trace context from here on.
  std::vector<trace::Span> StartMessageSpans(
      const trace::TraceContext& batch_span, std::vector<IntakeEvent>& intakes,
      const std::vector<const kafka::ConsumedMessage*>& sources);
  /// On the post-store lane: produces the batch's chat.context (and /schedule answers) once
  /// the batch before it is acknowledged, then folds its conversations. Returns the produced
  /// contexts, not yet acknowledged.
  Result<PendingContexts> RunPostStore(PostStoreWork& work, const SendGate& gate,
                                       const std::function<bool()>& should_stop);

  /// A batch stored, its post-store work running or done, its offsets not yet committed.
  struct InFlight {
    std::vector<kafka::PartitionOffset> offsets;
    std::vector<kafka::PartitionOffset> positions;  // see Unacknowledged
    std::vector<kafka::PartitionOffset> starts;     // see Next
    std::future<Result<PendingContexts>> post_store;
  };

  EventSource& source_;
  HistorySink& history_;
  DeadLetterSink& dead_letters_;
  ContextSink* contexts_;
  AnsweredPositionStore* answered_;
  RunnerOptions options_;
  trace::Tracer default_tracer_;  // off: used when no tracer is given
  trace::Tracer& tracer_;
  std::atomic<bool> ready_{false};
  std::optional<InFlight> in_flight_;
  std::optional<Unacknowledged> unacknowledged_;  // the batch before in_flight_

  metrics::Counter& stored_;
  metrics::Counter& duplicates_;
  metrics::Counter& dead_lettered_;
  metrics::Counter& commit_failures_;
  metrics::Counter& store_retries_;
  metrics::Counter& personalization_batches_;
  metrics::Counter& personalization_failures_;
  metrics::Histogram& batch_size_;
  metrics::Histogram& store_duration_;
  metrics::Histogram& end_to_end_;
  std::mutex lag_mutex_;
  std::map<kafka::TopicPartition, std::int64_t> lag_;
};

}  // namespace chatfleet::workers
