#include "shared/tenants/tenant_store.h"

#include "shared/core/crypto.h"

namespace chatfleet::tenants {
namespace {

constexpr std::string_view kSelectTenants = "SELECT tenant, rate_per_second, burst FROM tenants";
constexpr std::string_view kSelectInstances =
    "SELECT platform, instance, tenant, bot, coalesce(secret_sha256, ''), "
    "coalesce(verify_token_sha256, ''), coalesce(app_secret_ref, '') FROM tenant_instances";
constexpr std::string_view kSelectTokens =
    "SELECT token_sha256, tenant, label FROM tenant_api_tokens";

constexpr std::string_view kEnsureTenant =
    "INSERT INTO tenants (tenant) VALUES ($1) ON CONFLICT (tenant) DO NOTHING";
constexpr std::string_view kUpsertTenant =
    "INSERT INTO tenants (tenant, rate_per_second, burst) VALUES ($1, $2::float8, $3::int) "
    "ON CONFLICT (tenant) DO UPDATE SET rate_per_second = EXCLUDED.rate_per_second, "
    "burst = EXCLUDED.burst, updated_at = now()";
constexpr std::string_view kUpsertInstance =
    "INSERT INTO tenant_instances (platform, instance, tenant, bot, secret_sha256, "
    "verify_token_sha256, app_secret_ref) VALUES ($1, $2, $3, $4, $5, $6, $7) "
    "ON CONFLICT (platform, instance) DO UPDATE SET tenant = EXCLUDED.tenant, bot = EXCLUDED.bot, "
    "secret_sha256 = EXCLUDED.secret_sha256, verify_token_sha256 = EXCLUDED.verify_token_sha256, "
    "app_secret_ref = EXCLUDED.app_secret_ref, updated_at = now()";
constexpr std::string_view kInsertToken =
    "INSERT INTO tenant_api_tokens (token_sha256, tenant, label) VALUES ($1, $2, $3) "
    "ON CONFLICT (token_sha256) DO UPDATE SET tenant = EXCLUDED.tenant, label = EXCLUDED.label";
constexpr std::string_view kDeleteInstance =
    "DELETE FROM tenant_instances WHERE platform = $1 AND instance = $2";
constexpr std::string_view kDescribeInstances =
    "SELECT platform, instance, tenant, bot, coalesce(app_secret_ref, '') FROM tenant_instances "
    "ORDER BY tenant, platform, instance";
constexpr std::string_view kDescribeTokens =
    "SELECT tenant, label, left(token_sha256, 8) FROM tenant_api_tokens ORDER BY tenant, label";

std::optional<double> OptionalDouble(const pg::ResultSet& rows, int row, int column) {
  if (rows.IsNull(row, column)) return std::nullopt;
  return std::stod(std::string(rows.Value(row, column)));
}

pg::Param OptionalText(const std::string& value) {
  if (value.empty()) return std::nullopt;
  return std::string_view(value);
}

Status LoadTenants(pg::Connection& connection, TenantSnapshot& snapshot) {
  auto rows = connection.Exec(kSelectTenants);
  if (!rows) return Fail(rows.error());
  for (int i = 0; i < rows->rows(); ++i) {
    snapshot.AddTenant(
        {std::string(rows->Value(i, 0)), OptionalDouble(*rows, i, 1), OptionalDouble(*rows, i, 2)});
  }
  return {};
}

Status LoadInstances(pg::Connection& connection, const SecretResolver& secrets,
                     LoadedSnapshot& loaded) {
  auto rows = connection.Exec(kSelectInstances);
  if (!rows) return Fail(rows.error());
  for (int i = 0; i < rows->rows(); ++i) {
    Instance instance{std::string(rows->Value(i, 0)), std::string(rows->Value(i, 1)),
                      std::string(rows->Value(i, 2)), std::string(rows->Value(i, 3)),
                      std::string(rows->Value(i, 4)), std::string(rows->Value(i, 5)),
                      std::string(rows->Value(i, 6)), {}};
    if (!instance.app_secret_ref.empty()) {
      auto secret = secrets(instance.app_secret_ref);
      if (!secret || secret->empty()) {
        loaded.missing_secrets.push_back(instance.app_secret_ref);
        continue;
      }
      instance.app_secret = std::move(*secret);
    }
    loaded.snapshot.AddInstance(std::move(instance));
  }
  return {};
}

Status LoadTokens(pg::Connection& connection, TenantSnapshot& snapshot) {
  auto rows = connection.Exec(kSelectTokens);
  if (!rows) return Fail(rows.error());
  for (int i = 0; i < rows->rows(); ++i) {
    snapshot.AddApiToken(std::string(rows->Value(i, 0)),
                         {std::string(rows->Value(i, 1)), std::string(rows->Value(i, 2))});
  }
  return {};
}

}  // namespace

Result<LoadedSnapshot> LoadSnapshot(pg::Connection& connection, const SecretResolver& secrets) {
  auto transaction = pg::Transaction::Begin(connection, "REPEATABLE READ");
  if (!transaction) return Fail(transaction.error());
  LoadedSnapshot loaded;
  if (auto ok = LoadTenants(connection, loaded.snapshot); !ok) return Fail(ok.error());
  if (auto ok = LoadInstances(connection, secrets, loaded); !ok) return Fail(ok.error());
  if (auto ok = LoadTokens(connection, loaded.snapshot); !ok) return Fail(ok.error());
  if (auto ok = transaction->Commit(); !ok) return Fail(ok.error());
  return loaded;
}

Status RegisterInstance(pg::Connection& connection, const InstanceRegistration& r) {
  const std::string secret_hash = r.secret.empty() ? "" : crypto::Sha256Hex(r.secret);
  const std::string verify_hash = r.verify_token.empty() ? "" : crypto::Sha256Hex(r.verify_token);
  auto transaction = pg::Transaction::Begin(connection);
  if (!transaction) return Fail(transaction.error());
  if (auto ok = connection.Exec(kEnsureTenant, {r.tenant}); !ok) return Fail(ok.error());
  if (auto ok = connection.Exec(kUpsertInstance,
                                {r.platform, r.instance, r.tenant, r.bot, OptionalText(secret_hash),
                                 OptionalText(verify_hash), OptionalText(r.app_secret_ref)});
      !ok) {
    return Fail(ok.error());
  }
  return transaction->Commit();
}

Status UpsertTenant(pg::Connection& connection, const Tenant& tenant) {
  const std::string rate = tenant.rate_per_second ? std::to_string(*tenant.rate_per_second) : "";
  const std::string burst =
      tenant.burst ? std::to_string(static_cast<long long>(*tenant.burst)) : "";
  auto ok =
      connection.Exec(kUpsertTenant, {tenant.tenant, OptionalText(rate), OptionalText(burst)});
  if (!ok) return Fail(ok.error());
  return {};
}

Status AddApiToken(pg::Connection& connection, const std::string& tenant, const std::string& token,
                   const std::string& label) {
  if (token.empty()) return Fail(Error::Permanent("the API token is empty"));
  const std::string hash = crypto::Sha256Hex(token);
  auto transaction = pg::Transaction::Begin(connection);
  if (!transaction) return Fail(transaction.error());
  if (auto ok = connection.Exec(kEnsureTenant, {tenant}); !ok) return Fail(ok.error());
  if (auto ok = connection.Exec(kInsertToken, {hash, tenant, label}); !ok) return Fail(ok.error());
  return transaction->Commit();
}

Result<bool> RemoveInstance(pg::Connection& connection, const std::string& platform,
                            const std::string& instance) {
  auto result = connection.Exec(kDeleteInstance, {platform, instance});
  if (!result) return Fail(result.error());
  return result->affected_rows() > 0;
}

Result<std::string> Describe(pg::Connection& connection) {
  auto instances = connection.Exec(kDescribeInstances);
  if (!instances) return Fail(instances.error());
  std::string out;
  for (int i = 0; i < instances->rows(); ++i) {
    out += "instance tenant=" + std::string(instances->Value(i, 2)) +
           " platform=" + std::string(instances->Value(i, 0)) +
           " instance=" + std::string(instances->Value(i, 1)) +
           " bot=" + std::string(instances->Value(i, 3));
    if (!instances->IsNull(i, 4) && !instances->Value(i, 4).empty()) {
      out += " app_secret_ref=" + std::string(instances->Value(i, 4));
    }
    out += "\n";
  }
  auto tokens = connection.Exec(kDescribeTokens);
  if (!tokens) return Fail(tokens.error());
  for (int i = 0; i < tokens->rows(); ++i) {
    out += "api-token tenant=" + std::string(tokens->Value(i, 0)) +
           " label=" + std::string(tokens->Value(i, 1)) +
           " sha256=" + std::string(tokens->Value(i, 2)) + "…\n";
  }
  return out;
}

}  // namespace chatfleet::tenants
