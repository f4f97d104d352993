#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "shared/core/error.h"
#include "shared/pg/connection.h"
#include "workers/embeddings/embedding_job.h"

namespace chatfleet::workers {

struct EmbeddingBackfillOptions {
  /// Rows looked at per round (by id, after the cursor) and most of them handed over.
  std::size_t scan = 2000;
  std::size_t batch = 16;
  /// Only rows received within this are swept (the recent conversations recall reads).
  std::chrono::hours window{24 * 7};
  /// Rows younger than this are the indexer's fast path's, not the backfill's.
  std::chrono::seconds settle{10};
};

/// What one round did.
struct BackfillRound {
  bool locked_out = false;  ///< another worker's round held the lock: nothing done
  bool swept = false;       ///< the cursor reached the newest rows: the next round starts over
  std::size_t handed = 0;   ///< messages handed to the indexer
};

/// The messages that have no embedding of the current model (stored while the embeddings
/// service was down, before it was configured, or edited while it was down), swept in id order
/// over the rows received within the window, a bounded batch per round. Safe with several
/// workers: a round runs under a PostgreSQL session advisory lock, and a worker that does not
/// get it skips its round. Each worker keeps its own cursor (in memory: a restart sweeps again,
/// finding little). Not thread-safe: the indexer's thread.
class EmbeddingBackfill {
 public:
  using Store = std::function<bool(std::vector<EmbeddingJob>&)>;
  EmbeddingBackfill(EmbeddingBackfillOptions options, std::string model)
      : options_(options), model_(std::move(model)) {}

  /// One round on `connection`; `store` embeds and writes the jobs, false when it could not
  /// (the cursor stays, so they come again next round).
  Result<BackfillRound> RunRound(pg::Connection& connection, const Store& store);

 private:
  Result<std::int64_t> WindowStart(pg::Connection& connection);
  Result<BackfillRound> Sweep(pg::Connection& connection, const Store& store);

  EmbeddingBackfillOptions options_;
  std::string model_;
  std::int64_t cursor_ = -1;  // the last id looked at; -1: start at the window
};

}  // namespace chatfleet::workers
