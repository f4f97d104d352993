#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <vector>

#include "shared/core/error.h"
#include "shared/kafka/consumer.h"  // RebalanceEvent (no librdkafka in it)
#include "shared/kafka/message.h"

namespace chatfleet::workers {

/// What the runner reads chat.events from and commits its offsets to: the runner's source seam.
/// KafkaEventSource is the consumer group one. Used from one thread (the runner's); the revoke
/// handler runs on it too, inside PollBatch.
class EventSource {
 public:
  using RevokeHandler = std::function<void(const kafka::RebalanceEvent&)>;

  virtual ~EventSource() = default;

  /// Up to `max_messages`, waiting up to `timeout` for the first and `linger` for more; empty on
  /// timeout. Revocations and lost partitions are reported to the revoke handler from inside.
  /// An error is fatal (the source cannot go on).
  virtual Result<std::vector<kafka::ConsumedMessage>> PollBatch(
      std::size_t max_messages, std::chrono::milliseconds timeout,
      std::chrono::milliseconds linger) = 0;
  /// Commits the next offsets to read. Retryable on a broker error, permanent when the
  /// partitions are no longer ours.
  virtual Status Commit(const std::vector<kafka::PartitionOffset>& offsets) = 0;
  /// Runs `before_revoke` when partitions are revoked or lost, while they are still assigned:
  /// where the runner finishes (commits) or drops its work in flight. Empty: removes it.
  virtual void SetRevokeHandler(RevokeHandler before_revoke) = 0;
  /// Reads these partitions again from these offsets: the next batches start there, and
  /// nothing fetched past them before is returned. For partitions the runner keeps after it
  /// gave up work of theirs (from the revoke handler).
  virtual void Rewind(const std::vector<kafka::PartitionOffset>& starts) = 0;
  /// Messages behind the partition end, per assigned partition.
  virtual std::map<kafka::TopicPartition, std::int64_t> Lag() const = 0;
  /// Offset resets seen (events skipped or re-read).
  virtual std::int64_t OffsetResets() const = 0;
};

}  // namespace chatfleet::workers
