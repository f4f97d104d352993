#include "tests/support/pg_schema.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "shared/pg/migrations.h"
#include "tests/support/process.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {
namespace {

bool IsUri(std::string_view url) {
  return url.starts_with("postgresql://") || url.starts_with("postgres://");
}

// The value of `options` already in a URI's query string ("" if none), percent-decoding left
// to libpq: we re-encode only what we add.
std::string UriOptions(std::string_view url) {
  const auto query = url.find('?');
  if (query == std::string_view::npos) return "";
  std::string_view rest = url.substr(query + 1);
  while (!rest.empty()) {
    const auto amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    if (pair.starts_with("options=")) return std::string(pair.substr(8));
    if (amp == std::string_view::npos) break;
    rest.remove_prefix(amp + 1);
  }
  return "";
}

pg::Connection OpenOrThrow(const std::string& url) {
  auto connection = pg::Connection::Open(url);
  if (!connection) {
    throw std::runtime_error("cannot connect to " + url + ": " + connection.error().message);
  }
  return std::move(*connection);
}

void ExecOrThrow(pg::Connection& connection, const std::string& sql) {
  if (auto result = connection.Exec(sql); !result) {
    throw std::runtime_error(sql + ": " + result.error().message);
  }
}

}  // namespace

std::string WithSearchPath(const std::string& url, const std::string& schema) {
  if (IsUri(url)) {
    // In a URI the options value is percent-encoded: ' ' → %20, '=' → %3D. A later options=
    // replaces an earlier one, so the existing value is carried over.
    std::string options = UriOptions(url);
    if (!options.empty()) options += "%20";
    options += "-csearch_path%3D" + schema;
    return url + (url.find('?') == std::string::npos ? "?" : "&") + "options=" + options;
  }
  // key=value form; schema names (UniqueName) need no quoting inside the value.
  if (url.find("options") != std::string::npos) {
    throw std::invalid_argument(
        "WithSearchPath: a key=value DATABASE_URL that sets options is not supported; use the "
        "URI form");
  }
  return url + (url.empty() ? "" : " ") + "options='-csearch_path=" + schema + "'";
}

TestSchema::TestSchema(std::string_view prefix)
    : name_(UniqueName(prefix)),
      base_url_(RequireEnv("DATABASE_URL")),
      url_(WithSearchPath(base_url_, name_)),
      admin_(OpenOrThrow(base_url_)) {
  ExecOrThrow(admin_, "CREATE SCHEMA " + pg::QuoteIdentifier(name_));
}

TestSchema::~TestSchema() {
  const std::string drop = "DROP SCHEMA " + pg::QuoteIdentifier(name_) + " CASCADE";
  auto dropped = admin_.Exec(drop);
  if (!dropped && dropped.error().retryable()) {
    // The test restarted the server (a fault test): reconnect once.
    if (admin_.Reset()) dropped = admin_.Exec(drop);
  }
  if (!dropped) {
    ADD_FAILURE() << "cannot drop test schema " << name_ << ": " << dropped.error().message;
  }
}

pg::Connection TestSchema::Connect() const { return OpenOrThrow(url_); }

void TestSchema::Migrate() const {
  pg::Connection connection = Connect();
  pg::Migrator migrator(connection, pg::EmbeddedMigrations());
  if (auto applied = migrator.Up(); !applied) {
    throw std::runtime_error("migrations failed in schema " + name_ + ": " +
                             applied.error().message);
  }
}

std::string Psql(const std::string& url, const std::string& sql) {
  const CommandResult result =
      RunCommand({"psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql});
  if (result.exit_code != 0) {
    throw std::runtime_error("psql exited with " + std::to_string(result.exit_code) +
                             " (see its stderr above) for: " + sql);
  }
  std::string output = result.output;
  if (!output.empty() && output.back() == '\n') output.pop_back();
  return output;
}

}  // namespace chatfleet::testing
