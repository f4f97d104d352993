#include "shared/pg/connection.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "shared/log/logger.h"
#include "shared/pg/handles.h"
#include "shared/pg/result_set_impl.h"
#include "shared/pg/sqlstate.h"

namespace chatfleet::pg {
namespace {

// Used only when the URL sets no connect_timeout: without it a connect to an unroutable host
// blocks for the kernel's TCP timeout (minutes) instead of failing fast and being retried.
constexpr const char* kDefaultConnectTimeoutSeconds = "10";
constexpr std::size_t kCopyChunkBytes = 256 * 1024;
constexpr std::size_t kStatementInMessage = 120;

std::string Trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// libpq's connection errors span lines ("…failed: Connection refused\n\tIs the server…").
std::string OneLine(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  std::string out;
  for (char c : Trimmed(std::move(text))) {
    if (c != ' ' || out.empty() || out.back() != ' ') out += c;
  }
  return out;
}

std::string StatementForMessage(std::string_view sql) {
  std::string out(sql.substr(0, kStatementInMessage));
  std::replace(out.begin(), out.end(), '\n', ' ');
  if (sql.size() > kStatementInMessage) out += "…";
  return out;
}

// The server's message, detail and hint, classified by SQLSTATE. A result without SQLSTATE is
// an error libpq produced itself ("server closed the connection unexpectedly"): retryable when
// the connection is gone, otherwise permanent like any unknown error.
Error ResultError(const PGconn* connection, const PGresult* result, std::string_view sql) {
  std::string message = "postgres: ";
  if (result == nullptr) {
    message += OneLine(PQerrorMessage(connection));
  } else if (const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)) {
    message += primary;
    if (const char* detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL)) {
      message += std::string(" (") + detail + ")";
    }
    if (const char* hint = PQresultErrorField(result, PG_DIAG_MESSAGE_HINT)) {
      message += std::string(" hint: ") + hint;
    }
  } else {
    message += OneLine(PQresultErrorMessage(result));
  }
  const char* sqlstate = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  ErrorKind kind;
  if (sqlstate != nullptr) {
    message += std::string(" [SQLSTATE ") + sqlstate + "]";
    kind = ClassifySqlState(sqlstate);
  } else {
    kind = PQstatus(connection) == CONNECTION_BAD ? ErrorKind::kRetryable : ErrorKind::kPermanent;
  }
  message += " in: " + StatementForMessage(sql);
  return Error{kind, std::move(message)};
}

bool Succeeded(const PGresult* result) {
  switch (PQresultStatus(result)) {
    case PGRES_COMMAND_OK:
    case PGRES_TUPLES_OK:
    case PGRES_EMPTY_QUERY:
      return true;
    default:
      return false;
  }
}

// libpq has no SQLSTATE for a failed connection start, only the message. Errors that retrying
// cannot fix are recognised by their (English, server-default lc_messages) text; anything else
// (refused, timed out, starting up, too many clients) is retryable.
ErrorKind ClassifyConnectFailure(const PGconn* connection, std::string_view message) {
  if (PQconnectionNeedsPassword(connection)) return ErrorKind::kFatal;
  constexpr std::array<std::string_view, 5> kFatalTexts = {"authentication failed", "pg_hba.conf",
                                                           "does not exist", "invalid sslmode",
                                                           "permission denied"};
  for (std::string_view text : kFatalTexts) {
    if (message.find(text) != std::string_view::npos) return ErrorKind::kFatal;
  }
  return ErrorKind::kRetryable;
}

void LogNotice(void* /*arg*/, const char* message) {
  log::Debug("postgres notice", {{"notice", Trimmed(message)}});
}

}  // namespace

struct Connection::Impl {
  std::string url;
  PgConnPtr connection;
};

