#include "workers/recall/recall_store.h"

#include <algorithm>
#include <map>

#include "shared/pg/connection.h"
#include "shared/pg/pg_array.h"
#include "workers/embeddings/embedding_codec.h"

namespace chatfleet::workers {
using pg::PgArray;  // shared/pg's, by its old unqualified name here
namespace {

// The statement timeout is the ranking budget; `true` scopes both settings to this transaction.
// Bitmap scans off: a conversation's candidates are read newest first through its own index,
// with the full-text match as a filter. Once the statistics say a word is rare, the planner
// otherwise ANDs that index with the GIN index over every conversation's words, for each
// message: measured 15 ms per message instead of 0.2 (a whole batch over its budget).
constexpr std::string_view kSetBudget =
    "SELECT set_config('statement_timeout', $1, true), set_config('enable_bitmapscan', 'off', "
    "true)";

// The query of each message is the OR of its own lexemes (quoted, so any word is safe in
// tsquery syntax): a question shares few words with the fact it asks about, so AND would miss
// it. Lexemes come from the same configuration as the stored vectors, hence the plain cast.
// A lexeme of 7 letters or more matches as a prefix without its last two: the stemmers leave
// some endings apart ("медсестер" / "медсестр", "вегетарианск" / "вегетарианец"). Dropped:
// one-letter lexemes (the "m" of "I'm") and each language's colloquial fillers
// (chatfleet_recall_stopword: "pra", "tô", "ok"), which match half of any chat. At most $12
// lexemes, the most repeated first (then the longest): every candidate is probed with each
// term, so a merged query of a burst's messages (~50 lexemes) would cost several times a
// single message's; its most repeated words are what the burst is about. Two lexemes cut to
// the same prefix are one term.
//
// Score, per candidate: the sum over the query's terms it contains of an inverse document
// frequency taken over the query's candidates, ln(1 + n / df) — a word that only the fact
// shares with the question outweighs one that every other message has — with BM25's length
// saturation (k1 = 1.2, b = 0.75) so a long summary does not win by size; times 0.5 for the
// bot's own messages (its acknowledgement repeats the user's words, the user's statement is
// the memory) and the recency weight. Ties go to the newer message.
//
// The batch is ranked as sets, each step once for all its queries (keyed by the query's
// `ord`): the terms; each candidate probed with each of its query's terms as a one-term
// tsquery (a binary search in the vector, the same match as the query's); the document
// frequencies as a window over those hits; the top $10 of each query by a window. Ranking
// each query in a lateral subquery of its own cost twice as much: the executor restarted
// every step per query, and a correlated sum rescanned the query's hits for each candidate
// (quadratic in the candidates).
//
// The query's words: the stored vectors of the rows whose texts it is (the message just stored,
// or a burst's messages), when they all hold them and still hold that text (an edit may have
// come since), else the text analysed here; the repetition count of a word is summed over them.
constexpr std::string_view kRecall = R"sql(
WITH q AS (
  SELECT q.*, c.key AS conversation_key,
    (SELECT CASE WHEN count(*) = cardinality(q.stored_ids) AND count(h.search) = count(*)
                   AND string_agg(h.content, E'\n' ORDER BY array_position(q.stored_ids, h.id))
                       = q.text
                 THEN array_agg(h.search) END
     FROM chat_history h WHERE h.id = ANY(q.stored_ids)) AS stored
  FROM (SELECT u.ord, u.tenant, u.bot, u.platform, u.conversation_id, u.language, u.text,
          u.before_id, u.stored::bigint[] AS stored_ids
        FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
          $7::text[], $8::bigint[], $13::text[])
          AS u(ord, tenant, bot, platform, conversation_id, language, text, before_id, stored)) q
  LEFT JOIN conversations c USING (tenant, bot, platform, conversation_id)),
words AS (
  SELECT w.ord, w.lexeme,
    row_number() OVER (PARTITION BY w.ord
                       ORDER BY w.repeats DESC, length(w.lexeme) DESC, w.lexeme) AS rank
  FROM (SELECT q.ord, q.language, t.lexeme, sum(array_length(t.positions, 1)) AS repeats
        FROM q, unnest(coalesce(q.stored,
                                ARRAY[to_tsvector(chatfleet_ts_config(q.language), q.text)])) v,
          unnest(v) t
        WHERE length(t.lexeme) > 1
        GROUP BY q.ord, q.language, t.lexeme) w
  WHERE NOT EXISTS (SELECT 1 FROM chatfleet_recall_stopword s
                    WHERE s.language = w.language AND s.lexeme = w.lexeme)),
terms AS MATERIALIZED (
  SELECT t.ord, t.term, t.quoted, t.quoted::tsquery AS probe
  FROM (SELECT ord, term,
          '''' || replace(replace(term, '\', '\\'), '''', '''''') || ''''
            || CASE WHEN bool_or(prefix) THEN ':*' ELSE '' END AS quoted
        FROM (SELECT ord, CASE WHEN length(lexeme) >= 7 THEN left(lexeme, length(lexeme) - 2)
                               ELSE lexeme END AS term,
                length(lexeme) >= 7 AS prefix
              FROM words WHERE rank <= $12) w
        GROUP BY ord, term) t),
qq AS MATERIALIZED (
  SELECT q.ord, q.tenant, q.bot, q.platform, q.conversation_id, q.conversation_key, q.before_id,
    t.query
  FROM q JOIN (SELECT ord, string_agg(quoted, ' | ')::tsquery AS query FROM terms GROUP BY ord) t
    USING (ord)),
c AS MATERIALIZED (
  -- Candidates: the newest matching messages only, so a word that occurs everywhere cannot
  -- make one query rank a whole long history (a recency cut before the ranking). A row stored
  -- while its tenant's recall was off has no vector: made here, as stored.
  SELECT qq.ord, 1 AS kind, h.id, h.text, h.role, h.search, h.speaker, h.message_id, h.sent_at,
    0.5 + 0.5 * exp(-greatest(extract(epoch FROM now() - h.sent_at), 0) / $9::float8) AS recency
  FROM qq CROSS JOIN LATERAL (
    SELECT h.id, h.content AS text, h.role, v.search, h.user_name AS speaker,
      h.platform_message_id AS message_id, h.sent_at
    FROM chat_history h CROSS JOIN LATERAL (
      SELECT coalesce(h.search, to_tsvector(chatfleet_ts_config(h.language), h.content))
        AS search) v
    WHERE h.conversation_key = qq.conversation_key AND h.id < qq.before_id
      AND h.role <> 'system'
      AND v.search @@ qq.query
    ORDER BY h.id DESC LIMIT $11) h
  UNION ALL
  SELECT qq.ord, 2, 0::bigint, m.summary, 'summary', m.search, NULL, NULL, m.updated_at, 1::float8
  FROM qq JOIN conversation_memory m
    ON m.tenant = qq.tenant AND m.bot = qq.bot AND m.conversation_id = qq.conversation_id
      AND m.platform = qq.platform AND m.search @@ qq.query),
hits AS (
  SELECT c.ord, c.id, t.term FROM c JOIN terms t USING (ord) WHERE c.search @@ t.probe),
stats AS (SELECT ord, count(*)::float8 AS total, greatest(avg(length(search)), 1) AS avg_len
          FROM c GROUP BY ord),
-- "C": the same groups under any deterministic collation, found by comparing bytes.
idf AS (
  SELECT w.ord, w.id, sum(ln(1 + stats.total / w.df)) AS idf
  FROM (SELECT ord, id, count(*) OVER (PARTITION BY ord, term COLLATE "C")::float8 AS df
        FROM hits) w
    JOIN stats USING (ord)
  GROUP BY w.ord, w.id),
ranked AS (
  SELECT c.*, row_number() OVER (PARTITION BY c.ord ORDER BY c.score DESC, c.id DESC) AS place
  FROM (SELECT c.ord, c.kind, c.text, c.speaker, c.message_id, c.sent_at, c.id,
          idf.idf * 2.2 / (1 + 1.2 * (0.25 + 0.75 * length(c.search) / stats.avg_len))
            * CASE WHEN c.role = 'assistant' THEN 0.5 ELSE 1 END * c.recency AS score
        FROM c JOIN stats USING (ord) LEFT JOIN idf USING (ord, id)) c)
SELECT ord, kind, text, score, speaker, message_id,
  to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), id
