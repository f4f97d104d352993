#include "bench/statement_stats.h"

#include <cctype>

namespace chatfleet::bench {
namespace {

std::string Squashed(std::string_view query) {
  std::string out;
  for (const char c : query) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

Error Unavailable(const Error& cause) {
  return Error::Permanent(
      "pg_stat_statements unavailable (start PostgreSQL with "
      "CHATFLEET_PG_STATEMENTS=1 ./fleet up): " +
      cause.message);
}

}  // namespace

Result<pg::Connection*> StatementStats::Connect() {
  if (connection_) return &*connection_;
  auto opened = pg::Connection::Open(url_);
  if (!opened) return Fail(opened.error());
  if (auto created = opened->ExecScript("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      !created) {
    return Fail(Unavailable(created.error()));
  }
  connection_.emplace(std::move(*opened));
  return &*connection_;
}

Status StatementStats::Reset() {
  auto connection = Connect();
  if (!connection) return Fail(connection.error());
  if (auto reset = (*connection)->Exec("SELECT pg_stat_statements_reset()"); !reset) {
    return Fail(Unavailable(reset.error()));
  }
  return {};
}

Result<std::vector<StatementCost>> StatementStats::Top(int limit) {
  auto connection = Connect();
  if (!connection) return Fail(connection.error());
  auto rows = (*connection)
                  ->Exec(
                      "SELECT query, calls, total_exec_time, rows FROM pg_stat_statements "
                      "WHERE query NOT ILIKE '%pg_stat_statements%' "
                      "ORDER BY total_exec_time DESC LIMIT $1",
                      {std::to_string(limit)});
  if (!rows) return Fail(Unavailable(rows.error()));
  std::vector<StatementCost> top;
  for (int i = 0; i < rows->rows(); ++i) {
    top.push_back({Squashed(rows->Value(i, 0)), rows->Int(i, 1),
                   std::stod(std::string(rows->Value(i, 2))), rows->Int(i, 3)});
  }
  return top;
}

}  // namespace chatfleet::bench
