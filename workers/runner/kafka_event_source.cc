#include "workers/runner/kafka_event_source.h"

namespace chatfleet::workers {

Result<std::vector<kafka::ConsumedMessage>> KafkaEventSource::PollBatch(
    std::size_t max_messages, std::chrono::milliseconds timeout, std::chrono::milliseconds linger) {
  return consumer_.PollBatch(max_messages, timeout, linger);
}

Status KafkaEventSource::Commit(const std::vector<kafka::PartitionOffset>& offsets) {
  return consumer_.Commit(offsets);
}

void KafkaEventSource::SetRevokeHandler(RevokeHandler before_revoke) {
  consumer_.SetRevokeHandler(std::move(before_revoke));
}

void KafkaEventSource::Rewind(const std::vector<kafka::PartitionOffset>& starts) {
  consumer_.Rewind(starts);
}

std::map<kafka::TopicPartition, std::int64_t> KafkaEventSource::Lag() const {
  return consumer_.Lag();
}

std::int64_t KafkaEventSource::OffsetResets() const { return consumer_.offset_resets(); }

}  // namespace chatfleet::workers
