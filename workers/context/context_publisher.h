#pragma once

#include <string>
#include <string_view>

#include "chatfleet/v1/chat_event.pb.h"
#include "shared/core/error.h"
#include "shared/kafka/delivery_tracker.h"
#include "shared/kafka/producer.h"
#include "shared/trace/trace_context.h"
#include "shared/trace/tracer.h"

namespace chatfleet::workers {

/// The codec of the workers' producer (CHATFLEET_CONTEXT_COMPRESSION): a context carries its
/// conversation's window, which the batch's next contexts of that conversation repeat, so a
/// compressed producer batch is a fraction of the bytes the broker writes and serves. `none`
/// turns it off. Consumers (kcat, delivery, any librdkafka or Java client) decompress on read.
inline constexpr std::string_view kContextCompression = "lz4";

/// Publishes ConversationContext messages to chat.context: key = the source event's key (the
/// conversation), headers = the publish span's trace context, the source event id and the
/// context id. For a sampled event the publish is an exported span of the event's trace, so
/// the `traceparent` a consumer of chat.context reads names a span that Jaeger has. The runner
/// commits a batch's offsets only after every context of it was acknowledged (the batch's
/// DeliveryTracker); a crash before that re-emits the same context ids.
class ContextPublisher {
 public:
  /// `tracer` must outlive the publisher.
  ContextPublisher(kafka::Producer& producer, std::string topic, trace::Tracer& tracer);
  /// The chat.context record of a serialized context (ContextEncoder) for `event`: a failed
  /// delivery is sent again from it as it is (same bytes, same span).
  kafka::OutgoingMessage Record(std::string context, const v1::ChatEvent& event,
                                const std::string& key,
                                const trace::TraceContext& event_trace) const;
  /// Produces an encoded record; its delivery is reported to `acks`.
  Status Send(const kafka::OutgoingMessage& record, kafka::DeliveryTracker& acks);

 private:
  kafka::Producer& producer_;
  std::string topic_;
  trace::Tracer& tracer_;
};

}  // namespace chatfleet::workers
