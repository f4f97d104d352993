#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "shared/core/error.h"
#include "shared/trace/span.h"

namespace chatfleet::trace {

/// Sends a batch of finished spans somewhere (OTLP/HTTP in production).
class SpanExporter {
 public:
  virtual ~SpanExporter() = default;
  virtual Status Export(const std::vector<SpanData>& spans) = 0;
};

enum class SamplerKind { kAlwaysOn, kAlwaysOff, kTraceIdRatio };

/// OTEL_TRACES_SAMPLER semantics: `parent_based` follows the parent's sampled flag when there
/// is one and applies `root` otherwise — except that a root linked to a sampled context is
/// sampled too, so a link followed from a sampled trace (a reminder's to the message that
/// planned it, a message's to its poll batch) always leads to a span that was exported.
struct Sampler {
  SamplerKind root = SamplerKind::kAlwaysOn;
  double ratio = 1.0;
  bool parent_based = true;

  bool ShouldSample(const TraceContext* parent, const TraceContext& candidate,
                    const std::vector<TraceContext>& links = {}) const;
};

struct TracerOptions {
  std::string service_name = "chatfleet";
  /// Resource attributes besides service.name (OTEL_RESOURCE_ATTRIBUTES).
  std::vector<Attribute> resource;
  Sampler sampler;
  /// Spans waiting for export; past this, new spans are dropped (counted), never blocking.
  std::size_t max_queue = 4096;
  std::size_t max_batch = 512;
  std::chrono::milliseconds export_interval{500};
};

/// Starts spans and exports the sampled ones in the background.
///
/// Thread-safe. Exporting never blocks the caller: spans go to a bounded queue drained by one
/// background thread; a slow or dead collector costs dropped spans (dropped()), nothing else.
/// A disabled tracer (no exporter) still mints span ids so trace context propagates, at the
/// cost of a random number per span.
class Tracer {
 public:
  /// Disabled: nothing is recorded or exported.
  Tracer();
  Tracer(TracerOptions options, std::unique_ptr<SpanExporter> exporter);
  ~Tracer();
  Tracer(const Tracer&) = delete;
  Tracer& operator=(const Tracer&) = delete;

  /// Reads the standard OTEL_* environment: OTEL_SDK_DISABLED, OTEL_TRACES_EXPORTER,
  /// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT / OTEL_EXPORTER_OTLP_ENDPOINT (+ "/v1/traces"),
  /// OTEL_EXPORTER_OTLP_HEADERS, OTEL_EXPORTER_OTLP_TIMEOUT, OTEL_SERVICE_NAME,
  /// OTEL_RESOURCE_ATTRIBUTES, OTEL_TRACES_SAMPLER, OTEL_TRACES_SAMPLER_ARG. No endpoint →
  /// disabled. Throws std::invalid_argument on a malformed value.
  static std::unique_ptr<Tracer> FromEnvironment(std::string_view default_service_name);

  bool enabled() const { return enabled_; }

  /// A span that continues `parent` (child) or starts a trace (nullptr or invalid parent).
  Span StartSpan(std::string name, SpanKind kind, const TraceContext* parent,
                 std::vector<TraceContext> links = {});

  /// Waits until everything queued so far was handed to the exporter, at most `timeout`.
  Status Flush(std::chrono::milliseconds timeout);

  std::int64_t exported() const;
  std::int64_t dropped() const;

 private:
  class Queue;
  bool enabled_ = false;
  Sampler sampler_;
  std::shared_ptr<Queue> queue_;
};

}  // namespace chatfleet::trace
