#include "shared/trace/otlp_exporter.h"

#include <curl/curl.h>

#include <mutex>

#include "opentelemetry/proto/collector/trace/v1/trace_service.pb.h"

namespace chatfleet::trace {
namespace {

namespace otlp = opentelemetry::proto;

void SetValue(otlp::common::v1::AnyValue* out, const AttributeValue& value) {
  std::visit(
      [out](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::string>) {
          out->set_string_value(v);
        } else if constexpr (std::is_same_v<T, bool>) {
          out->set_bool_value(v);
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          out->set_int_value(v);
        } else {
          out->set_double_value(v);
        }
      },
      value);
}

template <typename Repeated>
void AddAttributes(Repeated* out, const std::vector<Attribute>& attributes) {
  for (const auto& attribute : attributes) {
    auto* kv = out->Add();
    kv->set_key(attribute.key);
    SetValue(kv->mutable_value(), attribute.value);
  }
}

otlp::trace::v1::Span::SpanKind KindOf(SpanKind kind) {
  switch (kind) {
    case SpanKind::kServer:
      return otlp::trace::v1::Span::SPAN_KIND_SERVER;
    case SpanKind::kClient:
      return otlp::trace::v1::Span::SPAN_KIND_CLIENT;
    case SpanKind::kProducer:
      return otlp::trace::v1::Span::SPAN_KIND_PRODUCER;
    case SpanKind::kConsumer:
      return otlp::trace::v1::Span::SPAN_KIND_CONSUMER;
    case SpanKind::kInternal:
      break;
  }
  return otlp::trace::v1::Span::SPAN_KIND_INTERNAL;
}

template <std::size_t N>
std::string Bytes(const std::array<std::uint8_t, N>& id) {
  return std::string(reinterpret_cast<const char*>(id.data()), N);
}

std::once_flag g_curl_init;

}  // namespace

std::string EncodeExportRequest(const std::vector<SpanData>& spans, const std::string& service_name,
                                const std::vector<Attribute>& resource) {
  otlp::collector::trace::v1::ExportTraceServiceRequest request;
  auto* resource_spans = request.add_resource_spans();
  auto* attributes = resource_spans->mutable_resource()->mutable_attributes();
  AddAttributes(attributes, {{"service.name", service_name},
                             {"telemetry.sdk.name", "chatfleet"},
                             {"telemetry.sdk.language", "cpp"}});
  AddAttributes(attributes, resource);
  auto* scope_spans = resource_spans->add_scope_spans();
  scope_spans->mutable_scope()->set_name("chatfleet");
  scope_spans->set_schema_url(std::string(kSchemaUrl));
  for (const SpanData& data : spans) {
    auto* span = scope_spans->add_spans();
    span->set_trace_id(Bytes(data.context.trace_id));
    span->set_span_id(Bytes(data.context.span_id));
    span->set_trace_state(data.context.tracestate);
    const bool root = std::all_of(data.parent_span_id.begin(), data.parent_span_id.end(),
                                  [](std::uint8_t b) { return b == 0; });
    if (!root) span->set_parent_span_id(Bytes(data.parent_span_id));
    span->set_flags(data.context.flags);
    span->set_name(data.name);
    span->set_kind(KindOf(data.kind));
    span->set_start_time_unix_nano(data.start_unix_nanos);
    span->set_end_time_unix_nano(data.end_unix_nanos);
    AddAttributes(span->mutable_attributes(), data.attributes);
    for (const TraceContext& link : data.links) {
      auto* out = span->add_links();
      out->set_trace_id(Bytes(link.trace_id));
      out->set_span_id(Bytes(link.span_id));
      out->set_trace_state(link.tracestate);
      out->set_flags(link.flags);
    }
    if (data.error) {
      span->mutable_status()->set_code(otlp::trace::v1::Status::STATUS_CODE_ERROR);
      span->mutable_status()->set_message(data.status_message);
    }
  }
  return request.SerializeAsString();
}

struct OtlpHttpExporter::Impl {
  std::string url;
  std::string service_name;
  std::vector<Attribute> resource;
  std::chrono::milliseconds timeout;
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl{nullptr, curl_easy_cleanup};
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers{nullptr, curl_slist_free_all};
};

OtlpHttpExporter::OtlpHttpExporter(std::string url, std::string service_name,
                                   std::vector<Attribute> resource,
                                   std::vector<std::string> headers,
                                   std::chrono::milliseconds timeout)
    : impl_(std::make_unique<Impl>()) {
  std::call_once(g_curl_init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  impl_->url = std::move(url);
  impl_->service_name = std::move(service_name);
  impl_->resource = std::move(resource);
  impl_->timeout = timeout;
  impl_->curl.reset(curl_easy_init());
  if (!impl_->curl) throw std::runtime_error("curl_easy_init failed");
  curl_slist* list = curl_slist_append(nullptr, "Content-Type: application/x-protobuf");
  for (const auto& header : headers) list = curl_slist_append(list, header.c_str());
  impl_->headers.reset(list);
}

OtlpHttpExporter::~OtlpHttpExporter() = default;

Status OtlpHttpExporter::Export(const std::vector<SpanData>& spans) {
  if (spans.empty()) return {};
  const std::string body = EncodeExportRequest(spans, impl_->service_name, impl_->resource);
  CURL* curl = impl_->curl.get();
  curl_easy_reset(curl);
  curl_easy_setopt(curl, CURLOPT_URL, impl_->url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, impl_->headers.get());
  curl_easy_setopt(curl, CURLOPT_POST, 1L);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(impl_->timeout.count()));
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  // The response body (ExportTraceServiceResponse) is not needed: discard it.
  curl_easy_setopt(
      curl, CURLOPT_WRITEFUNCTION,
      +[](char*, size_t size, size_t count, void*) { return size * count; });
  const CURLcode code = curl_easy_perform(curl);
  if (code != CURLE_OK) {
    return Fail(Error::Retryable(std::string("OTLP export to ") + impl_->url + ": " +
                                 curl_easy_strerror(code)));
  }
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  if (status < 200 || status >= 300) {
    return Fail(
        Error::Retryable("OTLP export to " + impl_->url + ": HTTP " + std::to_string(status)));
  }
  return {};
}

}  // namespace chatfleet::trace
