#include "ingest/api/events_handler.h"

#include <memory>

#include "ingest/api/event_decoder.h"
#include "shared/log/logger.h"

namespace chatfleet::ingest {
namespace {

http::Response ErrorResponse(const ApiError& error) {
  return http::JsonError(error.status, error.code, error.message, error.field);
}

std::string Quoted(std::string_view text) {
  std::string out = "\"";
  log::AppendJsonEscaped(out, text);
  return out + "\"";
}

/// The request's trace continues when it sent a valid traceparent; otherwise one starts here.
trace::TraceContext ServerSpan(const http::Request& request) {
  trace::HeaderList headers;
  for (const auto& header : request.headers) headers.push_back(header);
  if (auto parent = trace::Extract(headers)) return parent->Child();
  return trace::TraceContext::NewRoot();
}

}  // namespace

EventsHandler::EventsHandler(EventsApiOptions options, EventSink& sink, metrics::Registry& metrics)
    : options_(std::move(options)),
      sink_(sink),
      accepted_(metrics.AddCounter("chatfleet_ingest_events_accepted_total",
                                   "Events acknowledged by the broker and answered 202")),
      rejected_(metrics.AddCounter("chatfleet_ingest_requests_rejected_total",
                                   "Requests answered with a 4xx")),
      unavailable_(metrics.AddCounter("chatfleet_ingest_publish_failures_total",
                                      "Requests answered 503 because the broker did not take them")),
      publish_latency_(metrics.AddHistogram("chatfleet_ingest_publish_duration_seconds",
                                            "From request decoded to broker acknowledgement",
                                            metrics::LatencyBuckets())) {}

void EventsHandler::Register(http::Router& router) {
  router.Add("POST", "/v1/events", [this](http::Request&& request, http::Responder respond) {
    HandleOne(std::move(request), std::move(respond));
  });
  router.Add("POST", "/v1/events:batch", [this](http::Request&& request, http::Responder respond) {
    HandleBatch(std::move(request), std::move(respond));
  });
}

void EventsHandler::Reject(const ApiError& error, http::Responder& respond) {
  rejected_.Inc();
  log::Info("request rejected", {{"code", error.code}, {"field", error.field}});
  respond(ErrorResponse(error));
}

void EventsHandler::HandleOne(http::Request&& request, http::Responder respond) {
  const auto format = FormatOf(request.Header("content-type").value_or(""));
  if (!format) return Reject(format.error(), respond);
  auto event = DecodeEvent(request.body, *format);
  if (!event) return Reject(event.error(), respond);
  std::vector<v1::ChatEvent> events;
  events.push_back(std::move(*event));
  Accept(std::move(events), request, std::move(respond), false);
}

void EventsHandler::HandleBatch(http::Request&& request, http::Responder respond) {
  const auto format = FormatOf(request.Header("content-type").value_or(""));
  if (!format) return Reject(format.error(), respond);
  auto events = DecodeBatch(request.body, *format);
  if (!events) return Reject(events.error(), respond);
  if (events->empty()) {
    return Reject({422, "missing_field", "events must hold at least one event", "events"}, respond);
  }
  if (events->size() > options_.max_batch_events) {
    return Reject({413, "too_many_events",
                   "a batch holds at most " + std::to_string(options_.max_batch_events) + " events",
                   "events"},
                  respond);
  }
  Accept(std::move(*events), request, std::move(respond), true);
}

void EventsHandler::Accept(std::vector<v1::ChatEvent> incoming, const http::Request& request,
                           http::Responder respond, bool batch) {
  for (std::size_t i = 0; i < incoming.size(); ++i) {
    if (auto error = events::Validate(incoming[i], options_.limits)) {
      if (batch) error->field = "events[" + std::to_string(i) + "]." + error->field;
      return Reject({422, error->code, error->message, error->field}, respond);
    }
  }
  const auto now = std::chrono::system_clock::now();
  const trace::TraceContext server_span = ServerSpan(request);
  const std::string request_id(request.Header("x-request-id").value_or(""));
  std::string ids;
  std::vector<PublishItem> items;
  items.reserve(incoming.size());
  for (auto& event : incoming) {
    events::Complete(event, now);
    ids += (ids.empty() ? "" : ",") + Quoted(event.event_id());
    items.push_back({std::move(event), server_span.Child(), request_id});
  }
  const std::string body = batch ? "{\"eventIds\":[" + ids + "],\"count\":" +
                                       std::to_string(items.size()) + "}"
                                 : "{\"eventId\":" + ids + ",\"status\":\"accepted\"}";
  const std::size_t count = items.size();
  const auto started = std::chrono::steady_clock::now();
  sink_.Publish(std::move(items), [this, respond = std::move(respond), body, count, started,
                                   server_span](const Status& status) {
    publish_latency_.Observe(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    if (!status) {
      unavailable_.Inc();
      log::ScopedTrace scoped(server_span);
      log::Warn("publish failed", {{"error", status.error().message}});
      http::Response response = http::JsonError(
          503, "unavailable", "the event log did not acknowledge the events: retry later");
      response.headers.emplace_back("Retry-After", std::to_string(options_.retry_after_seconds));
      respond(std::move(response));
      return;
    }
    accepted_.Inc(static_cast<double>(count));
    http::Response response{202, "application/json", body, {}};
    response.headers.emplace_back("traceparent", server_span.Traceparent());
    respond(std::move(response));
  });
}

}  // namespace chatfleet::ingest
