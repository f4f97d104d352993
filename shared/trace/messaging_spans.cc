#include "shared/trace/messaging_spans.h"

#include "shared/trace/attributes.h"

namespace chatfleet::trace {

void SetKafkaOperation(Span& span, std::string_view operation, const std::string& destination) {
  if (!span.recording()) return;
  span.SetAttribute(attr::kMessagingSystem, std::string("kafka"));
  span.SetAttribute(attr::kMessagingOperation, std::string(operation));
  span.SetAttribute(attr::kMessagingDestinationName, destination);
}

void SetKafkaMessage(Span& span, int partition, std::int64_t offset, const std::string& key) {
  if (!span.recording()) return;
  span.SetAttribute(attr::kMessagingKafkaPartition, std::int64_t{partition});
  span.SetAttribute(attr::kMessagingKafkaOffset, offset);
  span.SetAttribute(attr::kMessagingKafkaKey, key);
}

TraceContext PublishSpan(Tracer& tracer, const std::string& topic, const TraceContext& parent,
                         const std::string& message_id) {
  if (!tracer.enabled() || !parent.sampled()) return parent.Child();
  Span span = tracer.StartSpan(topic + " publish", SpanKind::kProducer, &parent);
  SetKafkaOperation(span, "publish", topic);
  span.SetAttribute(attr::kMessagingMessageId, message_id);
  return span.context();
}

}  // namespace chatfleet::trace
