#include "workers/memory/history_writer.h"

#include <algorithm>
#include <unordered_map>

namespace chatfleet::workers {
namespace {

// Session-local, emptied at each commit: a staging area that costs no WAL and no catalog
// churn per batch. `seq` keeps the batch order for the final insert.
constexpr std::string_view kCreateStaging = R"sql(
CREATE TEMP TABLE IF NOT EXISTS chat_history_incoming (
  seq bigint, event_id text, tenant text, bot text, platform text, conversation_id text,
  conversation_kind text, channel_id text, user_id text, user_name text, role text,
  content text, source text, platform_message_id text, reply_to_message_id text,
  sent_at timestamptz, received_at timestamptz, trace_id text, language text,
  edited_at timestamptz, searchable boolean
) ON COMMIT DELETE ROWS)sql";

constexpr std::string_view kCopyStaging = R"sql(
COPY chat_history_incoming (seq, event_id, tenant, bot, platform, conversation_id,
  conversation_kind, channel_id, user_id, user_name, role, content, source,
  platform_message_id, reply_to_message_id, sent_at, received_at, trace_id, language, edited_at,
  searchable)
FROM STDIN)sql";

// A conversation's first message gives it its key (conversations). Only the missing ones are
// inserted: ON CONFLICT alone would draw an identity value for every conversation of every
// batch. Two workers storing a new conversation at once: the second waits on the first's row
// and inserts nothing; the next statement (a new snapshot) sees the committed key.
constexpr std::string_view kAddConversations = R"sql(
INSERT INTO conversations (tenant, bot, platform, conversation_id)
SELECT DISTINCT i.tenant, i.bot, i.platform, i.conversation_id
FROM chat_history_incoming i
WHERE NOT EXISTS (SELECT 1 FROM conversations c
                  WHERE c.tenant = i.tenant AND c.bot = i.bot AND c.platform = i.platform
                    AND c.conversation_id = i.conversation_id)
ON CONFLICT DO NOTHING)sql";

// `search`: the full-text vector, computed here once per stored text and only for the rows recall
// may look for by their words (never the system's). Computing it is most of PostgreSQL's cost
// per row (migration 0017); a row without one is still found, at recall's cost.
constexpr std::string_view kInsertFromStaging = R"sql(
INSERT INTO chat_history (event_id, tenant, bot, platform, conversation_id, conversation_key,
  conversation_kind, channel_id, user_id, user_name, role, content, source, platform_message_id,
  reply_to_message_id, sent_at, received_at, trace_id, language, search)
SELECT i.event_id, i.tenant, i.bot, i.platform, i.conversation_id, c.key, i.conversation_kind,
  i.channel_id, i.user_id, i.user_name, i.role, i.content, i.source, i.platform_message_id,
  i.reply_to_message_id, i.sent_at, i.received_at, i.trace_id, i.language,
  CASE WHEN i.searchable AND i.role <> 'system'
    THEN to_tsvector(chatfleet_ts_config(i.language), i.content) END
FROM chat_history_incoming i
JOIN conversations c ON c.tenant = i.tenant AND c.bot = i.bot AND c.platform = i.platform
  AND c.conversation_id = i.conversation_id
WHERE i.edited_at IS NULL ORDER BY i.seq
ON CONFLICT ON CONSTRAINT chat_history_message_key DO NOTHING
RETURNING id, tenant, bot, platform, conversation_id, platform_message_id)sql";

// Edits replace the stored text with the latest edit's, and its vector with the new text's (or
// none, when recall was off for the edit: recall then computes it from the new text). DISTINCT ON
// keeps one row per message (an upsert may not touch a row twice in one statement); an edit older
// than the stored one (redelivery, replay) changes nothing. An edit of a message never seen is
// stored as it is.
constexpr std::string_view kUpsertEditsFromStaging = R"sql(
INSERT INTO chat_history (event_id, tenant, bot, platform, conversation_id, conversation_key,
  conversation_kind, channel_id, user_id, user_name, role, content, source, platform_message_id,
  reply_to_message_id, sent_at, received_at, trace_id, language, edited_at, search)
SELECT DISTINCT ON (c.key, i.platform_message_id)
  i.event_id, i.tenant, i.bot, i.platform, i.conversation_id, c.key, i.conversation_kind,
  i.channel_id, i.user_id, i.user_name, i.role, i.content, i.source, i.platform_message_id,
  i.reply_to_message_id, i.sent_at, i.received_at, i.trace_id, i.language, i.edited_at,
  CASE WHEN i.searchable AND i.role <> 'system'
    THEN to_tsvector(chatfleet_ts_config(i.language), i.content) END
FROM chat_history_incoming i
JOIN conversations c ON c.tenant = i.tenant AND c.bot = i.bot AND c.platform = i.platform
  AND c.conversation_id = i.conversation_id
WHERE i.edited_at IS NOT NULL
ORDER BY c.key, i.platform_message_id, i.edited_at DESC, i.seq DESC
ON CONFLICT ON CONSTRAINT chat_history_message_key DO UPDATE
  SET content = EXCLUDED.content, edited_at = EXCLUDED.edited_at, search = EXCLUDED.search
  WHERE chat_history.edited_at IS NULL OR chat_history.edited_at < EXCLUDED.edited_at)sql";

void AppendRow(std::string& out, std::int64_t seq, const HistoryRow& row) {
  const std::string seq_text = std::to_string(seq);
  const pg::Param fields[] = {
      seq_text,
      row.event_id,
      row.tenant,
      row.bot,
      row.platform,
      row.conversation_id,
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
  if (auto created = connection.Exec(kCreateStaging); !created) return Fail(created.error());
  std::string data;
  data.reserve(rows.size() * 256);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    AppendRow(data, static_cast<std::int64_t>(i), rows[i]);
  }
  if (auto copied = connection.CopyIn(kCopyStaging, data); !copied) return Fail(copied.error());
  if (auto added = connection.Exec(kAddConversations); !added) return Fail(added.error());
  auto inserted = connection.Exec(kInsertFromStaging);
  if (!inserted) return Fail(inserted.error());
  std::int64_t stored = inserted->affected_rows();
  // Back to the rows by natural key (hashed on the message id, which nearly always decides);
  // the first of a key repeated within the batch gets its id.
  std::unordered_multimap<std::string_view, std::size_t> by_message_id;
  by_message_id.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!rows[i].edited_at) by_message_id.emplace(rows[i].platform_message_id, i);
  }
  for (int r = 0; r < inserted->rows(); ++r) {
    auto [first, last] = by_message_id.equal_range(inserted->Value(r, 5));
    std::size_t owner = rows.size();
    for (auto candidate = first; candidate != last; ++candidate) {
      const HistoryRow& row = rows[candidate->second];
      if (row.tenant == inserted->Value(r, 1) && row.bot == inserted->Value(r, 2) &&
          row.platform == inserted->Value(r, 3) && row.conversation_id == inserted->Value(r, 4)) {
        owner = std::min(owner, candidate->second);
      }
    }
    if (owner < rows.size()) ids[owner] = inserted->Int(r, 0);
  }
  const bool any_edit =
      std::any_of(rows.begin(), rows.end(), [](const HistoryRow& row) { return row.edited_at; });
  if (any_edit) {
    auto edited = connection.Exec(kUpsertEditsFromStaging);
    if (!edited) return Fail(edited.error());
    stored += edited->affected_rows();
  }
  return stored;
}

}  // namespace chatfleet::workers
