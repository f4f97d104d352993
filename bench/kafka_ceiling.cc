#include "bench/kafka_ceiling.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <span>
#include <stdexcept>
#include <thread>

#include "shared/kafka/admin.h"
#include "shared/kafka/consumer.h"
#include "shared/kafka/producer.h"

namespace chatfleet::bench {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

/// Delivery reports arrive on the producer's poll thread; the bench thread waits for all.
class DeliveryCounter {
 public:
  void Done(bool ok) {
    std::lock_guard lock(mutex_);
    ++(ok ? delivered_ : failed_);
    last_ = Clock::now();
    changed_.notify_all();
  }
  /// Waits until `expected` reports arrived; false on timeout.
  bool WaitFor(std::int64_t expected, std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, timeout, [&] { return delivered_ + failed_ >= expected; });
  }
  std::int64_t delivered() const { return delivered_; }
  std::int64_t failed() const { return failed_; }
  Clock::time_point last() const { return last_; }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::int64_t delivered_ = 0;
  std::int64_t failed_ = 0;
  Clock::time_point last_;
};

/// Produces `messages` and waits for every delivery report; adds the time to `out`.
Status ProduceRound(kafka::Producer& producer, std::span<const kafka::OutgoingMessage> messages,
                    std::chrono::milliseconds timeout, KafkaCeiling& out) {
  DeliveryCounter counter;
  std::int64_t enqueue_failures = 0;
  const auto start = Clock::now();
  const auto on_delivery = [&counter](const Status& s) { counter.Done(s.has_value()); };
  for (const auto& message : messages) {
    // The queue is sized for a whole round; should it still fill up, wait for room rather than
    // drop (a drop would overstate the rate).
    Status status = producer.Produce(message, on_delivery);
    while (!status && status.error().retryable()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
      status = producer.Produce(message, on_delivery);
    }
    if (!status) ++enqueue_failures;
  }
  const std::int64_t expected = static_cast<std::int64_t>(messages.size()) - enqueue_failures;
  if (!counter.WaitFor(expected, timeout)) {
    return Fail(Error::Retryable("produce ceiling: delivery reports missing after timeout"));
  }
  out.produced += counter.delivered();
  out.produce_failures += counter.failed() + enqueue_failures;
  out.produce_seconds += Seconds(counter.last() - start);
  return {};
}

/// Joins the reader group, reads `expected` messages from its committed offsets, commits and
/// leaves; adds the time from first to last message (the join excluded) to `out`.
Status ConsumeRound(const KafkaCeilingOptions& options, std::int64_t expected, KafkaCeiling& out) {
  kafka::ConsumerOptions consumer_options;
  consumer_options.brokers = options.brokers;
  consumer_options.group_id = options.topic + ".reader";
  consumer_options.client_id = "chatfleet-bench-consumer";
  consumer_options.topics = {options.topic};
  consumer_options.auto_offset_reset = "earliest";
  const auto created = Clock::now();
  kafka::Consumer consumer(consumer_options);
  std::map<std::pair<std::string, std::int32_t>, std::int64_t> next_offsets;
  Clock::time_point first{};
  Clock::time_point last{};
  std::int64_t consumed = 0;
  const auto deadline = created + options.timeout;
  while (consumed < expected && Clock::now() < deadline) {
    auto batch = consumer.PollBatch(options.poll_batch, std::chrono::milliseconds(100));
    if (!batch) return Fail(batch.error());
    if (batch->empty()) continue;
    last = Clock::now();
    if (consumed == 0) first = last;
    consumed += static_cast<std::int64_t>(batch->size());
    for (const auto& m : *batch) next_offsets[{m.topic, m.partition}] = m.offset + 1;
  }
  std::vector<kafka::PartitionOffset> offsets;
  for (const auto& [tp, next] : next_offsets) offsets.push_back({tp.first, tp.second, next});
  if (auto committed = consumer.Commit(offsets); !committed) return Fail(committed.error());
  out.consumed += consumed;
  out.offset_resets += consumer.offset_resets();
  out.consume_seconds += Seconds(last - first);
  out.consume_with_join_seconds += Seconds(last - created);
  return {};
}

}  // namespace

int PartitionsFor(const std::vector<kafka::OutgoingMessage>& messages, int minimum,
                  std::int64_t budget_bytes) {
  std::int64_t bytes = 0;
  for (const auto& message : messages) {
    // Record overhead in a v2 batch: length, attributes, deltas, header framing ≈ 20 bytes.
    bytes += static_cast<std::int64_t>(message.key.size() + message.value.size()) + 20;
    for (const auto& [name, value] : message.headers) bytes += name.size() + value.size() + 4;
  }
  const auto needed = static_cast<int>((bytes + budget_bytes - 1) / budget_bytes);
  return std::max(minimum, needed);
}

Result<KafkaCeiling> MeasureKafkaCeiling(const KafkaCeilingOptions& options,
                                         const std::vector<kafka::OutgoingMessage>& messages) {
  if (auto created = kafka::CreateTopics(options.brokers, {{options.topic, options.partitions}});
      !created) {
    return Fail(created.error());
  }
  kafka::ProducerOptions producer_options;
  producer_options.brokers = options.brokers;
  producer_options.client_id = "chatfleet-bench-producer";
  producer_options.extra = {{"queue.buffering.max.messages", "1000000"},
                            {"queue.buffering.max.kbytes", "1048576"}};
  kafka::Producer producer(producer_options);
  // The dev broker keeps ~5 MiB per partition: write a round, read it back, then the next, so
  // nothing is dropped before it is read.
  KafkaCeiling out;
  const std::span<const kafka::OutgoingMessage> all(messages);
  const std::size_t round = std::max<std::size_t>(1, options.messages_per_round);
  for (std::size_t first = 0; first < all.size(); first += round) {
    const auto chunk = all.subspan(first, std::min(round, all.size() - first));
    const std::int64_t before = out.produced;
    if (auto produced = ProduceRound(producer, chunk, options.timeout, out); !produced) {
      return Fail(produced.error());
    }
    if (auto consumed = ConsumeRound(options, out.produced - before, out); !consumed) {
      return Fail(consumed.error());
    }
  }
  return out;
}

}  // namespace chatfleet::bench
