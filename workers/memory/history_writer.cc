#include "workers/memory/history_writer.h"

#include <map>
#include <unordered_map>

#include "shared/pg/pg_array.h"

namespace chatfleet::workers {
namespace {

// Session-local, emptied at each commit: a staging area that costs no WAL and no catalog
// churn per batch (COPY into it is cheaper for PostgreSQL than the same batch as unnest()
// arrays). `seq` keeps the batch order for the final insert; `conversation_key` is resolved
// before the COPY, so the insert joins nothing.
constexpr std::string_view kCreateStaging = R"sql(
CREATE TEMP TABLE IF NOT EXISTS chat_history_keyed (
  seq bigint, event_id text, tenant text, bot text, platform text, conversation_id text,
  conversation_key bigint, conversation_kind text, channel_id text, user_id text, user_name text,
  role text, content text, source text, platform_message_id text, reply_to_message_id text,
  sent_at timestamptz, received_at timestamptz, trace_id text, language text,
  edited_at timestamptz, searchable boolean
) ON COMMIT DELETE ROWS)sql";

constexpr std::string_view kCopyStaging = R"sql(
COPY chat_history_keyed (seq, event_id, tenant, bot, platform, conversation_id,
  conversation_key, conversation_kind, channel_id, user_id, user_name, role, content, source,
  platform_message_id, reply_to_message_id, sent_at, received_at, trace_id, language, edited_at,
  searchable)
FROM STDIN)sql";

// The batch's conversations' keys (conversations), each conversation once: a few index probes
// per batch instead of one per row. Read in every transaction rather than cached in the worker:
// a key is only trusted from the database the row goes to (a restored or replaced database may
// have given a cached key to another conversation, and nothing would catch it).
constexpr std::string_view kLoadKeys = R"sql(
SELECT k.n, c.key
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY
  AS k(tenant, bot, platform, conversation_id, n)
JOIN conversations c USING (tenant, bot, platform, conversation_id))sql";

// A conversation's first message gives it its key. Only the missing ones are inserted: ON
// CONFLICT alone would draw an identity value for every conversation of every batch. Two
// workers storing a new conversation at once: the second waits on the first's row and inserts
// nothing; kLoadKeys again (a new statement, a new snapshot) sees the committed key.
constexpr std::string_view kAddConversations = R"sql(
INSERT INTO conversations (tenant, bot, platform, conversation_id)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
ON CONFLICT DO NOTHING)sql";

// `search`: the full-text vector, computed here once per stored text and only for the rows recall
// may look for by their words (never the system's). Computing it is most of PostgreSQL's cost
// per row (migration 0017); a row without one is still found, at recall's cost. RETURNING gives
// what the caller maps back: the id by the natural key.
constexpr std::string_view kInsertFromStaging = R"sql(
INSERT INTO chat_history (event_id, tenant, bot, platform, conversation_id, conversation_key,
  conversation_kind, channel_id, user_id, user_name, role, content, source, platform_message_id,
  reply_to_message_id, sent_at, received_at, trace_id, language, search)
SELECT i.event_id, i.tenant, i.bot, i.platform, i.conversation_id, i.conversation_key,
  i.conversation_kind, i.channel_id, i.user_id, i.user_name, i.role, i.content, i.source,
  i.platform_message_id, i.reply_to_message_id, i.sent_at, i.received_at, i.trace_id, i.language,
  CASE WHEN i.searchable AND i.role <> 'system'
    THEN to_tsvector(chatfleet_ts_config(i.language), i.content) END
FROM chat_history_keyed i
WHERE i.edited_at IS NULL ORDER BY i.seq
)sql";

// The common case, a batch of new messages: a plain INSERT. The unique key still refuses any
// duplicate; ON CONFLICT's speculative insertion (a second probe of the key, a lock and one more
// WAL record per row) is only paid when a message is already stored: redelivery, replay, or
// another worker storing the same message, `skip_stored`.
std::string InsertFromStaging(bool skip_stored) {
  std::string sql(kInsertFromStaging);
  if (skip_stored) sql += "ON CONFLICT ON CONSTRAINT chat_history_message_key DO NOTHING\n";
  sql += "RETURNING id, conversation_key, platform_message_id";
  return sql;
}

// Edits replace the stored text with the latest edit's, and its vector with the new text's (or
// none, when recall was off for the edit: recall then computes it from the new text). DISTINCT ON
// keeps one row per message (an upsert may not touch a row twice in one statement); an edit older
// than the stored one (redelivery, replay) changes nothing. An edit of a message never seen is
// stored as it is.
constexpr std::string_view kUpsertEditsFromStaging = R"sql(
INSERT INTO chat_history (event_id, tenant, bot, platform, conversation_id, conversation_key,
  conversation_kind, channel_id, user_id, user_name, role, content, source, platform_message_id,
  reply_to_message_id, sent_at, received_at, trace_id, language, edited_at, search)
