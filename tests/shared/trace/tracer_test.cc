#include "shared/trace/tracer.h"

#include <gtest/gtest.h>

#include <mutex>
#include <thread>

#include "opentelemetry/proto/collector/trace/v1/trace_service.pb.h"
#include "shared/http/server.h"
#include "shared/trace/otlp_exporter.h"

namespace chatfleet::trace {
namespace {

/// Captures exported batches; optionally slow, to fill the queue.
class RecordingExporter final : public SpanExporter {
 public:
  explicit RecordingExporter(std::chrono::milliseconds delay = {}) : delay_(delay) {}
  Status Export(const std::vector<SpanData>& spans) override {
    std::this_thread::sleep_for(delay_);
    std::lock_guard lock(mutex_);
    spans_.insert(spans_.end(), spans.begin(), spans.end());
    return {};
  }
  std::vector<SpanData> spans() {
    std::lock_guard lock(mutex_);
    return spans_;
  }

 private:
  std::chrono::milliseconds delay_;
  std::mutex mutex_;
  std::vector<SpanData> spans_;
};

TracerOptions Options(Sampler sampler = {}) {
  TracerOptions options;
  options.service_name = "test";
  options.sampler = sampler;
  options.export_interval = std::chrono::milliseconds(10);
  return options;
}

TEST(SamplerTest, ParentBasedFollowsTheParent) {
  Sampler sampler{SamplerKind::kAlwaysOff, 0, true};
  auto parent = TraceContext::NewRoot();
  EXPECT_TRUE(sampler.ShouldSample(&parent, parent.Child()));
  parent.flags = 0;
  Sampler on{SamplerKind::kAlwaysOn, 1, true};
  EXPECT_FALSE(on.ShouldSample(&parent, parent.Child()));
  EXPECT_FALSE(sampler.ShouldSample(nullptr, TraceContext::NewRoot()));
}

TEST(SamplerTest, ARootLinkedToASampledContextIsSampledWhenParentBased) {
  Sampler sampler{SamplerKind::kAlwaysOff, 0, true};
  auto sampled = TraceContext::NewRoot();
  auto unsampled = TraceContext::NewRoot();
  unsampled.flags = 0;
  EXPECT_TRUE(sampler.ShouldSample(nullptr, TraceContext::NewRoot(), {unsampled, sampled}));
  EXPECT_FALSE(sampler.ShouldSample(nullptr, TraceContext::NewRoot(), {unsampled}));
  // A parent decides over links; a sampler that is not parent-based ignores both.
  EXPECT_FALSE(sampler.ShouldSample(&unsampled, unsampled.Child(), {sampled}));
  Sampler off{SamplerKind::kAlwaysOff, 0, false};
  EXPECT_FALSE(off.ShouldSample(nullptr, TraceContext::NewRoot(), {sampled}));
}

TEST(SamplerTest, TraceIdRatioSamplesAboutThatShareOfRootsAndAgreesAcrossCalls) {
  Sampler sampler{SamplerKind::kTraceIdRatio, 0.1, true};
  int sampled = 0;
  for (int i = 0; i < 20000; ++i) {
    const auto root = TraceContext::NewRoot();
    const bool first = sampler.ShouldSample(nullptr, root);
    EXPECT_EQ(first, sampler.ShouldSample(nullptr, root)) << "deterministic per trace id";
    sampled += first ? 1 : 0;
  }
  EXPECT_GT(sampled, 1600);
  EXPECT_LT(sampled, 2400);
}

TEST(TracerTest, ChildSpansContinueTheTraceAndCarryAttributesLinksAndErrors) {
  auto exporter = std::make_unique<RecordingExporter>();
  auto* recorded = exporter.get();
  Tracer tracer(Options(), std::move(exporter));
  const auto caller = *ParseTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
  const auto linked = TraceContext::NewRoot();
  {
    Span span = tracer.StartSpan("chat.events publish", SpanKind::kProducer, &caller, {linked});
    EXPECT_EQ(span.context().trace_id, caller.trace_id);
    EXPECT_NE(span.context().span_id, caller.span_id);
    span.SetAttribute("messaging.system", std::string("kafka"));
    span.SetAttribute("messaging.kafka.destination.partition", std::int64_t{3});
    span.SetError("broker_unavailable", "no ack");
  }
  ASSERT_TRUE(tracer.Flush(std::chrono::seconds(5)).has_value());
  const auto spans = recorded->spans();
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].parent_span_id, caller.span_id);
  EXPECT_EQ(spans[0].kind, SpanKind::kProducer);
  EXPECT_TRUE(spans[0].error);
  ASSERT_EQ(spans[0].links.size(), 1u);
  EXPECT_EQ(spans[0].links[0].trace_id, linked.trace_id);
  EXPECT_EQ(spans[0].attributes.size(), 3u);
  EXPECT_GE(spans[0].end_unix_nanos, spans[0].start_unix_nanos);
}