FROM ranked WHERE place <= $10
ORDER BY ord, score DESC, id DESC)sql";

// Semantic candidates: per query, the newest embedded person messages of its conversation
// before its recent window, with their stored vectors (compared in the worker).
constexpr std::string_view kSemantic = R"sql(
WITH q AS (
  SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])
    AS q(ord, tenant, bot, platform, conversation_id, before_id))
SELECT q.ord, h.id, h.content, h.user_name, h.platform_message_id,
  to_char(h.sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), e.vector
FROM q CROSS JOIN LATERAL (
  SELECT e.history_id, e.vector FROM chat_embedding e
  WHERE e.tenant = q.tenant AND e.bot = q.bot AND e.platform = q.platform
    AND e.conversation_id = q.conversation_id AND e.history_id < q.before_id AND e.model = $7
  ORDER BY e.history_id DESC LIMIT $8) e
JOIN chat_history h ON h.id = e.history_id
ORDER BY q.ord)sql";

// One query's stored ids as an array literal: an element of a text[] parameter, cast per row.
std::string StoredIdsLiteral(const std::vector<std::int64_t>& ids) {
  PgArray literal;
  for (const std::int64_t id : ids) literal.Add(std::to_string(id));
  return literal.str();
}

// Reciprocal-rank fusion's usual constant: a memory both rankings hold high beats one that only
// one of them ranks first, and neither ranking's raw scores (not comparable) matter.
constexpr double kFusionK = 60;

