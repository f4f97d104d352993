#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "shared/trace/tracer.h"

namespace chatfleet::trace {

/// Builds the standard OTLP `ExportTraceServiceRequest` body for a batch. Pure.
std::string EncodeExportRequest(const std::vector<SpanData>& spans, const std::string& service_name,
                                const std::vector<Attribute>& resource);

/// OTLP/HTTP with protobuf bodies (`POST <url>`, usually `<endpoint>/v1/traces`), through
/// libcurl. One exporter is used by one background thread at a time.
class OtlpHttpExporter final : public SpanExporter {
 public:
  OtlpHttpExporter(std::string url, std::string service_name, std::vector<Attribute> resource,
                   std::vector<std::string> headers, std::chrono::milliseconds timeout);
  ~OtlpHttpExporter() override;

  Status Export(const std::vector<SpanData>& spans) override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chatfleet::trace
