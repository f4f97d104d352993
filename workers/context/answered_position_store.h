#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <vector>

#include "shared/core/error.h"
#include "shared/kafka/message.h"

namespace chatfleet::workers {

/// Per chat.events partition, the offset below which every message's chat.context and
/// chat.outbound answer were acknowledged: the runner's bookkeeping store besides the consumer
/// group's offsets. The runner records a batch's positions once its answers are acknowledged
/// and before it commits the offsets — also of partitions lost meanwhile — so a batch read
/// again (its partition lost or its commit failed after the answers went out) is not answered
/// twice; the memory stages load them to tell which messages were answered. AnsweredPositions
/// is the PostgreSQL one (answered_positions).
class AnsweredPositionStore {
 public:
  virtual ~AnsweredPositionStore() = default;

  /// The recorded next offsets of `partitions` (those never answered are absent).
  virtual Result<std::map<kafka::TopicPartition, std::int64_t>> Load(
      const std::set<kafka::TopicPartition>& partitions) = 0;
  /// Moves the recorded positions forward to `answered` (never back: offsets reset to re-read
  /// old messages do not answer them again).
  virtual Status Record(const std::vector<kafka::PartitionOffset>& answered) = 0;
};

}  // namespace chatfleet::workers
