// What the SRE sees in Jaeger: one request with a known traceparent through ingest and the
// workers, and the scheduler's reminder span linked back to it, received as standard OTLP/HTTP
// ExportTraceServiceRequest bodies by a collector in the test.
#include <gtest/gtest.h>
#include <signal.h>

#include <mutex>

#include "opentelemetry/proto/collector/trace/v1/trace_service.pb.h"
#include "shared/http/server.h"
#include "tests/support/fleet.h"
#include "tests/support/kafka_topic.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {
namespace {

namespace otlp = opentelemetry::proto;

constexpr char kTraceId[] = "4bf92f3577b34da6a3ce929d0e0e4736";
constexpr char kCallerSpan[] = "00f067aa0ba902b7";

std::string Hex(const std::string& bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 0x0F];
  }
  return out;
}

/// A local OTLP/HTTP collector: keeps every span of every export.
class Collector {
 public:
  Collector() {
    http::Router router;
    router.Add("POST", "/v1/traces", [this](http::Request&& request, http::Responder respond) {
      otlp::collector::trace::v1::ExportTraceServiceRequest export_request;
      const bool parsed = export_request.ParseFromString(request.body);
      {
        std::lock_guard lock(mutex_);
        if (!parsed) ++malformed_;
        for (const auto& resource : export_request.resource_spans()) {
          std::string service;
          for (const auto& attribute : resource.resource().attributes()) {
            if (attribute.key() == "service.name") service = attribute.value().string_value();
          }
          for (const auto& scope : resource.scope_spans()) {
            for (const auto& span : scope.spans()) spans_.push_back({service, span});
          }
        }
      }
      respond({200, "application/x-protobuf", "", {}});
    });
    http::ServerOptions options;
    options.address = "127.0.0.1";
    options.port = 0;
    server_ = std::make_unique<http::Server>(options, std::move(router));
    server_->Start();
  }
  std::string endpoint() const { return "http://127.0.0.1:" + std::to_string(server_->port()); }

  struct Received {
    std::string service;
    otlp::trace::v1::Span span;
  };
  std::vector<Received> spans() {
    std::lock_guard lock(mutex_);
    return spans_;
  }
  int malformed() {
    std::lock_guard lock(mutex_);
    return malformed_;
  }

 private:
  std::mutex mutex_;
  std::vector<Received> spans_;
  int malformed_ = 0;
  std::unique_ptr<http::Server> server_;
};

std::optional<Collector::Received> Find(const std::vector<Collector::Received>& spans,
                                        const std::string& service,
                                        otlp::trace::v1::Span::SpanKind kind) {
  for (const auto& received : spans) {
    if (received.service == service && received.span.kind() == kind) return received;
  }
  return std::nullopt;
}

