#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "shared/pg/connection.h"
#include "shared/tenants/secret_source.h"
#include "shared/tenants/tenant_directory.h"

namespace chatfleet::tenants {

struct RefresherOptions {
  std::string database_url;
  /// How often the snapshot is reloaded: how long a new or removed instance or token takes to
  /// take effect in a running ingest.
  std::chrono::milliseconds interval{30000};
};

/// Keeps `directory` filled from PostgreSQL: `Prewarm` loads once before the server starts
/// (the instance → tenant cache is warm before the first webhook), then a background
/// thread reloads every interval. A failed reload keeps the previous snapshot (a database
/// outage does not take webhooks down) and is logged; the connection is reopened next time.
class TenantRefresher {
 public:
  TenantRefresher(RefresherOptions options, TenantDirectory& directory, SecretResolver secrets);
  ~TenantRefresher();  // stops the thread
  TenantRefresher(const TenantRefresher&) = delete;
  TenantRefresher& operator=(const TenantRefresher&) = delete;

  /// Loads synchronously, retrying retryable failures for at most `wait`. Returns the last
  /// error when it never succeeded; the caller decides whether ingest may start without it.
  Status Prewarm(std::chrono::milliseconds wait);
  /// Starts the periodic reload.
  void Start();
  /// One reload now (also what the thread runs).
  Status RefreshOnce();

 private:
  void Loop();

  RefresherOptions options_;
  TenantDirectory& directory_;
  SecretResolver secrets_;
  std::optional<pg::Connection> connection_;  // only touched by one caller at a time
  std::mutex load_mutex_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace chatfleet::tenants
