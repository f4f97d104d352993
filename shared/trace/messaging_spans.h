#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "shared/trace/span.h"
#include "shared/trace/tracer.h"

namespace chatfleet::trace {

/// OpenTelemetry's messaging semantic conventions (1.24) for a span of a Kafka operation
/// (`publish`, `process`) on `destination`: the attribute names live here, once.
void SetKafkaOperation(Span& span, std::string_view operation, const std::string& destination);

/// Where one consumed message was read: partition, offset and key.
void SetKafkaMessage(Span& span, int partition, std::int64_t offset, const std::string& key);

/// The trace context for a message published to `topic` on behalf of `parent`'s work: the
/// context of a `<topic> publish` producer span (the child of `parent`, exported at once) when
/// `parent` is sampled and the tracer exports; else just a child id of `parent`, which costs no
/// span that nobody would see.
TraceContext PublishSpan(Tracer& tracer, const std::string& topic, const TraceContext& parent,
                         const std::string& message_id);

}  // namespace chatfleet::trace
