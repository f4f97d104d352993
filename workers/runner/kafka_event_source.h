#pragma once

#include "shared/kafka/consumer.h"
#include "workers/runner/event_source.h"

namespace chatfleet::workers {

/// The runner's EventSource over the consumer group member (shared/kafka). Does not own the
/// consumer; same thread rules (the runner's thread).
class KafkaEventSource final : public EventSource {
 public:
  explicit KafkaEventSource(kafka::Consumer& consumer) : consumer_(consumer) {}

  Result<std::vector<kafka::ConsumedMessage>> PollBatch(std::size_t max_messages,
                                                        std::chrono::milliseconds timeout,
                                                        std::chrono::milliseconds linger) override;
  Status Commit(const std::vector<kafka::PartitionOffset>& offsets) override;
  void SetRevokeHandler(RevokeHandler before_revoke) override;
  void Rewind(const std::vector<kafka::PartitionOffset>& starts) override;
  std::map<kafka::TopicPartition, std::int64_t> Lag() const override;
  std::int64_t OffsetResets() const override;

 private:
  kafka::Consumer& consumer_;
};

}  // namespace chatfleet::workers
