#include "bench/db_ceiling.h"

#include <google/protobuf/util/time_util.h>

#include <array>
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <span>

#include "shared/pg/connection.h"
#include "shared/pg/migrations.h"

namespace chatfleet::bench {
namespace {

using google::protobuf::util::TimeUtil;
using Clock = std::chrono::steady_clock;

// The conversation's key last: the workers look it up in the insert (history_writer.cc); here it
// is known before the clock starts, as it would be for a worker that cached it.
constexpr int kColumns = 18;
constexpr int kConversationKeyColumn = 17;
constexpr std::string_view kColumnList =
    "event_id, tenant, bot, platform, conversation_id, conversation_kind, channel_id, user_id, "
    "user_name, role, content, source, platform_message_id, reply_to_message_id, sent_at, "
    "received_at, trace_id, conversation_key";

constexpr std::string_view kCopySql =
    "COPY chat_history (event_id, tenant, bot, platform, conversation_id, conversation_kind, "
    "channel_id, user_id, user_name, role, content, source, platform_message_id, "
    "reply_to_message_id, sent_at, received_at, trace_id, conversation_key) FROM STDIN";
// A session-local staging table as in workers/memory/history_writer.cc, and its ON CONFLICT
// insert (the writer's when a message of the batch is already stored).
constexpr std::string_view kCreateStagingSql = R"sql(
CREATE TEMP TABLE bench_staging (
  event_id text, tenant text, bot text, platform text, conversation_id text,
  conversation_kind text, channel_id text, user_id text, user_name text, role text,
  content text, source text, platform_message_id text, reply_to_message_id text,
  sent_at timestamptz, received_at timestamptz, trace_id text, conversation_key bigint
) ON COMMIT DELETE ROWS)sql";
constexpr std::string_view kCopyStagingSql =
    "COPY bench_staging (event_id, tenant, bot, platform, conversation_id, conversation_kind, "
    "channel_id, user_id, user_name, role, content, source, platform_message_id, "
    "reply_to_message_id, sent_at, received_at, trace_id, conversation_key) FROM STDIN";
constexpr std::string_view kUpsertFromStagingSql =
    "INSERT INTO chat_history (event_id, tenant, bot, platform, conversation_id, "
    "conversation_kind, channel_id, user_id, user_name, role, content, source, "
    "platform_message_id, reply_to_message_id, sent_at, received_at, trace_id, "
    "conversation_key) "
    "SELECT event_id, tenant, bot, platform, conversation_id, conversation_kind, channel_id, "
    "user_id, user_name, role, content, source, platform_message_id, reply_to_message_id, "
    "sent_at, received_at, trace_id, conversation_key FROM bench_staging ON CONFLICT ON "
    "CONSTRAINT "
    "chat_history_message_key "
    "DO NOTHING";
constexpr std::string_view kTruncateSql = "TRUNCATE chat_history";
constexpr std::string_view kCreateSchemaSql = "CREATE SCHEMA ";
constexpr std::string_view kDropSchemaSql = "DROP SCHEMA IF EXISTS ";

/// The text of each column, in kColumnList order, as the workers store an event.
struct RowText {
  std::array<std::string, kColumns> values;
  std::array<bool, kColumns> null{};
};

std::string Lower(std::string_view enum_name, std::string_view prefix) {
  std::string out(enum_name.substr(prefix.size()));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// 32 hex digits, as a W3C trace id is stored (derived from the event id: unique per row).
std::string TraceIdOf(const std::string& event_id) {
  std::string hex;
  for (char c : event_id) {
    if (c != '-') hex += c;
  }
  hex.resize(32, '0');
  return hex;
}

RowText ToRow(const v1::ChatEvent& e) {
  RowText row;
  const bool direct = e.conversation().kind() == v1::CONVERSATION_KIND_DIRECT;
  row.values = {e.event_id(),
                e.tenant(),
                e.bot(),
                Lower(v1::Platform_Name(e.platform()), "PLATFORM_"),
                e.conversation().id(),
                direct ? "direct" : "group",
                e.conversation().channel_id(),
                e.sender().user_id(),
                e.sender().display_name(),
                Lower(v1::Role_Name(e.role()), "ROLE_"),
                e.text(),
                Lower(v1::Source_Name(e.source()), "SOURCE_"),
                e.platform_message_id(),
                e.reply_to_message_id(),
                TimeUtil::ToString(e.sent_at()),
                TimeUtil::ToString(e.received_at()),
                TraceIdOf(e.event_id()),
                ""};  // the conversation's key: KeyConversations
  row.null[6] = direct;
  row.null[8] = e.sender().display_name().empty();
  row.null[13] = e.reply_to_message_id().empty();
  return row;
}

pg::Param ParamOf(const RowText& row, int column) {
  if (row.null[column]) return std::nullopt;
  return std::string_view(row.values[column]);
}

std::string CopyData(std::span<const RowText> rows) {
  std::string data;
  for (const RowText& row : rows) {
    for (int c = 0; c < kColumns; ++c) pg::AppendCopyField(data, ParamOf(row, c), c == 0);
    pg::EndCopyRow(data);
  }
  return data;
}

/// `INSERT … VALUES ($1, …, $16), ($17, …)`: placeholders only, values are bound.
std::string MultiRowInsertSql(std::size_t rows) {
  std::string sql = "INSERT INTO chat_history (" + std::string(kColumnList) + ") VALUES ";
  int placeholder = 1;
  for (std::size_t r = 0; r < rows; ++r) {
    sql += r == 0 ? "(" : ", (";
    for (int c = 0; c < kColumns; ++c) {
      if (c > 0) sql += ", ";
      sql += '$' + std::to_string(placeholder++);
    }
    sql += ')';
  }
  return sql + " ON CONFLICT ON CONSTRAINT chat_history_message_key DO NOTHING";
}

using BatchWriter = std::function<Status(pg::Connection&, std::span<const RowText>)>;

/// Runs `write` on every batch, one transaction each, and times the whole.
Result<DbWriteRate> TimeBatches(pg::Connection& connection, const std::vector<RowText>& rows,
                                int rows_per_transaction, const BatchWriter& write) {
  if (auto truncated = connection.Exec(kTruncateSql); !truncated) return Fail(truncated.error());
  const auto start = Clock::now();
  for (std::size_t first = 0; first < rows.size(); first += rows_per_transaction) {
    const std::size_t count = std::min<std::size_t>(rows_per_transaction, rows.size() - first);
    auto transaction = pg::Transaction::Begin(connection);
    if (!transaction) return Fail(transaction.error());
    if (auto written = write(connection, std::span(rows).subspan(first, count)); !written) {
      return Fail(written.error());
    }
    if (auto committed = transaction->Commit(); !committed) return Fail(committed.error());
  }
  DbWriteRate rate;
  rate.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  auto counted = connection.Exec("SELECT count(*) FROM chat_history");
  if (!counted) return Fail(counted.error());
  rate.rows = counted->Int(0, 0);
  return rate;
}

Status Copy(pg::Connection& connection, std::span<const RowText> rows) {
  auto copied = connection.CopyIn(kCopySql, CopyData(rows));
  if (!copied) return Fail(copied.error());
  return {};
}

Status StagedUpsert(pg::Connection& connection, std::span<const RowText> rows) {
  auto copied = connection.CopyIn(kCopyStagingSql, CopyData(rows));
  if (!copied) return Fail(copied.error());
  auto inserted = connection.Exec(kUpsertFromStagingSql);
  if (!inserted) return Fail(inserted.error());
  return {};
}

Status MultiRowInsert(pg::Connection& connection, std::span<const RowText> rows) {
  std::vector<pg::Param> params;
  params.reserve(rows.size() * kColumns);
  for (const RowText& row : rows) {
    for (int c = 0; c < kColumns; ++c) params.push_back(ParamOf(row, c));
  }
  auto inserted = connection.Exec(MultiRowInsertSql(rows.size()), params);
  if (!inserted) return Fail(inserted.error());
  return {};
}

/// Registers the rows' conversations (as a worker does on a conversation's first message) and
/// writes each row's key into it.
Status KeyConversations(pg::Connection& connection, std::vector<RowText>& rows) {
  std::map<std::array<std::string, 4>, std::string> keys;
  for (const RowText& row : rows) {
    keys[{row.values[1], row.values[2], row.values[3], row.values[4]}];
  }
  for (auto& [conversation, key] : keys) {
    auto added = connection.Exec(
        "INSERT INTO conversations (tenant, bot, platform, conversation_id) "
        "VALUES ($1, $2, $3, $4) RETURNING key",
        {conversation[0], conversation[1], conversation[2], conversation[3]});
    if (!added) return Fail(added.error());
    key = std::string(added->Value(0, 0));
  }
  for (RowText& row : rows) {
    row.values[kConversationKeyColumn] =
        keys[{row.values[1], row.values[2], row.values[3], row.values[4]}];
  }
  return {};
}

Result<DbCeiling> MeasureAll(pg::Connection& connection, const DbCeilingOptions& options,
                             std::vector<RowText>& rows) {
  const std::string schema = pg::QuoteIdentifier(options.schema);
  if (auto created = connection.ExecScript(std::string(kCreateSchemaSql) + schema); !created) {
    return Fail(created.error());
  }
  if (auto path = connection.Exec("SELECT set_config('search_path', $1, false)", {options.schema});
      !path) {
    return Fail(path.error());
  }
  pg::Migrator migrator(connection, pg::EmbeddedMigrations());
  if (auto applied = migrator.Up(); !applied) return Fail(applied.error());
  if (auto keyed = KeyConversations(connection, rows); !keyed) return Fail(keyed.error());
  DbCeiling ceiling;
  auto copy = TimeBatches(connection, rows, options.rows_per_transaction, Copy);
  if (!copy) return Fail(copy.error());
  ceiling.copy = *copy;
  if (!options.variants) return ceiling;
  if (auto staging = connection.Exec(kCreateStagingSql); !staging) return Fail(staging.error());
  auto staged = TimeBatches(connection, rows, options.rows_per_transaction, StagedUpsert);
  if (!staged) return Fail(staged.error());
  ceiling.staged_upsert = *staged;
  auto multirow = TimeBatches(connection, rows, options.rows_per_transaction, MultiRowInsert);
  if (!multirow) return Fail(multirow.error());
  ceiling.multirow_insert = *multirow;
  return ceiling;
}

}  // namespace

Result<DbCeiling> MeasureDbCeiling(const DbCeilingOptions& options,
                                   const std::vector<v1::ChatEvent>& events) {
  std::vector<RowText> rows;
  rows.reserve(events.size());
  for (const auto& event : events) rows.push_back(ToRow(event));
  auto connection = pg::Connection::Open(options.database_url);
  if (!connection) return Fail(connection.error());
  auto ceiling = MeasureAll(*connection, options, rows);
  // Drop the scratch schema whatever happened; a failed drop is reported only if all else worked.
  auto dropped = connection->ExecScript(std::string(kDropSchemaSql) +
                                        pg::QuoteIdentifier(options.schema) + " CASCADE");
  if (ceiling && !dropped) return Fail(dropped.error());
  return ceiling;
}

}  // namespace chatfleet::bench
