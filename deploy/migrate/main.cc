// chatfleet-migrate: applies, reverts and lists the schema migrations embedded at build time
// (deploy/migrations). Runs as a Kubernetes Job at deploy time, so it waits a bounded time for
// the database to come up; replicas racing each other are serialized by the Migrator's lock.
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>

#include "shared/config/config.h"
#include "shared/log/logger.h"
#include "shared/pg/migrations.h"
#include "shared/pg/wait_for_database.h"

namespace {

using chatfleet::config::Config;
using chatfleet::config::Need;
using chatfleet::config::Setting;

constexpr Setting kSettings[] = {
    {"DATABASE_URL", "",
     "PostgreSQL URL (libpq URI or key=value); options=-csearch_path%3D<schema> selects the "
     "schema",
     Need::kDeployment},
    {"CHATFLEET_MIGRATE_WAIT_MS", "10000",
     "how long to wait for the database to accept connections before giving up"},
    {"CHATFLEET_TARGET", "-1", "up: apply migrations up to this version (-1: all)"},
    {"CHATFLEET_STEPS", "1", "down: how many of the newest applied migrations to revert"},
    {"CHATFLEET_LOG_LEVEL", "info", "debug, info, warn or error (JSON logs on stderr)"},
};

constexpr const char* kUsage =
    "usage: chatfleet-migrate up [--target=N] | down [--steps=N] | status [flags]\n\n";

std::string Label(int version, const std::string& name) {
  char number[16];
  std::snprintf(number, sizeof number, "%04d", version);
  return number + ("_" + name);
}

int ReportError(const chatfleet::Error& error) {
  std::cerr << "chatfleet-migrate: " << error.message << " (" << chatfleet::ToString(error.kind)
            << ")\n";
  return 1;
}

int PrintStatus(chatfleet::pg::Migrator& migrator) {
  auto states = migrator.Status();
  if (!states) return ReportError(states.error());
  int current = 0;
  for (const auto& state : *states) {
    std::cout << Label(state.version, state.name) << "\t" << (state.applied ? "applied" : "pending")
              << "\n";
    if (state.applied) current = state.version;
  }
  std::cout << "schema at version " << current << ", latest " << migrator.LatestVersion() << "\n";
  return 0;
}

int Run(int argc, char** argv) {
  const Config config = Config::Load(kSettings, argc, argv);
  if (config.help_requested()) {
    std::cout << kUsage << Config::Usage("chatfleet-migrate", kSettings);
    return 0;
  }
  namespace log = chatfleet::log;
  log::Init("migrate", log::ParseLevel(config.Get("CHATFLEET_LOG_LEVEL")));
  const auto& command = config.positional();
  if (command.size() != 1 ||
      (command[0] != "up" && command[0] != "down" && command[0] != "status")) {
    std::cerr << kUsage << "run with --help for the flags\n";
    return 2;
  }
  const std::string& url = config.Get("DATABASE_URL");
  if (url.empty()) {
    std::cerr << "chatfleet-migrate: DATABASE_URL is not set (environment or --database-url)\n";
    return 2;
  }

  auto connection =
      chatfleet::pg::WaitForDatabase(url, config.GetMillis("CHATFLEET_MIGRATE_WAIT_MS"));
  if (!connection) return ReportError(connection.error());
  chatfleet::pg::Migrator migrator(*connection, chatfleet::pg::EmbeddedMigrations());

  if (command[0] == "status") return PrintStatus(migrator);
  if (command[0] == "up") {
    auto applied = migrator.Up(static_cast<int>(config.GetInt("CHATFLEET_TARGET")));
    if (!applied) return ReportError(applied.error());
    std::cout << "up: applied " << *applied << " migration(s)\n";
  } else {
    auto reverted = migrator.Down(static_cast<int>(config.GetInt("CHATFLEET_STEPS")));
    if (!reverted) return ReportError(reverted.error());
    std::cout << "down: reverted " << *reverted << " migration(s)\n";
  }
  return PrintStatus(migrator);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "chatfleet-migrate: " << e.what() << "\n";
    return 2;
  }
}
