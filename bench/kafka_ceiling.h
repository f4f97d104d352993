#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "shared/core/error.h"
#include "shared/kafka/message.h"

namespace chatfleet::bench {

struct KafkaCeilingOptions {
  std::string brokers;
  /// A fresh topic; created here with `partitions` partitions.
  std::string topic;
  int partitions = 12;
  /// Most messages handed to one Consumer::PollBatch.
  std::size_t poll_batch = 1000;
  /// Messages written and then read back per round (see MeasureKafkaCeiling).
  std::size_t messages_per_round = 40000;
  std::chrono::milliseconds timeout{120000};
};

struct KafkaCeiling {
  std::int64_t produced = 0;
  std::int64_t produce_failures = 0;
  double produce_seconds = 0;  ///< first Produce → last delivery report
  std::int64_t consumed = 0;
  double consume_seconds = 0;            ///< first message received → last message received
  double consume_with_join_seconds = 0;  ///< consumer created → last message (group join included)
  std::int64_t offset_resets = 0;
};

/// The raw broker ceiling with the fleet's own clients, in rounds of `messages_per_round` (the
/// dev broker drops what exceeds ~5 MiB per partition): an idempotent acks=all Producer sends a
/// round and waits for all delivery reports; then a Consumer of one reader group joins, reads
/// the round from the committed offsets, commits and leaves. Rates are messages over the summed
/// produce times and the summed first-to-last-message read times (group joins excluded). Fails
/// when the topic cannot be created or a client cannot be built.
Result<KafkaCeiling> MeasureKafkaCeiling(const KafkaCeilingOptions& options,
                                         const std::vector<kafka::OutgoingMessage>& messages);

/// Partitions so that no partition holds more than `budget_bytes` of these messages (the dev
/// broker keeps only ~5 MiB per partition), at least `minimum`.
int PartitionsFor(const std::vector<kafka::OutgoingMessage>& messages, int minimum,
                  std::int64_t budget_bytes);

}  // namespace chatfleet::bench
