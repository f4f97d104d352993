#include "shared/service/dependency_checks.h"

#include <cstdio>
#include <memory>
#include <optional>

#include "shared/kafka/broker_probe.h"
#include "shared/pg/connection.h"
#include "shared/pg/migrations.h"

namespace chatfleet::service {
namespace {

constexpr std::chrono::milliseconds kBrokerTimeout{2000};
constexpr std::string_view kStatementTimeoutSql = "SET statement_timeout = 2000";
constexpr std::string_view kPingSql = "SELECT 1";

std::string Version(int version) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d", version);
  return text;
}

// The database and migrations probes share one connection; both run on the probe thread only.
class DatabaseProbe {
 public:
  explicit DatabaseProbe(std::string url) : url_(std::move(url)) {}

  std::string Ping() {
    reachable_ = false;
    if (auto connected = Connect(); !connected) return "unreachable: " + connected.error().message;
    if (auto pinged = connection_->Exec(kPingSql); !pinged) {
      return "unreachable: " + pinged.error().message;
    }
    reachable_ = true;
    return std::string(kCheckOk);
  }

  std::string Migrations() {
    if (!reachable_) return "unknown: database unreachable";
    pg::Migrator migrator(*connection_, pg::EmbeddedMigrations());
    auto level = migrator.Level();
    if (!level) return "unknown: " + level.error().message;
    if (level->at_head()) return std::string(kCheckOk);
    std::string state = "behind: at " + Version(level->current) + ", head " + Version(level->head);
    // A gap (an older version missing below the newest applied one) is behind too.
    if (level->pending.front() < level->current) {
      state += ", missing " + Version(level->pending.front());
    }
    return state;
  }

 private:
  Status Connect() {
    if (connection_ && connection_->healthy()) return {};
    connection_.reset();
    auto opened = pg::Connection::Open(url_);
    if (!opened) return Fail(std::move(opened.error()));
    connection_.emplace(std::move(*opened));
    // A probe must answer in time even when the server is stuck behind a lock.
    if (auto limited = connection_->Exec(kStatementTimeoutSql); !limited) {
      return Fail(std::move(limited.error()));
    }
    return {};
  }

  std::string url_;
  std::optional<pg::Connection> connection_;
  bool reachable_ = false;
};

}  // namespace

void AddDependencyChecks(Readiness& readiness, const ShutdownSignal& shutdown,
                         const DependencyChecks& dependencies) {
  readiness.AddGate("shutdown", [&shutdown] {
    return shutdown.stop_requested() ? std::string("shutting down") : std::string(kCheckOk);
  });
  auto broker =
      std::make_shared<kafka::BrokerProbe>(dependencies.brokers, dependencies.kafka_properties);
  readiness.AddProbe("broker", [broker] {
    const auto checked = broker->Check(kBrokerTimeout);
    return checked ? std::string(kCheckOk) : checked.error().message;
  });
  auto database = std::make_shared<DatabaseProbe>(dependencies.database_url);
  readiness.AddProbe("database", [database] { return database->Ping(); });
  readiness.AddProbe("migrations", [database] { return database->Migrations(); });
}

}  // namespace chatfleet::service
