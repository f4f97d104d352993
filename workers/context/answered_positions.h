#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <vector>

#include "shared/core/error.h"
#include "shared/kafka/message.h"
#include "shared/pg/lazy_connection.h"
#include "workers/context/answered_position_store.h"

namespace chatfleet::workers {

/// The answered positions in PostgreSQL (answered_positions), one row per partition. Not
/// thread-safe (the runner's thread: the memory stages' Prepare and the runner's commit step).
class AnsweredPositions final : public AnsweredPositionStore {
 public:
  explicit AnsweredPositions(pg::LazyConnection& connection) : connection_(connection) {}

  Result<std::map<kafka::TopicPartition, std::int64_t>> Load(
      const std::set<kafka::TopicPartition>& partitions) override;
  Status Record(const std::vector<kafka::PartitionOffset>& answered) override;

 private:
  pg::LazyConnection& connection_;
};

}  // namespace chatfleet::workers
