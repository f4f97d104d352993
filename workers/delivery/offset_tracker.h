#pragma once

#include <map>
#include <set>
#include <vector>

#include "shared/kafka/message.h"

namespace chatfleet::delivery {

/// Which offsets of each partition may be committed when messages settle out of order (one
/// conversation waits for its rate limit while later ones go): the commit position is the
/// lowest offset still unsettled, or one past the last read. Pure; not thread-safe.
class OffsetTracker {
 public:
  void Read(const kafka::TopicPartition& partition, std::int64_t offset);
  void Settle(const kafka::TopicPartition& partition, std::int64_t offset);
  /// Forgets partitions no longer ours (their unsettled messages go to the next owner).
  void Drop(const std::vector<kafka::TopicPartition>& partitions);

  /// The positions that moved since the last call to MarkCommitted for them.
  std::vector<kafka::PartitionOffset> Committable() const;
  void MarkCommitted(const std::vector<kafka::PartitionOffset>& offsets);

  std::size_t unsettled() const;

 private:
  struct State {
    std::set<std::int64_t> unsettled;
    std::int64_t next_read = -1;
    std::int64_t committed = -1;
    std::int64_t Position() const { return unsettled.empty() ? next_read : *unsettled.begin(); }
  };
  std::map<kafka::TopicPartition, State> partitions_;
};

}  // namespace chatfleet::delivery
