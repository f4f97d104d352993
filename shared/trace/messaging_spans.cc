#include "shared/trace/messaging_spans.h"

namespace chatfleet::trace {

void SetKafkaOperation(Span& span, std::string_view operation, const std::string& destination) {
  if (!span.recording()) return;
  span.SetAttribute("messaging.system", std::string("kafka"));
  span.SetAttribute("messaging.operation", std::string(operation));
  span.SetAttribute("messaging.destination.name", destination);
}

void SetKafkaMessage(Span& span, int partition, std::int64_t offset, const std::string& key) {
  if (!span.recording()) return;
  span.SetAttribute("messaging.kafka.destination.partition", std::int64_t{partition});
  span.SetAttribute("messaging.kafka.message.offset", offset);
  span.SetAttribute("messaging.kafka.message.key", key);
}

TraceContext PublishSpan(Tracer& tracer, const std::string& topic, const TraceContext& parent,
                         const std::string& message_id) {
  if (!tracer.enabled() || !parent.sampled()) return parent.Child();
  Span span = tracer.StartSpan(topic + " publish", SpanKind::kProducer, &parent);
  SetKafkaOperation(span, "publish", topic);
  span.SetAttribute("messaging.message.id", message_id);
  return span.context();
}

}  // namespace chatfleet::trace