struct Ranked {
  RecalledMemory memory;
  std::int64_t id = 0;  // chat_history id; 0 for the summary
};

// The fused ranking of one query: each list's rank r adds 1 / (kFusionK + r).
std::vector<RecalledMemory> Fuse(const std::vector<Ranked>& lexical,
                                 const std::vector<Ranked>& semantic, std::size_t limit) {
  std::vector<std::pair<double, const Ranked*>> fused;
  std::map<std::pair<int, std::int64_t>, std::size_t> at;
  for (const auto* list : {&lexical, &semantic}) {
    for (std::size_t r = 0; r < list->size(); ++r) {
      const Ranked& item = (*list)[r];
      const auto key = std::make_pair(static_cast<int>(item.memory.kind), item.id);
      auto [slot, added] = at.try_emplace(key, fused.size());
      if (added) fused.emplace_back(0.0, &item);
      fused[slot->second].first += 1.0 / (kFusionK + static_cast<double>(r + 1));
    }
  }
  std::stable_sort(fused.begin(), fused.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<RecalledMemory> out;
  for (std::size_t i = 0; i < fused.size() && i < limit; ++i) {
    out.push_back(fused[i].second->memory);
    out.back().score = fused[i].first;
  }
  return out;
}

}  // namespace

std::expected<std::vector<Embedding>, RecallStore::SkippedMeaning> RecallStore::EmbedQueries(
    const std::vector<RecallQuery>& queries, std::chrono::milliseconds budget) {
  if (budget < semantic_.embed_timeout + semantic_.words_reserve) {
    return std::unexpected(SkippedMeaning{LexicalFallback::kBudget,
                                          "too little of the budget left to embed the queries"});
  }
  std::vector<std::string> texts;
  texts.reserve(queries.size());
  for (const auto& query : queries) texts.push_back(query.text);
  auto embedded = semantic_.embedder->Embed(texts);
  if (!embedded) {
    return std::unexpected(
        SkippedMeaning{FallbackOfEmbedError(embedded.error()), embedded.error().message});
  }
  if (embedded->size() != queries.size()) {
    return std::unexpected(SkippedMeaning{LexicalFallback::kError, "embeddings: wrong count"});
  }
  return std::move(*embedded);
}

