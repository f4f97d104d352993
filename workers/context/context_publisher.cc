#include "workers/context/context_publisher.h"

namespace chatfleet::workers {

ContextPublisher::ContextPublisher(kafka::Producer& producer, std::string topic)
    : producer_(producer), topic_(std::move(topic)) {}

kafka::OutgoingMessage ContextPublisher::Encode(const v1::ConversationContext& context,
                                                const std::string& key,
                                                const trace::TraceContext& event_trace) const {
  kafka::OutgoingMessage out{topic_, key, context.SerializeAsString(), {}};
  trace::Inject(event_trace.Child(), out.headers);
  out.headers.emplace_back("chatfleet-event-id", context.source_event_id());
  out.headers.emplace_back("chatfleet-context-id", context.context_id());
  return out;
}

Status ContextPublisher::Send(const kafka::OutgoingMessage& record, kafka::DeliveryTracker& acks) {
  auto produced = producer_.Produce(record, acks.Track());
  if (!produced) acks.Forget();  // its callback will never run
  return produced;
}

}  // namespace chatfleet::workers