TEST(TracingTest, OneTraceFromTheHttpRequestThroughKafkaToTheWorkerAndALinkFromTheReminder) {
  Collector collector;
  const std::map<std::string, std::string> otel = {
      {"OTEL_EXPORTER_OTLP_ENDPOINT", collector.endpoint()},
      {"OTEL_TRACES_SAMPLER", "parentbased_always_on"}};
  TestSchema schema;
  schema.Migrate();
  LocalFleet fleet(schema, 1);
  fleet.StartIngest(otel);
  fleet.StartWorker(otel);

  // Given a request that carries the caller's trace
  const auto answer = HttpPost(
      fleet.ingest_url() + "/v1/events",
      R"({"tenant":"acme","bot":"elena","platform":"PLATFORM_WEB",
          "conversation":{"id":"c-1","kind":"CONVERSATION_KIND_DIRECT"},
          "sender":{"userId":"u-1","displayName":"Ann"},"role":"ROLE_USER",
          "text":"see you tomorrow at 10","platformMessageId":"m-1"})",
      "application/json", {std::string("traceparent: 00-") + kTraceId + "-" + kCallerSpan + "-01"});
  ASSERT_EQ(answer.status, 202) << answer.body;

  // then ingest's server and producer spans and the worker's consumer span share its trace id,
  // each the child of the one before
  std::optional<Collector::Received> server, producer, consumer, database;
  ASSERT_TRUE(WaitUntil(
      [&] {
        const auto spans = collector.spans();
        server = Find(spans, "chatfleet-ingest", otlp::trace::v1::Span::SPAN_KIND_SERVER);
        producer = Find(spans, "chatfleet-ingest", otlp::trace::v1::Span::SPAN_KIND_PRODUCER);
        consumer = Find(spans, "chatfleet-workers", otlp::trace::v1::Span::SPAN_KIND_CONSUMER);
        database = Find(spans, "chatfleet-workers", otlp::trace::v1::Span::SPAN_KIND_CLIENT);
        return server && producer && consumer && database;
      },
      std::chrono::seconds(30)))
      << collector.spans().size() << " spans received";
  EXPECT_EQ(collector.malformed(), 0);
  for (const auto* span : {&*server, &*producer, &*consumer, &*database}) {
    EXPECT_EQ(Hex(span->span.trace_id()), kTraceId) << span->span.name();
  }
  EXPECT_EQ(Hex(server->span.parent_span_id()), kCallerSpan);
  EXPECT_EQ(producer->span.parent_span_id(), server->span.span_id());
  EXPECT_EQ(consumer->span.parent_span_id(), producer->span.span_id());
  EXPECT_EQ(database->span.parent_span_id(), consumer->span.span_id());
  EXPECT_EQ(producer->span.name(), fleet.events_topic() + " publish");
  EXPECT_EQ(consumer->span.name(), fleet.events_topic() + " process");
  bool has_system = false;
  for (const auto& attribute : consumer->span.attributes()) {
    has_system |=
        attribute.key() == "messaging.system" && attribute.value().string_value() == "kafka";
  }
  EXPECT_TRUE(has_system);
  // The stored row keeps the trace for whoever reads the history.
  EXPECT_EQ(Psql(schema.url(), "SELECT trace_id FROM chat_history"), kTraceId);

  // Given the reminder the workers' meeting stage planned for "tomorrow at 10" (it keeps the
  // message's trace: the producer's span)
  const std::string origin =
      std::string("00-") + kTraceId + "-" + Hex(producer->span.span_id()) + "-01";
  ASSERT_TRUE(WaitUntil(
      [&] {
        return Psql(schema.url(),
                    "SELECT count(*) FROM proactive_sessions p JOIN user_schedules "
                    "s ON s.id = p.schedule_id WHERE p.kind = 'preparation'") == "1";
      },
      std::chrono::seconds(30)));
  EXPECT_EQ(Psql(schema.url(), "SELECT source_traceparent FROM user_schedules"), origin);
  // when the scheduler sends it a day later (its clock says so), in a trace of its own
  const std::string clock_file = "/tmp/chatfleet-" + schema.name() + ".clock";
  WriteClockFile(clock_file, "2100-01-01T00:00:00Z");
  fleet.StartScheduler(clock_file, otel);
  std::optional<Collector::Received> emit;
  ASSERT_TRUE(WaitUntil(
      [&] {
        emit = Find(collector.spans(), "chatfleet-scheduler",
                    otlp::trace::v1::Span::SPAN_KIND_PRODUCER);
        return emit.has_value();
      },
      std::chrono::seconds(30)));
  // then its span links to the trace of the message that created the reminder
  ASSERT_EQ(emit->span.links_size(), 1);
  EXPECT_EQ(Hex(emit->span.links(0).trace_id()), kTraceId);
  EXPECT_EQ(emit->span.links(0).span_id(), producer->span.span_id());
  EXPECT_NE(Hex(emit->span.trace_id()), kTraceId) << "a reminder starts a trace of its own";
}

}  // namespace
}  // namespace chatfleet::testing