SELECT DISTINCT ON (i.conversation_key, i.platform_message_id)
  i.event_id, i.tenant, i.bot, i.platform, i.conversation_id, i.conversation_key,
  i.conversation_kind, i.channel_id, i.user_id, i.user_name, i.role, i.content, i.source,
  i.platform_message_id, i.reply_to_message_id, i.sent_at, i.received_at, i.trace_id, i.language,
  i.edited_at,
  CASE WHEN i.searchable AND i.role <> 'system'
    THEN to_tsvector(chatfleet_ts_config(i.language), i.content) END
FROM chat_history_keyed i
WHERE i.edited_at IS NOT NULL
ORDER BY i.conversation_key, i.platform_message_id, i.edited_at DESC, i.seq DESC
ON CONFLICT ON CONSTRAINT chat_history_message_key DO UPDATE
  SET content = EXCLUDED.content, edited_at = EXCLUDED.edited_at, search = EXCLUDED.search
  WHERE chat_history.edited_at IS NULL OR chat_history.edited_at < EXCLUDED.edited_at)sql";

ConversationKey KeyOf(const HistoryRow& row) {
  return ConversationKey{row.tenant, row.bot, row.platform, row.conversation_id};
}

// The four texts of each key, as the array columns kLoadKeys and kAddConversations unnest.
pg::ArrayColumns<4> KeyColumns(const std::vector<const ConversationKey*>& keys) {
  pg::ArrayColumns<4> columns;
  for (const ConversationKey* key : keys) {
    columns[0].Add(key->tenant);
    columns[1].Add(key->bot);
    columns[2].Add(key->platform);
    columns[3].Add(key->conversation_id);
    columns.EndRow();
  }
  return columns;
}

// Fills `keys` (every conversation of the batch → its conversations.key), adding the missing.
Status ResolveKeys(pg::Connection& connection, std::map<ConversationKey, std::int64_t>& keys) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    std::vector<const ConversationKey*> missing;
    for (const auto& [key, value] : keys) {
      if (value == 0) missing.push_back(&key);
    }
    if (missing.empty()) return {};
    auto found = KeyColumns(missing).Exec(connection, kLoadKeys);
    if (!found) return Fail(found.error());
    for (int r = 0; r < found->rows(); ++r) {
      keys[*missing[static_cast<std::size_t>(found->Int(r, 0) - 1)]] = found->Int(r, 1);
    }
    if (found->rows() == static_cast<int>(missing.size()) || attempt == 1) break;
    std::vector<const ConversationKey*> absent;
    for (const ConversationKey* key : missing) {
      if (keys[*key] == 0) absent.push_back(key);
    }
    if (auto added = KeyColumns(absent).Exec(connection, kAddConversations); !added) {
      return Fail(added.error());
    }
  }
  for (const auto& entry : keys) {
    if (entry.second == 0) return Fail(Error::Retryable("a conversation of the batch got no key"));
  }
  return {};
}

void AppendRow(std::string& out, std::int64_t seq, const std::string& key, const HistoryRow& row) {
  const std::string seq_text = std::to_string(seq);
  const pg::Param fields[] = {
      seq_text,
      row.event_id,
      row.tenant,
      row.bot,
      row.platform,
      row.conversation_id,
      key,
      row.conversation_kind,
      row.channel_id ? pg::Param(*row.channel_id) : std::nullopt,
      row.user_id,
      row.user_name ? pg::Param(*row.user_name) : std::nullopt,
      row.role,
      row.content,
      row.source,
      row.platform_message_id,
      row.reply_to_message_id ? pg::Param(*row.reply_to_message_id) : std::nullopt,
      row.sent_at,
      row.received_at,
      row.trace_id.empty() ? std::nullopt : pg::Param(row.trace_id),
      row.language ? pg::Param(*row.language) : std::nullopt,
      row.edited_at ? pg::Param(*row.edited_at) : std::nullopt,
      pg::Param(row.searchable ? "t" : "f"),
  };
  bool first = true;
  for (const pg::Param& field : fields) {
    pg::AppendCopyField(out, field, first);
    first = false;
  }
  pg::EndCopyRow(out);
}

// (conversation key, platform message id) as one hashable string.
std::string NaturalKey(std::string_view conversation_key, std::string_view message_id) {
  std::string key(conversation_key);
  key += '\0';
  key += message_id;
  return key;
}

