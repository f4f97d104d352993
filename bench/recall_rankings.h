#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bench/recall_set.h"
#include "shared/metrics/registry.h"
#include "shared/pg/lazy_connection.h"
#include "workers/embeddings/embedder.h"
#include "workers/embeddings/embedding_indexer.h"
#include "workers/recall/recall_store.h"

namespace chatfleet::bench {

/// The rankings the recall set compares, over one migrated database: "lexical" always, and
/// "fused" (meaning and words) when an embeddings service is named (CHATFLEET_EMBEDDINGS_URL
/// unless given).
struct Rankings {
  std::vector<std::string> names;
  std::vector<RecallFunction> functions;
  std::string description;
  std::string database_url;
  metrics::Registry metrics;
  std::unique_ptr<pg::LazyConnection> connection;
  std::unique_ptr<workers::RecallStore> lexical;
  std::unique_ptr<workers::Embedder> embedder;
  std::unique_ptr<workers::RecallStore> fused;

  /// Embeds the stored person messages when a fused ranking is compared, through the worker's
  /// EmbeddingIndexer, and waits until they are written.
  Status Prepare();
  const std::string& Description() const { return description; }
};

Result<std::unique_ptr<Rankings>> MakeRankings(const std::string& database_url,
                                               std::optional<std::string> embeddings_url = {});

}  // namespace chatfleet::bench
