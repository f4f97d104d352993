#pragma once

#include <cstddef>

#include "ingest/api/api_error.h"
#include "ingest/limits/rate_limiter.h"
#include "ingest/platforms/platform_message.h"
#include "ingest/publish/request_publisher.h"
#include "shared/events/event_validator.h"
#include "shared/http/server.h"
#include "shared/metrics/registry.h"
#include "shared/tenants/tenant_directory.h"

namespace chatfleet::ingest::webhooks {

struct WebhookOptions {
  platforms::NormalizeLimits normalize;
  events::ValidationLimits validation;
  /// Most events one webhook may carry (WhatsApp batches several messages).
  std::size_t max_events_per_request = 100;
  /// Longest request target (path and query) → 414.
  std::size_t max_target_bytes = 2048;
  /// A tenant's token bucket when the tenants table sets none.
  limits::BucketPolicy default_bucket;
  int retry_after_seconds = 1;
};

/// `POST /v1/webhooks/{platform}/{instance}` for telegram, whatsapp and discord, and the
/// WhatsApp verification handshake `GET /v1/webhooks/whatsapp/{instance}?hub.mode=…`.
///
/// Per request: instance → tenant and bot (404 when unknown), the platform's authentication
/// (401 missing, 403 wrong), normalization (400/422), the events-per-request limit (413), the
/// shared event rules (422), the tenant's token bucket (429 with Retry-After), then publish
/// and answer 200 once the broker acknowledged every event (503 with Retry-After otherwise, so
/// the platform redelivers). Nothing is published for a request that fails any step. The
/// tenant and bot come only from the instance: a payload cannot name another tenant.
/// Thread-safe; referenced objects must outlive the server.
class WebhookHandler {
 public:
  WebhookHandler(WebhookOptions options, const tenants::TenantDirectory& directory,
                 limits::RateLimiter& limiter, RequestPublisher& publisher,
                 metrics::Registry& metrics);

  void Register(http::Router& router);
  void HandlePost(http::Request&& request, http::Responder respond);
  void HandleGet(http::Request&& request, http::Responder respond);

 private:
  struct Resolved;
  std::expected<Resolved, ApiError> Resolve(const http::Request& request) const;
  void Reject(const ApiError& error, http::Responder& respond);
  void Publish(std::vector<platforms::PlatformMessage> messages, const http::Request& request,
               http::Responder respond);

  WebhookOptions options_;
  const tenants::TenantDirectory& directory_;
  limits::RateLimiter& limiter_;
  RequestPublisher& publisher_;
  metrics::Counter& accepted_;
  metrics::Counter& edits_;
  metrics::Counter& rejected_;
  metrics::Counter& limited_;
};

}  // namespace chatfleet::ingest::webhooks
