#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "shared/core/error.h"

namespace chatfleet::pg {

/// A text-format query parameter; std::nullopt is SQL NULL.
using Param = std::optional<std::string_view>;

/// The result of one statement (RAII over PGresult). Movable, not copyable.
class ResultSet {
 public:
  ResultSet();
  ~ResultSet();
  ResultSet(ResultSet&&) noexcept;
  ResultSet& operator=(ResultSet&&) noexcept;

  int rows() const;
  int columns() const;
  bool IsNull(int row, int column) const;
  /// The text value of a field ("" for NULL).
  std::string_view Value(int row, int column) const;
  std::optional<std::string> Optional(int row, int column) const;
  std::int64_t Int(int row, int column) const;
  /// Rows affected by INSERT/UPDATE/DELETE/COPY.
  std::int64_t affected_rows() const;
  /// The command tag ("INSERT 0 1", "COMMIT", "ROLLBACK" …); "" for an empty result.
  std::string_view command_tag() const;

 private:
  friend class Connection;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// One libpq connection (RAII over PGconn). Not thread-safe: one user at a time. Movable.
///
/// Every failure is returned as an Error classified by SQLSTATE (see sqlstate.h); a lost
/// connection is retryable and the next Exec after Reset() reconnects.
class Connection {
 public:
  /// Connects to `url` (a libpq URI or key=value string). Retryable error when the server is
  /// unreachable, fatal on authentication or configuration errors.
  static Result<Connection> Open(const std::string& url);

  Connection(Connection&&) noexcept;
  Connection& operator=(Connection&&) noexcept;
  ~Connection();

  /// Runs one statement with text parameters ($1, $2 …) through PQexecParams: never build SQL
  /// by concatenating values.
  Result<ResultSet> Exec(std::string_view sql, std::span<const Param> params = {});
  Result<ResultSet> Exec(std::string_view sql, std::initializer_list<Param> params) {
    return Exec(sql, std::span<const Param>(params.begin(), params.size()));
  }

  /// Runs a trusted script of several statements without parameters (PQexec): migrations only.
  /// Returns the result of the last statement; stops at the first failing one.
  Result<ResultSet> ExecScript(std::string_view sql);

  /// Runs `COPY … FROM STDIN` (text format) and streams `data` (rows already escaped with
  /// AppendCopyField / EndCopyRow). Returns the number of rows copied.
  Result<std::int64_t> CopyIn(std::string_view copy_sql, std::string_view data);

  /// True while the connection is usable.
  bool healthy() const;
  /// Reconnects with the original URL.
  Status Reset();

 private:
  struct Impl;
  explicit Connection(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// A transaction that rolls back in its destructor unless committed.
class Transaction {
 public:
  /// Issues BEGIN (with `isolation`, e.g. "READ COMMITTED").
  static Result<Transaction> Begin(Connection& connection, std::string_view isolation = {});
  Transaction(Transaction&&) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();

  Connection& connection() { return *connection_; }
  Status Commit();

 private:
  explicit Transaction(Connection& connection) : connection_(&connection) {}
  Connection* connection_;
  bool finished_ = false;
};

/// Appends one field in COPY text format: backslash, tab, newline and carriage return escaped;
/// std::nullopt → \N. Fields after the first get a tab separator when `first` is false.
void AppendCopyField(std::string& row, Param value, bool first);
inline void EndCopyRow(std::string& row) { row += '\n'; }

/// Quotes an identifier for DDL that cannot take parameters (CREATE SCHEMA "x"): wraps it in
/// double quotes and doubles the ones inside.
std::string QuoteIdentifier(std::string_view identifier);

}  // namespace chatfleet::pg
