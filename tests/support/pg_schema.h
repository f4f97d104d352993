#pragma once

#include <string>
#include <string_view>

#include "shared/pg/connection.h"

namespace chatfleet::testing {

/// `url` (a libpq URI or key=value string) with the libpq `options` that set search_path to
/// `schema`, so every session opened with it (a service under test, psql) works in `schema`.
/// Options already in `url` are kept.
std::string WithSearchPath(const std::string& url, const std::string& schema);

/// A PostgreSQL schema of its own for one test, in the database at DATABASE_URL.
///
/// The constructor throws (failing the test with the reason) when DATABASE_URL is missing or
/// the schema cannot be created; the destructor drops the schema with everything in it. Not
/// thread-safe; url() may be shared with any number of processes and threads.
class TestSchema {
 public:
  explicit TestSchema(std::string_view prefix = "t");
  ~TestSchema();
  TestSchema(const TestSchema&) = delete;
  TestSchema& operator=(const TestSchema&) = delete;

  /// The schema's name: UniqueName(prefix), lowercase letters, digits and '_'.
  const std::string& name() const { return name_; }
  /// DATABASE_URL as given.
  const std::string& base_url() const { return base_url_; }
  /// DATABASE_URL with search_path set to this schema: pass it to services and to Psql.
  const std::string& url() const { return url_; }

  /// A new connection to url(); throws on failure.
  pg::Connection Connect() const;
  /// Applies the embedded migrations (deploy/migrations) to this schema; throws on failure.
  void Migrate() const;

 private:
  std::string name_;
  std::string base_url_;
  std::string url_;
  pg::Connection admin_;
};

/// Runs the real psql client: `psql -X -q -A -t -v ON_ERROR_STOP=1 -d url -c sql`. Returns its
/// stdout without the final newline: rows separated by '\n', fields by '|', NULL as "".
/// Throws (failing the test) when psql exits non-zero; psql's stderr goes to the test log.
std::string Psql(const std::string& url, const std::string& sql);

}  // namespace chatfleet::testing
