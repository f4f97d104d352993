#pragma once

#include <cstddef>

#include "ingest/api/events_handler.h"
#include "ingest/limits/rate_limiter.h"
#include "shared/http/server.h"
#include "shared/metrics/registry.h"
#include "shared/tenants/tenant_directory.h"

namespace chatfleet::ingest::auth {

struct ApiGuardOptions {
  /// true (production): every /v1/events request needs `Authorization: Bearer <token>`.
  /// false (local fleet, tests): a request without the header passes as before, but a request
  /// that presents a token is still checked in full — a wrong token is never ignored.
  bool require_token = false;
  std::size_t max_json_depth = 32;
  std::size_t max_target_bytes = 2048;
  limits::BucketPolicy default_bucket;
};

/// Puts tenant authentication and abuse limits in front of the canonical API
/// (`POST /v1/events`, `POST /v1/events:batch`), then hands the request to EventsHandler:
/// - JSON nested deeper than the limit → 400 too_deep (before any parser runs);
/// - a token: unknown → 401 invalid_token; every event's `tenant` must be the token's tenant,
///   else 403 tenant_mismatch naming the field, so one tenant's token can never write into
///   another tenant's memory; the tenant's token bucket → 429 with Retry-After.
/// Decoding happens twice for authenticated requests (here for the tenant check, then in the
/// handler): the price of keeping EventsHandler unchanged. Thread-safe.
class ApiGuard {
 public:
  ApiGuard(ApiGuardOptions options, const tenants::TenantDirectory& directory,
           limits::RateLimiter& limiter, EventsHandler& events, metrics::Registry& metrics);

  /// Registers the two routes (instead of EventsHandler::Register).
  void Register(http::Router& router);
  void Handle(http::Request&& request, http::Responder respond, bool batch);

 private:
  void Reject(int status, std::string_view code, std::string message, std::string field,
              http::Responder& respond, int retry_after = 0);

  ApiGuardOptions options_;
  const tenants::TenantDirectory& directory_;
  limits::RateLimiter& limiter_;
  EventsHandler& events_;
  metrics::Counter& rejected_;
  metrics::Counter& limited_;
};

}  // namespace chatfleet::ingest::auth
