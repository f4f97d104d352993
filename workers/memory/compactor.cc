#include "workers/memory/compactor.h"

#include "shared/pg/pg_array.h"

namespace chatfleet::workers {
namespace {

constexpr std::string_view kCandidates = R"sql(
SELECT k.tenant, k.bot, k.platform, k.conversation_id
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(tenant, bot, platform, conversation_id)
JOIN conversations c USING (tenant, bot, platform, conversation_id)
WHERE (SELECT count(*) FROM (
         SELECT 1 FROM chat_history h
         WHERE h.conversation_key = c.key AND h.folded_at IS NULL
         LIMIT $5::bigint + 1) v) > $5::bigint
LIMIT $6)sql";

constexpr std::string_view kReadState = R"sql(
SELECT summary, folded_through_id, coalesce(language, '') FROM conversation_memory
WHERE tenant = $1 AND bot = $2 AND platform = $3 AND conversation_id = $4)sql";

constexpr std::string_view kReadVerbatim = R"sql(
SELECT id, user_id, user_name, role, content, source, platform_message_id,
  to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), conversation_kind
FROM chat_history
WHERE conversation_key = (SELECT key FROM conversations
                          WHERE tenant = $1 AND bot = $2 AND platform = $3 AND conversation_id = $4)
  AND folded_at IS NULL
ORDER BY id)sql";

constexpr std::string_view kEnsureState = R"sql(
INSERT INTO conversation_memory (tenant, bot, platform, conversation_id) VALUES ($1, $2, $3, $4)
ON CONFLICT DO NOTHING)sql";

// Optimistic: applies only when nobody folded since we read folded_through_id.
constexpr std::string_view kUpdateSummary = R"sql(
UPDATE conversation_memory
SET summary = $5, folded_through_id = $6, folded_count = folded_count + $7, updated_at = now()
WHERE tenant = $1 AND bot = $2 AND platform = $3 AND conversation_id = $4
  AND folded_through_id = $8)sql";

constexpr std::string_view kMarkFolded = R"sql(
UPDATE chat_history SET folded_at = now()
WHERE conversation_key = (SELECT key FROM conversations
                          WHERE tenant = $1 AND bot = $2 AND platform = $3 AND conversation_id = $4)
  AND id = ANY($5::bigint[]) AND folded_at IS NULL)sql";

constexpr std::string_view kPurge = R"sql(
DELETE FROM chat_history WHERE id IN (
  SELECT id FROM chat_history WHERE received_at < now() - make_interval(secs => $1::float8)
  ORDER BY received_at LIMIT $2))sql";

}  // namespace

std::vector<StoredMessage> PlanFold(const std::vector<StoredMessage>& verbatim,
                                    const CompactionOptions& options) {
  if (verbatim.size() <= options.threshold || verbatim.size() <= options.keep) return {};
  const std::size_t count = std::min(verbatim.size() - options.keep, options.max_fold);
  return {verbatim.begin(), verbatim.begin() + static_cast<std::ptrdiff_t>(count)};
}

Result<std::vector<ConversationKey>> Compactor::Candidates(
    const std::set<ConversationKey>& touched) {
  std::vector<ConversationKey> candidates;
  if (touched.empty()) return candidates;
  auto connection = connection_.Get();
  if (!connection) return Fail(connection.error());
  pg::PgArray columns[4];
  for (const auto& key : touched) {
    columns[0].Add(key.tenant);
    columns[1].Add(key.bot);
    columns[2].Add(key.platform);
    columns[3].Add(key.conversation_id);
  }
  std::string params[4];
  for (int i = 0; i < 4; ++i) params[i] = columns[i].str();
  const std::string threshold = std::to_string(options_.threshold);
  const std::string limit = std::to_string(options_.max_conversations_per_batch);
  const pg::Param bound[6] = {params[0], params[1], params[2], params[3], threshold, limit};
  auto rows = (*connection)->Exec(kCandidates, bound);
  if (!rows) return Fail(rows.error());
  for (int i = 0; i < rows->rows(); ++i) {
    candidates.push_back({std::string(rows->Value(i, 0)), std::string(rows->Value(i, 1)),
                          std::string(rows->Value(i, 2)), std::string(rows->Value(i, 3))});
  }
  return candidates;
}

Result<std::size_t> Compactor::Compact(const ConversationKey& key) {
  auto connection = connection_.Get();
  if (!connection) return Fail(connection.error());
  pg::Connection& db = **connection;
  const pg::Param k[4] = {key.tenant, key.bot, key.platform, key.conversation_id};
  if (auto ensured = db.Exec(kEnsureState, k); !ensured) return Fail(ensured.error());
  auto state = db.Exec(kReadState, k);
  if (!state) return Fail(state.error());
  if (state->rows() != 1) return Fail(Error::Retryable("conversation_memory row vanished"));
  const std::string previous_summary(state->Value(0, 0));
  const std::string folded_through(state->Value(0, 1));
  const std::string language(state->Value(0, 2));
  auto rows = db.Exec(kReadVerbatim, k);
  if (!rows) return Fail(rows.error());
  std::vector<StoredMessage> verbatim;
  bool group = false;
  for (int i = 0; i < rows->rows(); ++i) {
    verbatim.push_back(StoredMessage{rows->Int(i, 0), std::string(rows->Value(i, 1)),
                                     rows->Optional(i, 2), std::string(rows->Value(i, 3)),
                                     std::string(rows->Value(i, 4)), std::string(rows->Value(i, 5)),
                                     std::string(rows->Value(i, 6)),
                                     std::string(rows->Value(i, 7))});
    group = group || rows->Value(i, 8) == "group";
  }
  const auto fold = PlanFold(verbatim, options_);
  if (fold.empty()) return 0;

  // Outside the transaction: the summarizer may take seconds and must not hold row locks.
  auto summary = summarizer_.Summarize({previous_summary, fold, group, language});
  if (!summary) return Fail(summary.error());

  auto transaction = pg::Transaction::Begin(db);
  if (!transaction) return Fail(transaction.error());
  pg::PgArray ids;
  for (const auto& event : fold) ids.Add(std::to_string(event.id));
  const std::string through = std::to_string(fold.back().id);
  const std::string count = std::to_string(fold.size());
  const pg::Param update[8] = {key.tenant, key.bot, key.platform, key.conversation_id,
                               *summary,   through, count,        folded_through};
  auto updated = transaction->connection().Exec(kUpdateSummary, update);
  if (!updated) return Fail(updated.error());
  if (updated->affected_rows() != 1) return 0;  // another worker folded first; roll back
  const std::string id_list = ids.str();
  const pg::Param mark[5] = {key.tenant, key.bot, key.platform, key.conversation_id, id_list};
  if (auto marked = transaction->connection().Exec(kMarkFolded, mark); !marked) {
    return Fail(marked.error());
  }
  if (auto committed = transaction->Commit(); !committed) return Fail(committed.error());
  return fold.size();
}

Result<std::int64_t> Compactor::PurgeExpired(std::chrono::seconds ttl, std::size_t limit) {
  auto connection = connection_.Get();
  if (!connection) return Fail(connection.error());
  const std::string seconds = std::to_string(ttl.count());
  const std::string max_rows = std::to_string(limit);
  auto deleted = (*connection)->Exec(kPurge, {seconds, max_rows});
  if (!deleted) return Fail(deleted.error());
  return deleted->affected_rows();
}

}  // namespace chatfleet::workers
