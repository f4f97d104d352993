#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "shared/http/server.h"
#include "shared/metrics/registry.h"

namespace chatfleet::http {

/// The state of every readiness check by name, so an operator sees why a service is not ready.
struct ReadinessReport {
  bool ready = true;
  /// (check name, "ok" or why not), in a stable order.
  std::vector<std::pair<std::string, std::string>> checks;
};

struct HealthChecks {
  /// Asked on every `GET /readyz`, from a server thread, so it must be thread-safe and quick
  /// (read a flag, not a round trip). nullopt → ready; otherwise the reason it is not, e.g.
  /// "draining" or "kafka: no broker reachable". Empty → always ready.
  std::function<std::optional<std::string>()> not_ready_reason;
  /// When set, used instead of not_ready_reason: named checks (see service::Readiness). Same
  /// rules: thread-safe and quick.
  std::function<ReadinessReport()> report;
};

/// Adds the routes every chatfleet service serves:
/// - `GET /healthz` → 200 `{"status":"ok"}` while the process can answer at all (liveness);
/// - `GET /readyz`  → 200 `{"status":"ready"}` or 503 `{"status":"not_ready","reason":…}`; with
///   a `report`, both also carry `"ready":…,"checks":{"<name>":"ok" | "<why not>",…}` and the
///   reason is the first failing check's "<name>: <why not>";
/// - `GET /metrics` → 200 `registry.Render()` as `text/plain; version=0.0.4; charset=utf-8`.
/// `registry` is referenced, not copied: it must outlive the server using `router`.
void AddOperationalRoutes(Router& router, const metrics::Registry& registry, HealthChecks checks);

}  // namespace chatfleet::http
