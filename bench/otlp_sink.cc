// chatfleet-otlp-sink: a live local OTLP/HTTP trace receiver for the tracing-overhead benchmark
// (`./fleet bench --tracing-overhead`). Accepts `POST /v1/traces` (protobuf
// ExportTraceServiceRequest, as the services' exporter sends), decodes and counts the spans, and
// answers `GET /count` with `{"requests":…,"spans":…,"malformed":…}`. Prints
// `OTLP_SINK_URL=http://127.0.0.1:<port>` on stdout once it listens; stops on SIGTERM.
#include <atomic>
#include <iostream>
#include <string>

#include "opentelemetry/proto/collector/trace/v1/trace_service.pb.h"
#include "shared/core/lifecycle.h"
#include "shared/http/server.h"

namespace {

namespace collector = opentelemetry::proto::collector::trace::v1;

struct Counts {
  std::atomic<std::int64_t> requests{0};
  std::atomic<std::int64_t> spans{0};
  std::atomic<std::int64_t> malformed{0};
};

void Receive(Counts& counts, const std::string& body) {
  counts.requests += 1;
  collector::ExportTraceServiceRequest request;
  if (!request.ParseFromString(body)) {
    counts.malformed += 1;
    return;
  }
  std::int64_t spans = 0;
  for (const auto& resource : request.resource_spans()) {
    for (const auto& scope : resource.scope_spans()) spans += scope.spans_size();
  }
  counts.spans += spans;
}

}  // namespace

int main(int argc, char** argv) {
  chatfleet::ShutdownSignal shutdown;  // first: before any thread starts
  Counts counts;
  chatfleet::http::Router router;
  router.Add("POST", "/v1/traces",
             [&counts](chatfleet::http::Request&& request, chatfleet::http::Responder respond) {
               Receive(counts, request.body);
               // An empty ExportTraceServiceResponse: full success.
               respond({200, "application/x-protobuf", "", {}});
             });
  router.Add("GET", "/count",
             [&counts](chatfleet::http::Request&&, chatfleet::http::Responder respond) {
               respond({200,
                        "application/json",
                        "{\"requests\":" + std::to_string(counts.requests.load()) +
                            ",\"spans\":" + std::to_string(counts.spans.load()) +
                            ",\"malformed\":" + std::to_string(counts.malformed.load()) + "}",
                        {}});
             });
  chatfleet::http::ServerOptions options;
  options.address = "127.0.0.1";
  options.port = static_cast<std::uint16_t>(argc > 1 ? std::stoi(argv[1]) : 0);
  options.threads = 1;
  options.max_body_bytes = 16 << 20;
  chatfleet::http::Server server(options, std::move(router));
  server.Start();
  std::cout << "OTLP_SINK_URL=http://127.0.0.1:" << server.port() << std::endl;
  shutdown.Wait();
  server.Stop();
  std::cerr << "[otlp-sink] " << counts.requests << " requests, " << counts.spans << " spans, "
            << counts.malformed << " malformed\n";
  return 0;
}
