#include "ingest/api/events_handler.h"

#include <memory>

#include "ingest/api/event_decoder.h"
#include "shared/log/logger.h"

namespace chatfleet::ingest {
namespace {

http::Response ErrorResponse(const ApiError& error) {
  return http::JsonError(error.status, error.code, error.message, error.field);
}

}  // namespace

EventsHandler::EventsHandler(EventsApiOptions options, RequestPublisher& publisher,
                             metrics::Registry& metrics)
    : options_(std::move(options)),
      publisher_(publisher),
      accepted_(metrics.AddCounter("chatfleet_ingest_events_accepted_total",
                                   "Events acknowledged by the broker and answered 202")),
      rejected_(metrics.AddCounter("chatfleet_ingest_requests_rejected_total",
                                   "Requests answered with a 4xx")) {}

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
  AcceptedRequest accepted;
  accepted.events = std::move(incoming);
  accepted.success_status = 202;
  accepted.body = [batch](const std::string& ids, std::size_t count) {
    return batch ? "{\"eventIds\":[" + ids + "],\"count\":" + std::to_string(count) + "}"
                 : "{\"eventId\":" + ids + ",\"status\":\"accepted\"}";
  };
  accepted.on_success = [this, count = accepted.events.size()] {
    accepted_.Inc(static_cast<double>(count));
  };
  publisher_.Publish(std::move(accepted), request, batch ? "/v1/events:batch" : "/v1/events",
                     std::move(respond));
}

}  // namespace chatfleet::ingest
