#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace chatfleet::tenants {

/// A tenant and its abuse limits (nullopt → ingest's defaults).
struct Tenant {
  std::string tenant;
  std::optional<double> rate_per_second;
  std::optional<double> burst;
};

/// One platform instance: where `POST /v1/webhooks/{platform}/{instance}` goes, and how its
/// requests prove who they are. Hashes are SHA-256 hex; `app_secret` is the resolved WhatsApp
/// app secret (HMAC key), held only in memory and never logged.
struct Instance {
  std::string platform;  // "telegram" | "whatsapp" | "discord"
  std::string instance;
  std::string tenant;
  std::string bot;
  std::string secret_sha256;
  std::string verify_token_sha256;
  std::string app_secret_ref;
  std::string app_secret;
};

/// A bearer token of the canonical API, by the SHA-256 of the token.
struct ApiToken {
  std::string tenant;
  std::string label;
};

/// An immutable picture of the tenants tables, built by one load. Lookups are map lookups:
/// no database round trip on the request path (the instance cache is prewarmed at start).
class TenantSnapshot {
 public:
  void AddTenant(Tenant tenant);
  void AddInstance(Instance instance);
  void AddApiToken(std::string token_sha256, ApiToken token);

  const Tenant* FindTenant(std::string_view tenant) const;
  const Instance* FindInstance(std::string_view platform, std::string_view instance) const;
  const ApiToken* FindApiToken(std::string_view token_sha256) const;
  std::size_t instance_count() const { return instances_.size(); }

 private:
  std::map<std::string, Tenant, std::less<>> tenants_;
  std::map<std::pair<std::string, std::string>, Instance, std::less<>> instances_;
  std::map<std::string, ApiToken, std::less<>> tokens_;
};

/// The current snapshot, swapped whole by the refresher. Thread-safe: readers keep the
/// snapshot they got alive (shared_ptr) while a refresh replaces it.
class TenantDirectory {
 public:
  /// nullptr until the first successful load.
  std::shared_ptr<const TenantSnapshot> Current() const;
  void Replace(std::shared_ptr<const TenantSnapshot> snapshot);

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const TenantSnapshot> current_;
};

}  // namespace chatfleet::tenants
