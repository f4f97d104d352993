#include "ingest/tenants/tenant_refresher.h"

#include "shared/core/retry.h"
#include "shared/log/logger.h"
#include "shared/tenants/tenant_store.h"

namespace chatfleet::tenants {

TenantRefresher::TenantRefresher(RefresherOptions options, TenantDirectory& directory,
                                 SecretResolver secrets)
    : options_(std::move(options)), directory_(directory), secrets_(std::move(secrets)) {}

TenantRefresher::~TenantRefresher() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

Status TenantRefresher::RefreshOnce() {
  std::lock_guard lock(load_mutex_);
  if (!connection_ || !connection_->healthy()) {
    connection_.reset();
    auto opened = pg::Connection::Open(options_.database_url);
    if (!opened) return Fail(opened.error());
    connection_.emplace(std::move(*opened));
  }
  auto loaded = LoadSnapshot(*connection_, secrets_);
  if (!loaded) {
    connection_.reset();  // a half-broken session is reopened next time
    return Fail(loaded.error());
  }
  for (const auto& name : loaded->missing_secrets) {
    // The name is logged, never a value: the operator learns which secret to provide.
    log::Warn("tenant instance skipped: its secret is not provided", {{"secret", name}});
  }
  const std::size_t instances = loaded->snapshot.instance_count();
  directory_.Replace(std::make_shared<const TenantSnapshot>(std::move(loaded->snapshot)));
  log::Debug("tenants loaded", {{"instances", static_cast<std::int64_t>(instances)}});
  return {};
}

Status TenantRefresher::Prewarm(std::chrono::milliseconds wait) {
  RetryPolicy policy;
  policy.initial_delay = std::chrono::milliseconds(100);
  policy.max_delay = std::chrono::milliseconds(2000);
  const auto deadline = std::chrono::steady_clock::now() + wait;
  auto result = Retry<bool>(
      policy,
      [this]() -> Result<bool> {
        if (auto ok = RefreshOnce(); !ok) return Fail(ok.error());
        return true;
      },
      [deadline] { return std::chrono::steady_clock::now() >= deadline; });
  if (!result) return Fail(result.error());
  return {};
}

void TenantRefresher::Start() {
  if (thread_.joinable()) return;
  thread_ = std::thread([this] { Loop(); });
}

void TenantRefresher::Loop() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    if (wake_.wait_for(lock, options_.interval, [this] { return stopping_; })) return;
    lock.unlock();
    if (auto ok = RefreshOnce(); !ok) {
      log::Warn("tenants refresh failed; keeping the previous snapshot",
                {{"error", ok.error().message}});
    }
    lock.lock();
  }
}

}  // namespace chatfleet::tenants
