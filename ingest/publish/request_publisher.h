#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "chatfleet/v1/chat_event.pb.h"
#include "ingest/publish/event_sink.h"
#include "shared/http/server.h"
#include "shared/metrics/registry.h"
#include "shared/trace/tracer.h"

namespace chatfleet::ingest {

/// The events of one request that passed every check, and how to answer once they are safe.
struct AcceptedRequest {
  std::vector<v1::ChatEvent> events;
  /// 202 for the event API, 200 for platform webhooks (what the platforms expect).
  int success_status = 202;
  /// The success body from the quoted, comma-separated event ids and their count.
  std::function<std::string(const std::string& quoted_ids, std::size_t count)> body;
  /// Runs once the broker acknowledged every event (per-route metrics).
  std::function<void()> on_success;
};

/// The one path from an accepted request to its answer, shared by the event API and the
/// webhooks: completes the events (ids, received_at), publishes them, and answers only after
/// the broker acknowledged all of them — or 503 with Retry-After. The request's server span
/// (continuing the caller's `traceparent`) covers it all and is the parent of the producer
/// spans the sink starts. Thread-safe.
class RequestPublisher {
 public:
  RequestPublisher(EventSink& sink, trace::Tracer& tracer, metrics::Registry& metrics,
                   int retry_after_seconds);

  void Publish(AcceptedRequest accepted, const http::Request& request, std::string_view route,
               http::Responder respond);

 private:
  EventSink& sink_;
  trace::Tracer& tracer_;
  int retry_after_seconds_;
  metrics::Counter& unavailable_;
  metrics::Histogram& publish_latency_;
};

}  // namespace chatfleet::ingest
