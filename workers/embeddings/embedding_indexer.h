#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "shared/metrics/registry.h"
#include "shared/pg/lazy_connection.h"
#include "workers/conversation/conversation_key.h"
#include "workers/embeddings/embedder.h"
#include "workers/embeddings/embedding_backfill.h"
#include "workers/embeddings/embedding_job.h"

namespace chatfleet::workers {

struct EmbeddingIndexerOptions {
  /// Jobs waiting beyond this are dropped (counted): a slow or absent embeddings service must
  /// never hold the worker's memory or its batches.
  std::size_t max_queue = 20000;
  /// Texts per request to the service.
  std::size_t batch = 64;
  /// Sweep for messages without an embedding while the queue is empty (EmbeddingBackfill):
  /// a round every `backfill_interval` while it finds work, every `backfill_rest` after a
  /// sweep ended or the service failed.
  bool backfill = false;
  EmbeddingBackfillOptions backfill_options;
  std::chrono::milliseconds backfill_interval{1000};
  std::chrono::milliseconds backfill_rest{30000};
};

/// Embeds stored messages off the batch's critical path: the memory stage hands over a batch's
/// new rows after they are stored, and a thread of its own asks the embedder and writes
/// chat_embedding on its own connection. A failure loses only the embeddings (counted): those
/// messages stay findable by their words.
class EmbeddingIndexer {
 public:
  EmbeddingIndexer(Embedder& embedder, std::string database_url, metrics::Registry& metrics,
                   EmbeddingIndexerOptions options = {});
  ~EmbeddingIndexer();
  EmbeddingIndexer(const EmbeddingIndexer&) = delete;
  EmbeddingIndexer& operator=(const EmbeddingIndexer&) = delete;

  /// Never blocks: what does not fit in the queue is dropped and counted.
  void Enqueue(std::vector<EmbeddingJob> jobs);
  /// Until every job handed over so far is written or given up (tests, shutdown); false when
  /// `timeout` passed first.
  bool WaitIdle(std::chrono::milliseconds timeout);

 private:
  void Run();
  /// Embeds and writes `jobs`; false when the service or the database failed (counted, logged).
  bool Index(std::vector<EmbeddingJob>& jobs);
  /// One backfill round; returns when the next may run.
  std::chrono::steady_clock::time_point Backfill();

  Embedder& embedder_;
  pg::LazyConnection connection_;
  EmbeddingIndexerOptions options_;
  metrics::Counter& stored_;
  metrics::Counter& failed_;
  metrics::Counter& dropped_;
  metrics::Counter& backfilled_;
  EmbeddingBackfill backfill_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable idle_;
  std::deque<EmbeddingJob> queue_;
  bool busy_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace chatfleet::workers
