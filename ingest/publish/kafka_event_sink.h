#pragma once

#include <memory>
#include <string>

#include "ingest/publish/event_sink.h"
#include "shared/kafka/producer.h"
#include "shared/trace/tracer.h"

namespace chatfleet::ingest {

/// The Kafka key of an event: one conversation, one key, so one partition and one order.
std::string ConversationKey(const v1::ChatEvent& event);

/// One accepted event as its chat.events record: binary protobuf, keyed by conversation, with
/// W3C trace context, `x-request-id` and `chatfleet-event-id` headers. Its producer span (a
/// child of the item's context, its context in the headers) is started here; the caller ends
/// it when the broker has answered.
struct EventRecord {
  kafka::OutgoingMessage message;
  std::shared_ptr<trace::Span> span;
};
EventRecord MakeEventRecord(const PublishItem& item, const std::string& topic,
                            trace::Tracer& tracer);

/// Publishes ChatEvents (binary protobuf) to the events topic with W3C trace context,
/// `x-request-id` and `chatfleet-event-id` headers. Each message gets a producer span (a child
/// of the item's context, ended at its delivery report) whose context travels in the headers.
/// `done` runs once every message of the call is acknowledged by the broker (acks=all) or the
/// first one failed.
class KafkaEventSink final : public EventSink {
 public:
  KafkaEventSink(kafka::Producer& producer, std::string topic, trace::Tracer& tracer);
  void Publish(std::vector<PublishItem> items, PublishDone done) override;

 private:
  kafka::Producer& producer_;
  std::string topic_;
  trace::Tracer& tracer_;
};

}  // namespace chatfleet::ingest
