#pragma once

#include <chrono>
#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "chatfleet/v1/conversation_context.pb.h"
#include "shared/core/error.h"
#include "shared/metrics/registry.h"
#include "shared/pg/lazy_connection.h"
#include "workers/conversation/conversation_key.h"
#include "workers/embeddings/embedder.h"
#include "workers/recall/lexical_fallback.h"

namespace chatfleet::workers {
using pg::LazyConnection;  // shared/pg's, by its old unqualified name here

/// One message to find memories for.
struct RecallQuery {
  ConversationKey conversation;
  std::string language;  // picks the text-search configuration (chatfleet_ts_config)
  std::string text;
  /// Only messages stored before this id: the recent window (which starts there) is excluded.
  std::int64_t before_id = 0;
  /// The stored rows (chat_history ids, in order) whose texts `text` is: recall takes the query's
  /// words from their stored vectors instead of analysing the text a second time. Empty, or a
  /// row without a vector or with other text: the text is analysed.
  std::vector<std::int64_t> stored_ids = {};
};

struct RecalledMemory {
  v1::Memory::Kind kind = v1::Memory::KIND_MESSAGE;
  std::string text;
  double score = 0;
  std::string speaker_name;
  std::string platform_message_id;
  std::string sent_at;  // RFC 3339
};

struct RecallOptions {
  std::size_t max_memories = 6;
  /// The whole batch's ranking must finish within this (PostgreSQL statement_timeout); past it
  /// the contexts go out without memories.
  std::chrono::milliseconds budget{200};
  /// Recency weight 0.5 + 0.5·e^(−age/recency_scale): a month-old memory keeps about 0.68 of
  /// its relevance, a very old one half.
  std::chrono::hours recency_scale{24 * 30};
  /// Per message, only the newest this many matching older messages are ranked: bounds the
  /// work of a common word in a very long history.
  std::size_t max_candidates = 300;
  /// A message's query keeps at most this many of its words, the most repeated first (a merged
  /// query of a burst would otherwise cost several single ones: ts_rank sorts them per row).
  std::size_t max_query_lexemes = 16;
};

/// Meaning beside words: with an embedder, each query's text is embedded and compared with the
/// stored embeddings of its conversation's newest person messages (chat_embedding), and the
/// cosine ranking is fused with the lexical one by reciprocal rank (1 / (60 + rank), summed).
/// Without one, or when the embedder fails, recall is lexical (counted in `failures`).
struct SemanticRecallOptions {
  Embedder* embedder = nullptr;
  /// Per query, the newest this many embedded messages of the conversation are compared.
  std::size_t candidates = 300;
  /// How many of each ranking the fusion sees.
  std::size_t pool = 20;
  /// Below this cosine a message is not a semantic candidate: with nothing close in meaning,
  /// the words alone decide.
  double min_cosine = 0.25;
  /// The embedder's own deadline per request: a ranking left with less than this plus
  /// `words_reserve` of its budget does not wait for meaning (LexicalFallback::kBudget), so
  /// the words always keep their time.
  std::chrono::milliseconds embed_timeout{0};
  std::chrono::milliseconds words_reserve{50};
  metrics::Counter* failures = nullptr;
};

enum class RecallOutcome { kOk, kTimedOut, kFailed };

struct RecallResult {
  RecallOutcome outcome = RecallOutcome::kOk;
  /// Per query, most relevant first.
  std::vector<std::vector<RecalledMemory>> memories;
  std::string error;
  /// True when meaning was fused in; false for a lexical ranking (no embedder, or it failed:
  /// `semantic_error` says why).
  bool fused = false;
  std::string semantic_error;
  /// With an embedder, per query: why it was ranked by words alone (nullopt: meaning fused
  /// in). Empty without an embedder, or when the ranking failed as a whole (`outcome`).
  std::vector<std::optional<LexicalFallback>> lexical_fallbacks;
};

/// Contextual recall ("whispers") for a whole batch in one query: for each message,
/// the older messages and summaries of its conversation that match any of its words under
/// PostgreSQL full-text search in its language (ranked as kRecall says), fused with the ones
/// closest in meaning when an embedder is configured (SemanticRecallOptions).
/// Never fails the batch: a timeout or database error comes back as the outcome.
class RecallStore {
 public:
  RecallStore(LazyConnection& connection, RecallOptions options,
              SemanticRecallOptions semantic = {})
      : connection_(connection), options_(options), semantic_(semantic) {}

  /// `budget`: this call's share of the ranking budget (default: the whole of it).
  RecallResult Recall(const std::vector<RecallQuery>& queries,
                      std::optional<std::chrono::milliseconds> budget = std::nullopt);
  const RecallOptions& options() const { return options_; }

 private:
  struct SkippedMeaning {
    LexicalFallback reason;
    std::string message;
  };
  /// The queries' embeddings within `budget`, or why the ranking goes without them.
  std::expected<std::vector<Embedding>, SkippedMeaning> EmbedQueries(
      const std::vector<RecallQuery>& queries, std::chrono::milliseconds budget);

  LazyConnection& connection_;
  RecallOptions options_;
  SemanticRecallOptions semantic_;
};

}  // namespace chatfleet::workers