TEST(TracerTest, ADisabledTracerRecordsNothingButPropagatesTheCallersDecision) {
  Tracer tracer;
  auto caller = TraceContext::NewRoot();
  Span span = tracer.StartSpan("x", SpanKind::kServer, &caller);
  EXPECT_FALSE(span.recording());
  EXPECT_EQ(span.context().trace_id, caller.trace_id);
  EXPECT_TRUE(span.context().sampled());
  caller.flags = 0;
  EXPECT_FALSE(tracer.StartSpan("x", SpanKind::kServer, &caller).context().sampled());
}

TEST(TracerTest, AFullQueueDropsSpansInsteadOfBlocking) {
  auto options = Options();
  options.max_queue = 10;
  options.max_batch = 5;
  Tracer tracer(options, std::make_unique<RecordingExporter>(std::chrono::milliseconds(200)));
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 1000; ++i) tracer.StartSpan("x", SpanKind::kInternal, nullptr).End();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2)) << "never blocks";
  EXPECT_GE(tracer.dropped(), 900);
}

TEST(OtlpExporterTest, PostsAStandardExportTraceServiceRequest) {
  // Given a local OTLP/HTTP receiver
  std::mutex mutex;
  std::vector<std::string> bodies;
  std::string content_type;
  http::Router router;
  router.Add("POST", "/v1/traces", [&](http::Request&& request, http::Responder respond) {
    std::lock_guard lock(mutex);
    bodies.push_back(request.body);
    content_type = std::string(request.Header("content-type").value_or(""));
    respond({200, "application/x-protobuf", "", {}});
  });
  http::ServerOptions server_options;
  server_options.address = "127.0.0.1";
  server_options.port = 0;
  http::Server server(server_options, std::move(router));
  server.Start();
  const std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + "/v1/traces";
  // when a span is exported
  OtlpHttpExporter exporter(url, "chatfleet-test", {{"deployment.environment", std::string("ci")}},
                            {}, std::chrono::seconds(5));
  SpanData span;
  span.context = TraceContext::NewRoot();
  span.name = "POST /v1/events";
  span.kind = SpanKind::kServer;
  span.links.push_back(TraceContext::NewRoot());
  ASSERT_TRUE(exporter.Export({span}).has_value());
  // then the receiver decodes it as the standard request
  std::lock_guard lock(mutex);
  ASSERT_EQ(bodies.size(), 1u);
  EXPECT_EQ(content_type, "application/x-protobuf");
  opentelemetry::proto::collector::trace::v1::ExportTraceServiceRequest request;
  ASSERT_TRUE(request.ParseFromString(bodies[0]));
  const auto& resource = request.resource_spans(0).resource();
  EXPECT_EQ(resource.attributes(0).key(), "service.name");
  EXPECT_EQ(resource.attributes(0).value().string_value(), "chatfleet-test");
  const auto& exported = request.resource_spans(0).scope_spans(0).spans(0);
  EXPECT_EQ(exported.name(), "POST /v1/events");
  EXPECT_EQ(exported.trace_id().size(), 16u);
  EXPECT_EQ(exported.kind(), opentelemetry::proto::trace::v1::Span::SPAN_KIND_SERVER);
  EXPECT_EQ(exported.links_size(), 1);
  EXPECT_TRUE(exported.parent_span_id().empty()) << "a root span";
}

TEST(OtlpExporterTest, ADeadCollectorIsAnErrorNotAHang) {
  OtlpHttpExporter exporter("http://127.0.0.1:1/v1/traces", "x", {}, {}, std::chrono::seconds(2));
  SpanData span;
  span.context = TraceContext::NewRoot();
  const auto start = std::chrono::steady_clock::now();
  EXPECT_FALSE(exporter.Export({span}).has_value());
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

}  // namespace
}  // namespace chatfleet::trace
