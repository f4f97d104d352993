#include "workers/proactive/outbound_publisher.h"

namespace chatfleet::workers {

OutboundPublisher::OutboundPublisher(kafka::Producer& producer, std::string topic)
    : producer_(producer), topic_(std::move(topic)) {}

Status OutboundPublisher::Publish(const v1::OutboundMessage& message, const std::string& key,
                                  const trace::TraceContext& event_trace,
                                  kafka::DeliveryTracker& acks) {
  kafka::OutgoingMessage out{topic_, key, message.SerializeAsString(), {}};
  trace::Inject(event_trace.Child(), out.headers);
  out.headers.emplace_back("chatfleet-event-id", message.source_event_id());
  out.headers.emplace_back("chatfleet-outbound-id", message.id());
  auto produced = producer_.Produce(std::move(out), acks.Track());
  if (!produced) acks.Forget();  // its callback will never run
  return produced;
}

}  // namespace chatfleet::workers