Connection::Connection(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Connection::Connection(Connection&&) noexcept = default;
Connection& Connection::operator=(Connection&&) noexcept = default;
Connection::~Connection() = default;

Result<Connection> Connection::Open(const std::string& url) {
  char* parse_error = nullptr;
  PgConninfoPtr options(PQconninfoParse(url.c_str(), &parse_error));
  PgCharPtr parse_error_owner(parse_error);
  if (!options) {
    return Fail(Error::Fatal("postgres: invalid connection string: " +
                             Trimmed(parse_error ? parse_error : "out of memory")));
  }
  bool has_timeout = false;
  for (const PQconninfoOption* option = options.get(); option->keyword != nullptr; ++option) {
    if (std::string_view(option->keyword) == "connect_timeout" && option->val != nullptr) {
      has_timeout = true;
    }
  }
  // Entries before the expanded dbname (the URL) are defaults the URL may override; entries
  // after it win. The fleet speaks UTF-8 whatever the database's default client encoding.
  const std::array<const char*, 5> keywords = {"fallback_application_name", "connect_timeout",
                                               "dbname", "client_encoding", nullptr};
  const std::array<const char*, 5> values = {"chatfleet",
                                             has_timeout ? nullptr : kDefaultConnectTimeoutSeconds,
                                             url.c_str(), "UTF8", nullptr};
  auto impl = std::make_unique<Impl>();
  impl->url = url;
  impl->connection.reset(PQconnectdbParams(keywords.data(), values.data(), /*expand_dbname=*/1));
  if (!impl->connection) return Fail(Error::Fatal("postgres: out of memory while connecting"));
  if (PQstatus(impl->connection.get()) != CONNECTION_OK) {
    std::string message = OneLine(PQerrorMessage(impl->connection.get()));
    return Fail(Error{ClassifyConnectFailure(impl->connection.get(), message),
                      "postgres: cannot connect: " + message});
  }
  PQsetNoticeProcessor(impl->connection.get(), &LogNotice, nullptr);
  return Connection(std::move(impl));
}

bool Connection::healthy() const {
  return impl_ && impl_->connection && PQstatus(impl_->connection.get()) == CONNECTION_OK;
}

Status Connection::Reset() {
  if (!impl_) return Fail(Error::Fatal("postgres: Reset on a moved-from connection"));
  // PQreset reconnects with the same parameters and keeps the notice processor.
  PQreset(impl_->connection.get());
  if (PQstatus(impl_->connection.get()) != CONNECTION_OK) {
    std::string message = OneLine(PQerrorMessage(impl_->connection.get()));
    return Fail(Error{ClassifyConnectFailure(impl_->connection.get(), message),
                      "postgres: cannot reconnect: " + message});
  }
  return {};
}

Result<ResultSet> Connection::Exec(std::string_view sql, std::span<const Param> params) {
  if (!healthy()) {
    return Fail(Error::Retryable("postgres: connection lost; Reset() before the next statement"));
  }
  // libpq wants NUL-terminated text parameters; string_views need not be.
  const std::string statement(sql);
  std::vector<std::string> storage;
  storage.reserve(params.size());
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const Param& param : params) {
    if (param) {
      values.push_back(storage.emplace_back(*param).c_str());
    } else {
      values.push_back(nullptr);
    }
  }
  PGconn* connection = impl_->connection.get();
  PgResultPtr result(PQexecParams(connection, statement.c_str(), static_cast<int>(values.size()),
                                  nullptr, values.data(), nullptr, nullptr, /*resultFormat=*/0));
  if (!result || !Succeeded(result.get())) {
    return Fail(ResultError(connection, result.get(), sql));
  }
  ResultSet rows;
  rows.impl_ = std::make_unique<ResultSet::Impl>(ResultSet::Impl{std::move(result)});
  return rows;
}

Result<ResultSet> Connection::ExecScript(std::string_view sql) {
  if (!healthy()) {
    return Fail(Error::Retryable("postgres: connection lost; Reset() before the next statement"));
  }
  const std::string script(sql);
  PGconn* connection = impl_->connection.get();
  PgResultPtr result(PQexec(connection, script.c_str()));
  if (!result || !Succeeded(result.get())) {
    return Fail(ResultError(connection, result.get(), sql));
  }
  ResultSet rows;
  rows.impl_ = std::make_unique<ResultSet::Impl>(ResultSet::Impl{std::move(result)});
  return rows;
}

Result<std::int64_t> Connection::CopyIn(std::string_view copy_sql, std::string_view data) {
  if (!healthy()) {
    return Fail(Error::Retryable("postgres: connection lost; Reset() before the next statement"));
  }
  PGconn* connection = impl_->connection.get();
  const std::string statement(copy_sql);
  PgResultPtr started(PQexec(connection, statement.c_str()));
  if (!started || PQresultStatus(started.get()) != PGRES_COPY_IN) {
    if (started && Succeeded(started.get())) {
      return Fail(Error::Fatal("postgres: not a COPY … FROM STDIN statement: " +
                               StatementForMessage(copy_sql)));
    }
    return Fail(ResultError(connection, started.get(), copy_sql));
  }
  // In blocking mode PQputCopyData returns 1 or -1 (never 0). On -1 the connection is broken;
  // the final results below carry the error.
  bool sent = true;
  for (std::size_t offset = 0; offset < data.size() && sent; offset += kCopyChunkBytes) {
    const std::string_view chunk = data.substr(offset, kCopyChunkBytes);
    sent = PQputCopyData(connection, chunk.data(), static_cast<int>(chunk.size())) == 1;
  }
  if (sent) sent = PQputCopyEnd(connection, nullptr) == 1;
  if (!sent) {
    PQputCopyEnd(connection, "client failed to send COPY data");
  }
  // Drain every result so the connection is idle again, keeping the first failure.
  std::optional<Error> failure;
  std::int64_t copied = 0;
  while (PgResultPtr result{PQgetResult(connection)}) {
    if (!Succeeded(result.get())) {
      if (!failure) failure = ResultError(connection, result.get(), copy_sql);
      continue;
    }
    ResultSet rows;
    rows.impl_ = std::make_unique<ResultSet::Impl>(ResultSet::Impl{std::move(result)});
    copied = rows.affected_rows();
  }
  if (failure) return Fail(*std::move(failure));
  if (!sent) return Fail(ResultError(connection, nullptr, copy_sql));
  return copied;
}

}  // namespace chatfleet::pg
