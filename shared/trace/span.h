#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "shared/trace/trace_context.h"

namespace chatfleet::trace {

/// Semantic conventions followed by chatfleet's spans: OpenTelemetry semconv 1.24.0 (messaging
/// attributes `messaging.*`, `messaging.kafka.*`; `http.*`, `url.path`; `db.*`; `error.type`).
inline constexpr std::string_view kSemanticConventionsVersion = "1.24.0";
inline constexpr std::string_view kSchemaUrl = "https://opentelemetry.io/schemas/1.24.0";

enum class SpanKind { kInternal, kServer, kClient, kProducer, kConsumer };

using AttributeValue = std::variant<std::string, std::int64_t, double, bool>;

struct Attribute {
  std::string key;
  AttributeValue value;
};

/// A finished span, as exported.
struct SpanData {
  TraceContext context;
  std::array<std::uint8_t, 8> parent_span_id{};  // all zero: a root span
  std::string name;
  SpanKind kind = SpanKind::kInternal;
  std::uint64_t start_unix_nanos = 0;
  std::uint64_t end_unix_nanos = 0;
  std::vector<Attribute> attributes;
  std::vector<TraceContext> links;
  bool error = false;
  std::string status_message;
};

class SpanSink;

/// A span in progress. Move-only. It ends — and, when sampled, is queued for export — on End()
/// or destruction, whichever comes first. A span that is not recording (tracing off, or not
/// sampled) still has ids, so trace context propagates unchanged; everything else is a no-op.
class Span {
 public:
  Span() = default;
  Span(SpanData data, std::shared_ptr<SpanSink> sink);
  Span(Span&&) noexcept = default;
  Span& operator=(Span&& other) noexcept;
  ~Span();

  const TraceContext& context() const { return data_.context; }
  bool recording() const { return sink_ != nullptr; }

  void SetAttribute(std::string key, AttributeValue value);
  void AddLink(const TraceContext& link);
  /// Marks the span failed; `type` goes to `error.type` (semconv), `message` to the status.
  void SetError(std::string type, std::string message);
  void End();

 private:
  SpanData data_;
  std::shared_ptr<SpanSink> sink_;
};

/// Where ended spans go (the tracer's export queue).
class SpanSink {
 public:
  virtual ~SpanSink() = default;
  virtual void Submit(SpanData&& span) = 0;
};

std::uint64_t UnixNanosNow();

}  // namespace chatfleet::trace
