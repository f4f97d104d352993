#pragma once

#include <atomic>
#include <chrono>

#include "ingest/api/api_error.h"
#include "ingest/publish/request_publisher.h"
#include "shared/events/event_validator.h"
#include "shared/http/server.h"
#include "shared/metrics/registry.h"

namespace chatfleet::ingest {

struct EventsApiOptions {
  events::ValidationLimits limits;
  std::size_t max_batch_events = 500;
};

/// `POST /v1/events` and `POST /v1/events:batch`: decode, validate, complete, publish, and
/// answer 202 only once the broker acknowledged every event of the request.
class EventsHandler {
 public:
  EventsHandler(EventsApiOptions options, RequestPublisher& publisher, metrics::Registry& metrics);

  void HandleOne(http::Request&& request, http::Responder respond);
  void HandleBatch(http::Request&& request, http::Responder respond);
  void Register(http::Router& router);

 private:
  void Accept(std::vector<v1::ChatEvent> incoming, const http::Request& request,
              http::Responder respond, bool batch);
  void Reject(const ApiError& error, http::Responder& respond);

  EventsApiOptions options_;
  RequestPublisher& publisher_;
  metrics::Counter& accepted_;
  metrics::Counter& rejected_;
};

}  // namespace chatfleet::ingest
