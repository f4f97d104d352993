#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bench/recall_set.h"
#include "workers/memory/lazy_connection.h"
#include "workers/recall/recall_store.h"

namespace chatfleet::bench {

/// The rankings the recall set compares, over one migrated database: "lexical" always, and
/// "fused" (meaning and words) when CHATFLEET_EMBEDDINGS_URL names an embeddings service.
struct Rankings {
  std::vector<std::string> names;
  std::vector<RecallFunction> functions;
  std::string description;
  std::unique_ptr<workers::LazyConnection> connection;
  std::unique_ptr<workers::RecallStore> store;

  /// Embeds the stored conversations when a fused ranking is compared (as the worker's
  /// embedding writer does after storing a batch).
  Status Prepare();
  const std::string& Description() const { return description; }
};

Result<Rankings> MakeRankings(const std::string& database_url);

}  // namespace chatfleet::bench
