#include "shared/http/operational_routes.h"

#include <exception>

#include "shared/log/logger.h"

namespace chatfleet::http {
namespace {

constexpr std::string_view kMetricsContentType = "text/plain; version=0.0.4; charset=utf-8";

Response Status(int status, std::string body) {
  Response response;
  response.status = status;
  response.body = std::move(body);
  // Probes and scrapes must see the live state, never a cached one.
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

Response Readiness(const HealthChecks& checks) {
  std::optional<std::string> reason;
  if (checks.not_ready_reason) {
    try {
      reason = checks.not_ready_reason();
    } catch (const std::exception& e) {
      reason = std::string("readiness check failed: ") + e.what();
    }
  }
  if (!reason) return Status(200, R"({"status":"ready"})");
  std::string body = R"({"status":"not_ready","reason":")";
  log::AppendJsonEscaped(body, *reason);
  body += "\"}";
  return Status(503, std::move(body));
}

}  // namespace

void AddOperationalRoutes(Router& router, const metrics::Registry& registry, HealthChecks checks) {
  router.Add("GET", "/healthz",
             [](Request&&, Responder respond) { respond(Status(200, R"({"status":"ok"})")); });
  router.Add("GET", "/readyz", [checks = std::move(checks)](Request&&, Responder respond) {
    respond(Readiness(checks));
  });
  router.Add("GET", "/metrics", [&registry](Request&&, Responder respond) {
    Response response = Status(200, registry.Render());
    response.content_type = std::string(kMetricsContentType);
    respond(std::move(response));
  });
}

}  // namespace chatfleet::http
