#include "bench/recall_rankings.h"

#include <chrono>
#include <cstdlib>

#include "shared/pg/connection.h"

namespace chatfleet::bench {

Result<std::unique_ptr<Rankings>> MakeRankings(const std::string& database_url,
                                               std::optional<std::string> embeddings_url) {
  auto rankings = std::make_unique<Rankings>();
  rankings->database_url = database_url;
  rankings->connection = std::make_unique<pg::LazyConnection>(database_url);
  // Scoring measures the ranking, not the budget: a generous one so a slow machine does not
  // turn into misses.
  workers::RecallOptions options;
  options.budget = std::chrono::milliseconds(20000);
  rankings->lexical = std::make_unique<workers::RecallStore>(*rankings->connection, options);
  auto* lexical = rankings->lexical.get();
  rankings->names.push_back("lexical");
  rankings->functions.push_back(
      [lexical](const std::vector<workers::RecallQuery>& q) { return lexical->Recall(q); });
  rankings->description = "lexical";
  if (!embeddings_url) {
    if (const char* env = std::getenv("CHATFLEET_EMBEDDINGS_URL"); env != nullptr && *env) {
      embeddings_url = env;
    }
  }
  if (!embeddings_url) return rankings;
  workers::EmbedderSettings settings;
  settings.url = *embeddings_url;
  settings.timeout = std::chrono::milliseconds(20000);
  rankings->embedder = std::make_unique<workers::OpenAiEmbedder>(settings);
  workers::SemanticRecallOptions semantic;
  semantic.embedder = rankings->embedder.get();
  semantic.failures = &rankings->metrics.AddCounter("chatfleet_worker_embeddings_failures_total",
                                                    "", {{"use", "query"}});
  rankings->fused =
      std::make_unique<workers::RecallStore>(*rankings->connection, options, semantic);
  auto* fused = rankings->fused.get();
  rankings->names.push_back("fused");
  rankings->functions.push_back([fused](const std::vector<workers::RecallQuery>& q) {
    auto result = fused->Recall(q);
    // A lexical answer in the fused column would score the wrong thing.
    if (result.outcome == workers::RecallOutcome::kOk && !result.fused) {
      result.outcome = workers::RecallOutcome::kFailed;
      result.error = "not fused: " + result.semantic_error;
    }
    return result;
  });
  rankings->description = "lexical, fused (" + settings.model + " at " + settings.url + ")";
  return rankings;
}

Status Rankings::Prepare() {
  if (!embedder) return {};
  auto db = pg::Connection::Open(database_url);
  if (!db) return Fail(db.error());
  auto rows = db->Exec(
      "SELECT id, tenant, bot, platform, conversation_id, content FROM chat_history "
      "WHERE role = 'user' ORDER BY id");
  if (!rows) return Fail(rows.error());
  std::vector<workers::EmbeddingJob> jobs;
  for (int i = 0; i < rows->rows(); ++i) {
    jobs.push_back({rows->Int(i, 0),
                    {std::string(rows->Value(i, 1)), std::string(rows->Value(i, 2)),
                     std::string(rows->Value(i, 3)), std::string(rows->Value(i, 4))},
                    std::string(rows->Value(i, 5)),
                    {}});
  }
  workers::EmbeddingIndexer indexer(*embedder, database_url, metrics);
  indexer.Enqueue(std::move(jobs));
  if (!indexer.WaitIdle(std::chrono::minutes(10))) {
    return Fail(Error::Permanent("embedding the recall set took over 10 minutes"));
  }
  auto count = db->Exec("SELECT count(*) FROM chat_embedding");
  if (!count) return Fail(count.error());
  if (count->Int(0, 0) != rows->rows()) {
    return Fail(Error::Permanent("only " + std::to_string(count->Int(0, 0)) + " of " +
                                 std::to_string(rows->rows()) +
                                 " messages were embedded (see the log)"));
  }
  return {};
}

}  // namespace chatfleet::bench
