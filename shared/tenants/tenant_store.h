#pragma once

#include <optional>
#include <string>
#include <vector>

#include "shared/core/error.h"
#include "shared/pg/connection.h"
#include "shared/tenants/secret_source.h"
#include "shared/tenants/tenant_directory.h"

namespace chatfleet::tenants {

/// Reads the three tenants tables into a snapshot (one REPEATABLE READ transaction, so the
/// picture is consistent). A WhatsApp instance whose app secret does not resolve is left out
/// and named in `missing_secrets`: its webhooks answer 404 rather than accept unsigned bodies.
struct LoadedSnapshot {
  TenantSnapshot snapshot;
  std::vector<std::string> missing_secrets;
};
Result<LoadedSnapshot> LoadSnapshot(pg::Connection& connection, const SecretResolver& secrets);

/// What `chatfleet-tenants add` writes. Tokens arrive in plaintext and are stored hashed.
struct InstanceRegistration {
  std::string tenant;
  std::string platform;
  std::string instance;
  std::string bot;
  std::string secret;        // telegram secret token / discord relay bearer token
  std::string verify_token;  // whatsapp
  std::string app_secret_ref;
};

/// Creates the tenant if needed and inserts or replaces the instance (idempotent: the same
/// registration twice leaves one row). Permanent error on a constraint violation.
Status RegisterInstance(pg::Connection& connection, const InstanceRegistration& registration);
/// Creates the tenant if needed and sets its limits (nullopt keeps the default).
Status UpsertTenant(pg::Connection& connection, const Tenant& tenant);
/// Adds a bearer token of the canonical API for `tenant` (idempotent).
Status AddApiToken(pg::Connection& connection, const std::string& tenant, const std::string& token,
                   const std::string& label);
/// Removes an instance; returns whether it existed.
Result<bool> RemoveInstance(pg::Connection& connection, const std::string& platform,
                            const std::string& instance);
/// One line per instance and token, for `chatfleet-tenants list` (no secret, no hash).
Result<std::string> Describe(pg::Connection& connection);

}  // namespace chatfleet::tenants