// The new rows: a plain INSERT inside a savepoint; if it fails (a message of the batch is
// already stored, or a bad row), back to the savepoint and the same rows with ON CONFLICT DO
// NOTHING, which skips the stored ones and fails again only for a row that can never be stored.
// The staged rows survive the rollback to the savepoint (they were copied before it).
Result<pg::ResultSet> InsertStaged(pg::Connection& connection) {
  if (auto saved = connection.Exec("SAVEPOINT new_rows"); !saved) return Fail(saved.error());
  auto inserted = connection.Exec(InsertFromStaging(false));
  if (inserted) {
    if (auto released = connection.Exec("RELEASE SAVEPOINT new_rows"); !released) {
      return Fail(released.error());
    }
    return inserted;
  }
  if (inserted.error().retryable() || !connection.healthy()) return Fail(inserted.error());
  if (auto back = connection.Exec("ROLLBACK TO SAVEPOINT new_rows"); !back) {
    return Fail(back.error());
  }
  return connection.Exec(InsertFromStaging(true));
}

}  // namespace

HistoryWriter::HistoryWriter(std::string database_url) : database_url_(std::move(database_url)) {}

Status HistoryWriter::Connect() {
  if (connection_ && connection_->healthy()) return {};
  auto opened = pg::Connection::Open(database_url_);
  if (!opened) return Fail(opened.error());
  connection_.emplace(std::move(*opened));
  return {};
}

Result<WriteOutcome> HistoryWriter::Write(const std::vector<HistoryRow>& rows,
                                          const InTransaction& effects) {
  if (rows.empty() && !effects) return WriteOutcome{};
  if (auto connected = Connect(); !connected) return Fail(connected.error());
  auto outcome = WriteInTransaction(rows, effects);
  if (!outcome && outcome.error().retryable() && !connection_->healthy()) connection_.reset();
  return outcome;
}

Result<WriteOutcome> HistoryWriter::WriteOne(const HistoryRow& row) {
  return Write(std::vector<HistoryRow>{row}, {});
}

Result<WriteOutcome> HistoryWriter::WriteInTransaction(const std::vector<HistoryRow>& rows,
                                                       const InTransaction& effects) {
  auto transaction = pg::Transaction::Begin(*connection_);
  if (!transaction) return Fail(transaction.error());
  pg::Connection& connection = transaction->connection();
  std::int64_t count = 0;
  std::vector<std::int64_t> ids(rows.size(), 0);
  if (!rows.empty()) {
    auto inserted = CopyAndInsert(connection, ids, rows);
    if (!inserted) return Fail(inserted.error());
    count = *inserted;
  }
  if (effects) {
    if (auto applied = effects(connection); !applied) return Fail(applied.error());
  }
  if (auto committed = transaction->Commit(); !committed) return Fail(committed.error());
  return WriteOutcome{count, static_cast<std::int64_t>(rows.size()) - count, std::move(ids)};
}

Result<std::int64_t> HistoryWriter::CopyAndInsert(pg::Connection& connection,
                                                  std::vector<std::int64_t>& ids,
                                                  const std::vector<HistoryRow>& rows) {
  std::map<ConversationKey, std::int64_t> keys;
  for (const HistoryRow& row : rows) keys.try_emplace(KeyOf(row), 0);
  if (auto resolved = ResolveKeys(connection, keys); !resolved) return Fail(resolved.error());
  if (auto created = connection.Exec(kCreateStaging); !created) return Fail(created.error());
  // A message twice in the batch (a duplicate post) is staged once, the first time: what ON
  // CONFLICT did within the batch, and the plain INSERT of new rows needs.
  std::unordered_map<std::string, std::size_t> by_key;
  by_key.reserve(rows.size());
  bool any_new = false, any_edit = false;
  std::string data;
  data.reserve(rows.size() * 256);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string key = std::to_string(keys.at(KeyOf(rows[i])));
    if (!rows[i].edited_at) {
      if (!by_key.try_emplace(NaturalKey(key, rows[i].platform_message_id), i).second) continue;
      any_new = true;
    } else {
      any_edit = true;
    }
    AppendRow(data, static_cast<std::int64_t>(i), key, rows[i]);
  }
  if (auto copied = connection.CopyIn(kCopyStaging, data); !copied) return Fail(copied.error());
  std::int64_t stored = 0;
  if (any_new) {
    auto inserted = InsertStaged(connection);
    if (!inserted) return Fail(inserted.error());
    stored = inserted->affected_rows();
    for (int r = 0; r < inserted->rows(); ++r) {
      auto owner = by_key.find(NaturalKey(inserted->Value(r, 1), inserted->Value(r, 2)));
      if (owner != by_key.end()) ids[owner->second] = inserted->Int(r, 0);
    }
  }
  if (any_edit) {
    auto edited = connection.Exec(kUpsertEditsFromStaging);
    if (!edited) return Fail(edited.error());
    stored += edited->affected_rows();
  }
  return stored;
}

}  // namespace chatfleet::workers
