#include "ingest/auth/api_guard.h"

#include "ingest/api/event_decoder.h"
#include "ingest/auth/request_auth.h"
#include "ingest/limits/json_depth.h"
#include "shared/core/crypto.h"
#include "shared/log/logger.h"

namespace chatfleet::ingest::auth {
namespace {

std::expected<std::vector<v1::ChatEvent>, ApiError> DecodeOne(std::string_view body,
                                                              BodyFormat format) {
  auto event = DecodeEvent(body, format);
  if (!event) return std::unexpected(event.error());
  std::vector<v1::ChatEvent> one;
  one.push_back(std::move(*event));
  return one;
}

}  // namespace

ApiGuard::ApiGuard(ApiGuardOptions options, const tenants::TenantDirectory& directory,
                   limits::RateLimiter& limiter, EventsHandler& events, metrics::Registry& metrics)
    : options_(std::move(options)),
      directory_(directory),
      limiter_(limiter),
      events_(events),
      rejected_(metrics.AddCounter("chatfleet_ingest_auth_rejected_total",
                                   "Canonical API requests refused by authentication or limits")),
      limited_(metrics.AddCounter("chatfleet_ingest_api_rate_limited_total",
                                  "Canonical API requests answered 429")) {}

void ApiGuard::Register(http::Router& router) {
  router.Add("POST", "/v1/events", [this](http::Request&& request, http::Responder respond) {
    Handle(std::move(request), std::move(respond), false);
  });
  router.Add("POST", "/v1/events:batch", [this](http::Request&& request, http::Responder respond) {
    Handle(std::move(request), std::move(respond), true);
  });
}

void ApiGuard::Reject(int status, std::string_view code, std::string message, std::string field,
                      http::Responder& respond, int retry_after) {
  rejected_.Inc();
  log::Info("request rejected", {{"status", status}, {"code", code}});
  http::Response response = http::JsonError(status, code, message, field);
  if (status == 401) response.headers.emplace_back("WWW-Authenticate", "Bearer");
  if (retry_after > 0) response.headers.emplace_back("Retry-After", std::to_string(retry_after));
  respond(std::move(response));
}

void ApiGuard::Handle(http::Request&& request, http::Responder respond, bool batch) {
  if (request.target.size() > options_.max_target_bytes) {
    return Reject(414, "uri_too_long", "the request target is too long", "", respond);
  }
  const auto format = FormatOf(request.Header("content-type").value_or(""));
  if (format && *format == BodyFormat::kJson &&
      limits::JsonNestingExceeds(request.body, options_.max_json_depth)) {
    return Reject(
        400, "too_deep",
        "the body nests deeper than " + std::to_string(options_.max_json_depth) + " levels", "",
        respond);
  }
  const auto authorization = request.Header("authorization");
  if (!authorization) {
    if (options_.require_token) {
      return Reject(401, "missing_credentials", "Authorization: Bearer <API token> is required", "",
                    respond);
    }
    return batch ? events_.HandleBatch(std::move(request), std::move(respond))
                 : events_.HandleOne(std::move(request), std::move(respond));
  }
  const auto token = BearerToken(authorization);
  const auto snapshot = directory_.Current();
  if (!snapshot) {
    return Reject(503, "tenants_unavailable", "the tenant directory is not loaded yet", "", respond,
                  1);
  }
  const tenants::ApiToken* owner =
      token && !token->empty() ? snapshot->FindApiToken(crypto::Sha256Hex(*token)) : nullptr;
  if (owner == nullptr) {
    return Reject(401, "invalid_token", "the bearer token is not valid", "", respond);
  }
  // An undecodable body is left to the handler, which answers it with its specific error.
  if (format) {
    auto decoded = batch ? DecodeBatch(request.body, *format) : DecodeOne(request.body, *format);
    if (decoded) {
      for (std::size_t i = 0; i < decoded->size(); ++i) {
        if ((*decoded)[i].tenant() == owner->tenant) continue;
        std::string field = batch ? "events[" + std::to_string(i) + "].tenant" : "tenant";
        return Reject(403, "tenant_mismatch", "the token belongs to tenant '" + owner->tenant + "'",
                      std::move(field), respond);
      }
      limits::BucketPolicy bucket = options_.default_bucket;
      if (const auto* tenant = snapshot->FindTenant(owner->tenant)) {
        if (tenant->rate_per_second) bucket.rate_per_second = *tenant->rate_per_second;
        if (tenant->burst) bucket.burst = *tenant->burst;
      }
      const double cost = std::max<double>(1.0, static_cast<double>(decoded->size()));
      if (auto wait =
              limiter_.Acquire(owner->tenant, cost, bucket, limits::RateLimiter::Clock::now())) {
        limited_.Inc();
        return Reject(429, "rate_limited", "tenant '" + owner->tenant + "' is over its event rate",
                      "", respond, *wait);
      }
    }
  }
  return batch ? events_.HandleBatch(std::move(request), std::move(respond))
               : events_.HandleOne(std::move(request), std::move(respond));
}

}  // namespace chatfleet::ingest::auth
