#include "workers/proactive/outbound_publisher.h"

#include "shared/trace/messaging_spans.h"

namespace chatfleet::workers {

OutboundPublisher::OutboundPublisher(kafka::Producer& producer, std::string topic,
                                     trace::Tracer& tracer)
    : producer_(producer), topic_(std::move(topic)), tracer_(tracer) {}

Status OutboundPublisher::Publish(const v1::OutboundMessage& message, const std::string& key,
                                  const trace::TraceContext& event_trace,
                                  kafka::DeliveryTracker& acks) {
  kafka::OutgoingMessage out{topic_, key, message.SerializeAsString(), {}};
  trace::Inject(trace::PublishSpan(tracer_, topic_, event_trace, message.id()), out.headers);
  out.headers.emplace_back("chatfleet-event-id", message.source_event_id());
  out.headers.emplace_back("chatfleet-outbound-id", message.id());
  auto produced = producer_.Produce(std::move(out), acks.Track());
  if (!produced) acks.Forget();  // its callback will never run
  return produced;
}

}  // namespace chatfleet::workers
