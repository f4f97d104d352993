#include "workers/context/context_publisher.h"

namespace chatfleet::workers {

ContextPublisher::ContextPublisher(kafka::Producer& producer, std::string topic)
    : producer_(producer), topic_(std::move(topic)) {}

namespace {

kafka::OutgoingMessage ToMessage(const std::string& topic, const v1::ConversationContext& context,
                                 const std::string& key, const trace::TraceContext& event_trace) {
  kafka::OutgoingMessage out{topic, key, context.SerializeAsString(), {}};
  trace::Inject(event_trace.Child(), out.headers);
  out.headers.emplace_back("chatfleet-event-id", context.source_event_id());
  out.headers.emplace_back("chatfleet-context-id", context.context_id());
  return out;
}

}  // namespace

Status ContextPublisher::Publish(const v1::ConversationContext& context, const std::string& key,
                                 const trace::TraceContext& event_trace) {
  return producer_.Produce(ToMessage(topic_, context, key, event_trace),
                           [failed = failed_](const Status& delivered) {
                             if (!delivered) failed->fetch_add(1);
                           });
}

Status ContextPublisher::Publish(const v1::ConversationContext& context, const std::string& key,
                                 const trace::TraceContext& event_trace,
                                 kafka::DeliveryTracker& acks) {
  auto produced = producer_.Produce(ToMessage(topic_, context, key, event_trace), acks.Track());
  if (!produced) acks.Forget();  // its callback will never run
  return produced;
}

Status ContextPublisher::Flush(std::chrono::milliseconds timeout) {
  if (auto flushed = producer_.Flush(timeout); !flushed) return flushed;
  if (const int failed = failed_->exchange(0); failed > 0) {
    return Fail(Error::Retryable(std::to_string(failed) + " contexts were not acknowledged"));
  }
  return {};
}

}  // namespace chatfleet::workers
