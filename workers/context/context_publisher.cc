#include "workers/context/context_publisher.h"

#include "shared/trace/messaging_spans.h"
#include "workers/context/context_assembler.h"

namespace chatfleet::workers {

ContextPublisher::ContextPublisher(kafka::Producer& producer, std::string topic,
                                   trace::Tracer& tracer)
    : producer_(producer), topic_(std::move(topic)), tracer_(tracer) {}

kafka::OutgoingMessage ContextPublisher::Record(std::string context, const v1::ChatEvent& event,
                                                const std::string& key,
                                                const trace::TraceContext& event_trace) const {
  kafka::OutgoingMessage out{topic_, key, std::move(context), {}};
  std::string context_id = ContextIdFor(event);
  trace::Inject(trace::PublishSpan(tracer_, topic_, event_trace, context_id), out.headers);
  out.headers.emplace_back("chatfleet-event-id", event.event_id());
  out.headers.emplace_back("chatfleet-context-id", std::move(context_id));
  return out;
}

Status ContextPublisher::Send(const kafka::OutgoingMessage& record, kafka::DeliveryTracker& acks) {
  auto produced = producer_.Produce(record, acks.Track());
  if (!produced) acks.Forget();  // its callback will never run
  return produced;
}

}  // namespace chatfleet::workers
