#include "ingest/publish/request_publisher.h"

#include <chrono>
#include <memory>

#include "shared/core/clock.h"
#include "shared/events/event_validator.h"
#include "shared/log/logger.h"
#include "shared/trace/attributes.h"

namespace chatfleet::ingest {
namespace {

std::string Quoted(std::string_view text) {
  std::string out = "\"";
  log::AppendJsonEscaped(out, text);
  return out + "\"";
}

}  // namespace

RequestPublisher::RequestPublisher(EventSink& sink, trace::Tracer& tracer,
                                   metrics::Registry& metrics, int retry_after_seconds)
    : sink_(sink),
      tracer_(tracer),
      retry_after_seconds_(retry_after_seconds),
      unavailable_(
          metrics.AddCounter("chatfleet_ingest_publish_failures_total",
                             "Requests answered 503 because the broker did not take them")),
      publish_latency_(metrics.AddHistogram("chatfleet_ingest_publish_duration_seconds",
                                            "From request accepted to broker acknowledgement",
                                            metrics::LatencyBuckets())) {}

void RequestPublisher::Publish(AcceptedRequest accepted, const http::Request& request,
                               std::string_view route, http::Responder respond) {
  const auto parent = trace::Extract(request.headers);
  // Shared: the span ends in the delivery callback, on the producer's thread.
  auto span = std::make_shared<trace::Span>(
      tracer_.StartSpan(std::string(request.method) + " " + std::string(route),
                        trace::SpanKind::kServer, parent ? &*parent : nullptr));
  span->SetAttribute(trace::attr::kHttpRequestMethod, request.method);
  span->SetAttribute(trace::attr::kHttpRoute, std::string(route));
  span->SetAttribute(trace::attr::kUrlPath, request.path);
  const trace::TraceContext context = span->context();
  const auto now = std::chrono::system_clock::now();
  const std::string request_id(request.Header("x-request-id").value_or(""));
  std::string ids;
  std::vector<PublishItem> items;
  items.reserve(accepted.events.size());
  for (auto& event : accepted.events) {
    events::Complete(event, now);
    ids += (ids.empty() ? "" : ",") + Quoted(event.event_id());
    if (accepted.events.size() == 1) {
      span->SetAttribute(trace::attr::kTenant, event.tenant());
      span->SetAttribute(trace::attr::kConversationId, event.conversation().id());
    }
    items.push_back({std::move(event), context, request_id});
  }
  const std::string body = accepted.body(ids, items.size());
  const auto started = std::chrono::steady_clock::now();
  sink_.Publish(std::move(items), [this, respond = std::move(respond), body, span, context, started,
                                   status = accepted.success_status,
                                   on_success =
                                       std::move(accepted.on_success)](const Status& done) {
    publish_latency_.Observe(SecondsSince(started));
    if (!done) {
      unavailable_.Inc();
      log::ScopedTrace scoped(context);
      log::Warn("publish failed", {{"error", done.error().message}});
      // 503 promises that nothing was written; when a commit went unanswered nobody can
      // promise that, so the answer is 504: retrying is safe (events keep their ids).
      const bool unknown = done.error().maybe_written;
      const int code = unknown ? 504 : 503;
      span->SetAttribute(trace::attr::kHttpResponseStatusCode, std::int64_t{code});
      span->SetError(unknown ? "outcome_unknown" : "broker_unavailable", done.error().message);
      span->End();
      http::Response response =
          unknown ? http::JsonError(504, "outcome_unknown",
                                    "the event log did not answer whether it took the events: "
                                    "retry (each event keeps its eventId, so none is stored twice)")
                  : http::JsonError(503, "unavailable",
                                    "the event log did not acknowledge the events: retry later");
      response.headers.emplace_back("Retry-After", std::to_string(retry_after_seconds_));
      respond(std::move(response));
      return;
    }
    if (on_success) on_success();
    span->SetAttribute(trace::attr::kHttpResponseStatusCode, std::int64_t{status});
    span->End();
    http::Response response{status, "application/json", body, {}};
    response.headers.emplace_back("traceparent", context.Traceparent());
    respond(std::move(response));
  });
}

}  // namespace chatfleet::ingest
