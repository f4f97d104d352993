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

Response Report(const ReadinessReport& report) {
  std::string body =
      report.ready ? R"({"status":"ready","ready":true)" : R"({"status":"not_ready","ready":false)";
  if (!report.ready) {
    body += R"(,"reason":")";
    for (const auto& [name, state] : report.checks) {
      if (state == "ok") continue;
      log::AppendJsonEscaped(body, name + ": " + state);
      break;
    }
    body += '"';
  }
  body += R"(,"checks":{)";
  for (std::size_t i = 0; i < report.checks.size(); ++i) {
    if (i > 0) body += ',';
    body += '"';
    log::AppendJsonEscaped(body, report.checks[i].first);
    body += R"(":")";
    log::AppendJsonEscaped(body, report.checks[i].second);
    body += '"';
  }
  body += "}}";
  return Status(report.ready ? 200 : 503, std::move(body));
}

Response Readiness(const HealthChecks& checks) {
  if (checks.report) {
    try {
      return Report(checks.report());
    } catch (const std::exception& e) {
      return Report({false, {{"readiness", std::string("check failed: ") + e.what()}}});
    }
  }
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
