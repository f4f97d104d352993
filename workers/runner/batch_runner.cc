#include "workers/runner/batch_runner.h"

#include <google/protobuf/util/time_util.h>

#include <variant>

#include "shared/log/logger.h"
#include "workers/intake/event_intake.h"

namespace chatfleet::workers {
namespace {

using Rejected = std::vector<std::pair<const kafka::ConsumedMessage*, Rejection>>;

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double SecondsSinceReceived(const v1::ChatEvent& event) {
  const auto now_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  const auto received_ns =
      google::protobuf::util::TimeUtil::TimestampToNanoseconds(event.received_at());
  return static_cast<double>(now_ns - received_ns) / 1e9;
}

std::vector<double> BatchSizeBuckets() { return {1, 10, 50, 100, 250, 500, 1000, 2000, 5000}; }

}  // namespace

BatchRunner::BatchRunner(kafka::Consumer& consumer, HistoryWriter& writer,
                         DeadLetterPublisher& dead_letters, metrics::Registry& metrics,
                         RunnerOptions options)
    : consumer_(consumer),
      writer_(writer),
      dead_letters_(dead_letters),
      options_(std::move(options)),
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
      batch_size_(metrics.AddHistogram("chatfleet_worker_batch_size", "Messages per poll batch",
                                       BatchSizeBuckets())),
      store_duration_(metrics.AddHistogram("chatfleet_worker_store_duration_seconds",
                                           "Time to store one batch in PostgreSQL",
                                           metrics::LatencyBuckets())),
      end_to_end_(metrics.AddHistogram("chatfleet_worker_end_to_end_seconds",
                                       "From ingest acceptance to committed in PostgreSQL",
                                       metrics::LatencyBuckets())) {
  metrics.AddGaugeCallback("chatfleet_worker_consumer_lag", "Messages behind the partition end",
                           [this] {
                             std::vector<std::pair<metrics::Labels, double>> samples;
                             std::lock_guard lock(lag_mutex_);
                             for (const auto& [partition, lag] : lag_) {
                               samples.push_back({{{"topic", partition.topic},
                                                   {"partition", std::to_string(partition.partition)}},
                                                  static_cast<double>(lag)});
                             }
                             return samples;
                           });
  metrics.AddGaugeCallback("chatfleet_worker_offset_resets",
                           "Offset resets seen (events skipped or re-read): must stay 0",
                           [this] {
                             return std::vector<std::pair<metrics::Labels, double>>{
                                 {{}, static_cast<double>(consumer_.offset_resets())}};
                           });
}

Status BatchRunner::Run(const std::function<bool()>& should_stop) {
  if (auto connected = writer_.Connect(); !connected) {
    log::Warn("database not reachable yet", {{"error", connected.error().message}});
  }
  while (!should_stop()) {
    auto batch = consumer_.PollBatch(options_.max_batch, options_.poll_timeout);
    if (!batch) return Fail(batch.error());
    ready_ = true;
    UpdateLag();
    if (batch->empty()) continue;
    if (auto processed = ProcessBatch(*batch, should_stop); !processed) {
      if (processed.error().kind == ErrorKind::kFatal) return processed;
      // Stopping mid-retry: leave the batch uncommitted; the next owner re-reads it.
      log::Warn("batch abandoned uncommitted", {{"error", processed.error().message}});
      return {};
    }
  }
  return {};
}

Status BatchRunner::ProcessBatch(const std::vector<kafka::ConsumedMessage>& batch,
                                 const std::function<bool()>& should_stop) {
  batch_size_.Observe(static_cast<double>(batch.size()));
  std::vector<HistoryRow> rows;
  std::vector<const kafka::ConsumedMessage*> sources;
  std::vector<double> ages;
  Rejected rejected;
  rows.reserve(batch.size());
  for (const auto& message : batch) {
    auto intake = Intake(message, options_.limits);
    if (auto* rejection = std::get_if<Rejection>(&intake)) {
      rejected.emplace_back(&message, std::move(*rejection));
      continue;
    }
    auto& event = std::get<IntakeEvent>(intake);
    rows.push_back(ToHistoryRow(event.event, event.trace.TraceIdHex()));
    sources.push_back(&message);
    ages.push_back(SecondsSinceReceived(event.event));
  }
  if (auto stored = StoreRows(rows, sources, rejected, should_stop); !stored) return stored;
  for (double age : ages) end_to_end_.Observe(age);
  if (auto published = PublishDeadLetters(rejected, should_stop); !published) return published;
  return CommitOffsets(batch);
}

Status BatchRunner::StoreRows(const std::vector<HistoryRow>& rows,
                              const std::vector<const kafka::ConsumedMessage*>& sources,
                              Rejected& rejected, const std::function<bool()>& should_stop) {
  if (rows.empty()) return {};
  const auto started = std::chrono::steady_clock::now();
  auto on_retry = [this](const Error& error, int attempt) {
    store_retries_.Inc();
    log::Warn("store failed, retrying", {{"error", error.message}, {"attempt", attempt}});
  };
  auto outcome = Retry<WriteOutcome>(
      options_.retry, [&] { return writer_.Write(rows); }, should_stop, on_retry);
  if (!outcome && outcome.error().kind == ErrorKind::kPermanent) {
    // One bad row fails the whole set-based insert: find it row by row, keep the rest.
    log::Warn("batch rejected by the database, isolating rows", {{"error", outcome.error().message}});
    WriteOutcome total;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      auto one = Retry<WriteOutcome>(
          options_.retry, [&] { return writer_.WriteOne(rows[i]); }, should_stop, on_retry);
      if (!one && one.error().kind == ErrorKind::kPermanent) {
        rejected.emplace_back(sources[i], Rejection{"store", one.error().message});
        continue;
      }
      if (!one) return Fail(one.error());
      total.inserted += one->inserted;
      total.duplicates += one->duplicates;
    }
    outcome = total;
  }
  if (!outcome) return Fail(outcome.error());
  store_duration_.Observe(SecondsSince(started));
  stored_.Inc(static_cast<double>(outcome->inserted));
  duplicates_.Inc(static_cast<double>(outcome->duplicates));
  return {};
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

Status BatchRunner::CommitOffsets(const std::vector<kafka::ConsumedMessage>& batch) {
  std::map<kafka::TopicPartition, std::int64_t> next;
  for (const auto& message : batch) {
    auto& offset = next[{message.topic, message.partition}];
    offset = std::max(offset, message.offset + 1);
  }
  std::vector<kafka::PartitionOffset> offsets;
  for (const auto& [partition, offset] : next) {
    offsets.push_back({partition.topic, partition.partition, offset});
  }
  if (auto committed = consumer_.Commit(offsets); !committed) {
    // The effects are stored; a failed commit only means the next owner re-reads events that
    // the natural key turns into no-ops.
    commit_failures_.Inc();
    log::Warn("offset commit failed", {{"error", committed.error().message}});
  }
  return {};
}

void BatchRunner::UpdateLag() {
  auto lag = consumer_.Lag();
  std::lock_guard lock(lag_mutex_);
  lag_ = std::move(lag);
}

}  // namespace chatfleet::workers
