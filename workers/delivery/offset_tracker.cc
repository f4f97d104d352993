#include "workers/delivery/offset_tracker.h"

#include <algorithm>

namespace chatfleet::delivery {

void OffsetTracker::Read(const kafka::TopicPartition& partition, std::int64_t offset) {
  auto [found, created] = partitions_.try_emplace(partition);
  State& state = found->second;
  // Where this member started reading: committing it again would say nothing new.
  if (created) state.committed = offset;
  state.unsettled.insert(offset);
  state.next_read = std::max(state.next_read, offset + 1);
}

void OffsetTracker::Settle(const kafka::TopicPartition& partition, std::int64_t offset) {
  if (const auto found = partitions_.find(partition); found != partitions_.end()) {
    found->second.unsettled.erase(offset);
  }
}

void OffsetTracker::Drop(const std::vector<kafka::TopicPartition>& partitions) {
  for (const auto& partition : partitions) partitions_.erase(partition);
}

std::vector<kafka::PartitionOffset> OffsetTracker::Committable() const {
  std::vector<kafka::PartitionOffset> offsets;
  for (const auto& [partition, state] : partitions_) {
    const std::int64_t position = state.Position();
    if (position > state.committed) {
      offsets.push_back({partition.topic, partition.partition, position});
    }
  }
  return offsets;
}

void OffsetTracker::MarkCommitted(const std::vector<kafka::PartitionOffset>& offsets) {
  for (const auto& offset : offsets) {
    if (const auto found = partitions_.find({offset.topic, offset.partition});
        found != partitions_.end()) {
      found->second.committed = std::max(found->second.committed, offset.next_offset);
    }
  }
}

std::size_t OffsetTracker::unsettled() const {
  std::size_t count = 0;
  for (const auto& [partition, state] : partitions_) count += state.unsettled.size();
  return count;
}

}  // namespace chatfleet::delivery
