#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <vector>

#include "shared/core/error.h"
#include "shared/kafka/message.h"
#include "shared/pg/lazy_connection.h"

namespace chatfleet::workers {

/// Per chat.events partition, the offset below which every message's chat.context and
/// chat.outbound answer were acknowledged (answered_positions). The runner records a batch's
/// positions once its answers are acknowledged and before it commits the offsets, so a batch
/// read again — its partition lost or its commit failed after the answers went out — is not
/// answered twice. Not thread-safe (the runner's thread).
class AnsweredPositions {
 public:
  explicit AnsweredPositions(pg::LazyConnection& connection) : connection_(connection) {}

  /// The recorded next offsets of `partitions` (those never answered are absent).
  Result<std::map<kafka::TopicPartition, std::int64_t>> Load(
      const std::set<kafka::TopicPartition>& partitions);
  /// Moves the recorded positions forward to `answered` (never back: offsets reset to re-read
  /// old messages do not answer them again).
  Status Record(const std::vector<kafka::PartitionOffset>& answered);

 private:
  pg::LazyConnection& connection_;
};

}  // namespace chatfleet::workers
