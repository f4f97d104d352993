#pragma once

#include <string>

#include "ingest/publish/event_sink.h"
#include "shared/kafka/producer.h"

namespace chatfleet::ingest {

/// The Kafka key of an event: one conversation, one key, so one partition and one order.
std::string ConversationKey(const v1::ChatEvent& event);

/// Publishes ChatEvents (binary protobuf) to the events topic with W3C trace context,
/// `x-request-id` and `chatfleet-event-id` headers. `done` runs once every message of the call
/// is acknowledged by the broker (acks=all) or the first one failed.
class KafkaEventSink final : public EventSink {
 public:
  KafkaEventSink(kafka::Producer& producer, std::string topic);
  void Publish(std::vector<PublishItem> items, PublishDone done) override;

 private:
  kafka::Producer& producer_;
  std::string topic_;
};

}  // namespace chatfleet::ingest
