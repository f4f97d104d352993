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

namespace chatfleet::workers {

/// A stored person's message to embed.
struct EmbeddingJob {
  std::int64_t history_id = 0;
  ConversationKey conversation;
  std::string text;
};

struct EmbeddingIndexerOptions {
  /// Jobs waiting beyond this are dropped (counted): a slow or absent embeddings service must
  /// never hold the worker's memory or its batches.
  std::size_t max_queue = 20000;
  /// Texts per request to the service.
  std::size_t batch = 64;
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
  void Index(std::vector<EmbeddingJob>& jobs);

  Embedder& embedder_;
  pg::LazyConnection connection_;
  EmbeddingIndexerOptions options_;
  metrics::Counter& stored_;
  metrics::Counter& failed_;
  metrics::Counter& dropped_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable idle_;
  std::deque<EmbeddingJob> queue_;
  bool busy_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace chatfleet::workers
