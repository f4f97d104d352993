#include "workers/proactive/outbound_publisher.h"

namespace chatfleet::workers {

OutboundPublisher::OutboundPublisher(kafka::Producer& producer, std::string topic)
    : producer_(producer), topic_(std::move(topic)) {}

Status OutboundPublisher::Publish(const v1::OutboundMessage& message, const std::string& key,
                                  const trace::TraceContext& event_trace) {
  kafka::OutgoingMessage out{topic_, key, message.SerializeAsString(), {}};
  trace::Inject(event_trace.Child(), out.headers);
  out.headers.emplace_back("chatfleet-event-id", message.source_event_id());
  out.headers.emplace_back("chatfleet-outbound-id", message.id());
  return producer_.Produce(std::move(out), [failed = failed_](const Status& delivered) {
    if (!delivered) failed->fetch_add(1);
  });
}

Status OutboundPublisher::Flush(std::chrono::milliseconds timeout) {
  if (auto flushed = producer_.Flush(timeout); !flushed) return flushed;
  if (const int failed = failed_->exchange(0); failed > 0) {
    return Fail(
        Error::Retryable(std::to_string(failed) + " outbound messages were not acknowledged"));
  }
  return {};
}

}  // namespace chatfleet::workers
