#include "bench/recall_rankings.h"

#include <chrono>

namespace chatfleet::bench {

Result<Rankings> MakeRankings(const std::string& database_url) {
  Rankings rankings;
  rankings.connection = std::make_unique<workers::LazyConnection>(database_url);
  // Scoring measures the ranking, not the budget: a generous one so a slow machine does not
  // turn into misses.
  workers::RecallOptions options;
  options.budget = std::chrono::milliseconds(5000);
  rankings.store = std::make_unique<workers::RecallStore>(*rankings.connection, options);
  auto* store = rankings.store.get();
  rankings.names.push_back("lexical");
  rankings.functions.push_back(
      [store](const std::vector<workers::RecallQuery>& queries) { return store->Recall(queries); });
  rankings.description = "lexical";
  return rankings;
}

Status Rankings::Prepare() { return {}; }

}  // namespace chatfleet::bench
