#include "workers/context/context_publisher.h"

#include "workers/context/context_assembler.h"

namespace chatfleet::workers {

ContextPublisher::ContextPublisher(kafka::Producer& producer, std::string topic)
    : producer_(producer), topic_(std::move(topic)) {}

kafka::OutgoingMessage ContextPublisher::Record(std::string context, const v1::ChatEvent& event,
                                                const std::string& key,
                                                const trace::TraceContext& event_trace) const {
  kafka::OutgoingMessage out{topic_, key, std::move(context), {}};
  trace::Inject(event_trace.Child(), out.headers);
  out.headers.emplace_back("chatfleet-event-id", event.event_id());
  out.headers.emplace_back("chatfleet-context-id", ContextIdFor(event));
  return out;
}

Status ContextPublisher::Send(const kafka::OutgoingMessage& record, kafka::DeliveryTracker& acks) {
  auto produced = producer_.Produce(record, acks.Track());
  if (!produced) acks.Forget();  // its callback will never run
  return produced;
}

}  // namespace chatfleet::workers
