#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "shared/trace/trace_context.h"

namespace chatfleet::kafka {

using Headers = trace::HeaderList;

/// A message to publish. `key` decides the partition (murmur2, as the Java client does), so all
/// messages of one conversation land on one partition in order.
struct OutgoingMessage {
  std::string topic;
  std::string key;
  std::string value;
  Headers headers;
};

/// A message read by a Consumer; owns copies of its bytes so it outlives the librdkafka message.
struct ConsumedMessage {
  std::string topic;
  std::int32_t partition = 0;
  std::int64_t offset = 0;
  std::string key;
  std::string value;
  Headers headers;
  /// Broker or producer timestamp, milliseconds since the epoch (-1 when absent).
  std::int64_t timestamp_ms = -1;
};

struct TopicPartition {
  std::string topic;
  std::int32_t partition = 0;
  auto operator<=>(const TopicPartition&) const = default;
};

/// The offset to commit: the offset of the next message to read (last processed + 1).
struct PartitionOffset {
  std::string topic;
  std::int32_t partition = 0;
  std::int64_t next_offset = 0;
};

}  // namespace chatfleet::kafka
