#include "shared/tenants/tenant_directory.h"

namespace chatfleet::tenants {

void TenantSnapshot::AddTenant(Tenant tenant) {
  std::string key = tenant.tenant;
  tenants_.insert_or_assign(std::move(key), std::move(tenant));
}

void TenantSnapshot::AddInstance(Instance instance) {
  auto key = std::make_pair(instance.platform, instance.instance);
  instances_.insert_or_assign(std::move(key), std::move(instance));
}

void TenantSnapshot::AddApiToken(std::string token_sha256, ApiToken token) {
  tokens_.insert_or_assign(std::move(token_sha256), std::move(token));
}

const Tenant* TenantSnapshot::FindTenant(std::string_view tenant) const {
  const auto it = tenants_.find(tenant);
  return it == tenants_.end() ? nullptr : &it->second;
}

const Instance* TenantSnapshot::FindInstance(std::string_view platform,
                                             std::string_view instance) const {
  const auto it = instances_.find(std::make_pair(std::string(platform), std::string(instance)));
  return it == instances_.end() ? nullptr : &it->second;
}

const ApiToken* TenantSnapshot::FindApiToken(std::string_view token_sha256) const {
  const auto it = tokens_.find(token_sha256);
  return it == tokens_.end() ? nullptr : &it->second;
}

std::shared_ptr<const TenantSnapshot> TenantDirectory::Current() const {
  std::lock_guard lock(mutex_);
  return current_;
}

void TenantDirectory::Replace(std::shared_ptr<const TenantSnapshot> snapshot) {
  std::lock_guard lock(mutex_);
  current_ = std::move(snapshot);
}

}  // namespace chatfleet::tenants
