#pragma once

#include <string>

#include "chatfleet/v1/outbound_message.pb.h"
#include "shared/core/error.h"
#include "shared/kafka/delivery_tracker.h"
#include "shared/kafka/producer.h"
#include "shared/trace/trace_context.h"
#include "shared/trace/tracer.h"

namespace chatfleet::workers {

/// Publishes the workers' own answers (`/schedule`) to chat.outbound: key = the source event's
/// key (its conversation), headers = its publish span's context (exported when the event is
/// sampled, see PublishSpan), the source event id and
/// the outbound id (stable: "schedule-" + event id, so a redelivery re-sends the same id). The
/// deliveries are reported to the batch's tracker: acknowledged before its offsets are
/// committed, like the contexts.
class OutboundPublisher {
 public:
  /// `tracer` must outlive the publisher.
  OutboundPublisher(kafka::Producer& producer, std::string topic, trace::Tracer& tracer);
  Status Publish(const v1::OutboundMessage& message, const std::string& key,
                 const trace::TraceContext& event_trace, kafka::DeliveryTracker& acks);

 private:
  kafka::Producer& producer_;
  std::string topic_;
  trace::Tracer& tracer_;
};

}  // namespace chatfleet::workers