RecallResult RecallStore::Recall(const std::vector<RecallQuery>& queries,
                                 std::optional<std::chrono::milliseconds> budget_override) {
  RecallResult result;
  result.memories.resize(queries.size());
  if (queries.empty()) return result;
  const auto started = std::chrono::steady_clock::now();
  auto fail = [&](const Error& error) {
    result.outcome = error.message.find("SQLSTATE 57014") != std::string::npos
                         ? RecallOutcome::kTimedOut
                         : RecallOutcome::kFailed;
    result.error = error.message;
    result.memories.assign(queries.size(), {});
    result.lexical_fallbacks.clear();
    return result;
  };

  // Meaning first, so its time comes out of the same budget; a failure leaves words alone.
  const auto whole_budget = budget_override.value_or(options_.budget);
  std::vector<Embedding> query_vectors;
  if (semantic_.embedder != nullptr) {
    auto embedded = EmbedQueries(queries, whole_budget);
    if (embedded) {
      query_vectors = std::move(*embedded);
    } else {
      result.semantic_error = embedded.error().message;
      result.lexical_fallbacks.assign(queries.size(), embedded.error().reason);
      if (semantic_.failures != nullptr && embedded.error().reason != LexicalFallback::kBudget) {
        semantic_.failures->Inc();
      }
    }
  }
  const bool fused = !query_vectors.empty();
  const auto budget = whole_budget - std::chrono::duration_cast<std::chrono::milliseconds>(
                                         std::chrono::steady_clock::now() - started);
  if (budget <= std::chrono::milliseconds(0)) {
    fail(Error::Retryable("the ranking budget went to embedding the queries"));
    result.outcome = RecallOutcome::kTimedOut;
    return result;
  }

  auto connection = connection_.Get();
  if (!connection) return fail(connection.error());
  auto transaction = pg::Transaction::Begin(**connection);
  if (!transaction) return fail(transaction.error());
  pg::Connection& db = transaction->connection();
  if (auto set = db.Exec(kSetBudget, {std::to_string(budget.count())}); !set) {
    return fail(set.error());
  }

  PgArray columns[9];
  for (std::size_t i = 0; i < queries.size(); ++i) {
    const auto& query = queries[i];
    columns[0].Add(std::to_string(i));
    columns[1].Add(query.conversation.tenant);
    columns[2].Add(query.conversation.bot);
    columns[3].Add(query.conversation.platform);
    columns[4].Add(query.conversation.conversation_id);
    columns[5].Add(query.language);
    columns[6].Add(query.text);
    columns[7].Add(std::to_string(query.before_id));
    columns[8].Add(StoredIdsLiteral(query.stored_ids));
  }
  std::string params[9];
  for (int i = 0; i < 9; ++i) params[i] = columns[i].str();
  const std::string scale = std::to_string(
      std::chrono::duration_cast<std::chrono::seconds>(options_.recency_scale).count());
  const std::string limit = std::to_string(fused ? std::max(semantic_.pool, options_.max_memories)
                                                 : options_.max_memories);
  const std::string candidates = std::to_string(options_.max_candidates);
  const std::string lexemes = std::to_string(options_.max_query_lexemes);
  const pg::Param bound[13] = {params[0],  params[1], params[2], params[3], params[4],
                               params[5],  params[6], params[7], scale,     limit,
                               candidates, lexemes,   params[8]};
  auto rows = db.Exec(kRecall, bound);
  if (!rows) return fail(rows.error());
  std::vector<std::vector<Ranked>> lexical(queries.size());
  for (int i = 0; i < rows->rows(); ++i) {
    const auto index = static_cast<std::size_t>(rows->Int(i, 0));
    if (index >= queries.size()) continue;
    lexical[index].push_back(Ranked{
        RecalledMemory{rows->Int(i, 1) == 2 ? v1::Memory::KIND_SUMMARY : v1::Memory::KIND_MESSAGE,
                       std::string(rows->Value(i, 2)), std::stod(std::string(rows->Value(i, 3))),
                       std::string(rows->Value(i, 4)), std::string(rows->Value(i, 5)),
                       std::string(rows->Value(i, 6))},
        rows->Int(i, 7)});
  }
  if (!fused) {
    for (std::size_t q = 0; q < queries.size(); ++q) {
      for (auto& ranked : lexical[q]) result.memories[q].push_back(std::move(ranked.memory));
    }
    (void)transaction->Commit();
    return result;
  }

  const std::string semantic_limit = std::to_string(semantic_.candidates);
  const pg::Param semantic_bound[8] = {params[0],
                                       params[1],
                                       params[2],
                                       params[3],
                                       params[4],
                                       params[7],
                                       semantic_.embedder->model(),
                                       semantic_limit};
  auto near = db.Exec(kSemantic, semantic_bound);
  if (!near) return fail(near.error());
  std::vector<std::vector<std::pair<double, Ranked>>> scored(queries.size());
  result.lexical_fallbacks.assign(queries.size(), LexicalFallback::kNoVectors);
  for (int i = 0; i < near->rows(); ++i) {
    const auto index = static_cast<std::size_t>(near->Int(i, 0));
    if (index >= queries.size()) continue;
    result.lexical_fallbacks[index] = std::nullopt;
    const auto vector = FromByteaHex(near->Value(i, 6));
    if (!vector) continue;
    const double cosine = Cosine(query_vectors[index], *vector);
    if (cosine < semantic_.min_cosine) continue;
    scored[index].emplace_back(
        cosine,
        Ranked{RecalledMemory{v1::Memory::KIND_MESSAGE, std::string(near->Value(i, 2)), cosine,
                              std::string(near->Value(i, 3)), std::string(near->Value(i, 4)),
                              std::string(near->Value(i, 5))},
               near->Int(i, 1)});
  }
  (void)transaction->Commit();
  for (std::size_t q = 0; q < queries.size(); ++q) {
    auto& list = scored[q];
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<Ranked> semantic;
    for (std::size_t r = 0; r < list.size() && r < semantic_.pool; ++r) {
      semantic.push_back(std::move(list[r].second));
    }
    result.memories[q] = Fuse(lexical[q], semantic, options_.max_memories);
  }
  result.fused = true;
  return result;
}

}  // namespace chatfleet::workers
