#include "workers/embeddings/embedding_indexer.h"

#include "shared/log/logger.h"
#include "shared/pg/pg_array.h"
#include "workers/embeddings/embedding_codec.h"

namespace chatfleet::workers {
namespace {

// Joined to chat_history so a row purged meanwhile is skipped rather than failing the insert;
// ON CONFLICT: a redelivered batch's rows are embedded once.
constexpr std::string_view kInsert = R"sql(
INSERT INTO chat_embedding (history_id, tenant, bot, platform, conversation_id, model, vector)
SELECT u.id, h.tenant, h.bot, h.platform, h.conversation_id, $2, u.vector
FROM unnest($1::bigint[], $3::bytea[]) AS u(id, vector)
JOIN chat_history h ON h.id = u.id
ON CONFLICT (history_id) DO NOTHING)sql";

}  // namespace

EmbeddingIndexer::EmbeddingIndexer(Embedder& embedder, std::string database_url,
                                   metrics::Registry& metrics, EmbeddingIndexerOptions options)
    : embedder_(embedder),
      connection_(std::move(database_url)),
      options_(options),
      stored_(metrics.AddCounter("chatfleet_worker_embeddings_stored_total",
                                 "Messages whose embedding was written to chat_embedding")),
      failed_(metrics.AddCounter(
          "chatfleet_worker_embeddings_failures_total",
          "Embeddings not made: the service failed or timed out (use=index: a stored message "
          "stays findable by its words only; use=query: that ranking fell back to lexical)",
          {{"use", "index"}})),
      dropped_(metrics.AddCounter("chatfleet_worker_embeddings_dropped_total",
                                  "Messages not embedded because the indexer's queue was full")),
      thread_([this] { Run(); }) {}

EmbeddingIndexer::~EmbeddingIndexer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void EmbeddingIndexer::Enqueue(std::vector<EmbeddingJob> jobs) {
  std::size_t dropped = 0;
  {
    std::lock_guard lock(mutex_);
    for (auto& job : jobs) {
      if (queue_.size() >= options_.max_queue) {
        ++dropped;
        continue;
      }
      queue_.push_back(std::move(job));
    }
  }
  if (dropped > 0) dropped_.Inc(static_cast<double>(dropped));
  wake_.notify_one();
}

bool EmbeddingIndexer::WaitIdle(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  return idle_.wait_for(lock, timeout, [&] { return queue_.empty() && !busy_; });
}

void EmbeddingIndexer::Run() {
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (stopping_) break;
    std::vector<EmbeddingJob> jobs;
    while (!queue_.empty() && jobs.size() < options_.batch) {
      jobs.push_back(std::move(queue_.front()));
      queue_.pop_front();
    }
    busy_ = true;
    lock.unlock();
    Index(jobs);
    lock.lock();
    busy_ = false;
    if (queue_.empty()) idle_.notify_all();
  }
  busy_ = false;
  idle_.notify_all();
}

void EmbeddingIndexer::Index(std::vector<EmbeddingJob>& jobs) {
  std::vector<std::string> texts;
  texts.reserve(jobs.size());
  for (const auto& job : jobs) texts.push_back(job.text);
  auto embedded = embedder_.Embed(texts);
  if (!embedded) {
    failed_.Inc(static_cast<double>(jobs.size()));
    log::Warn("embeddings not made: those messages are found by their words only",
              {{"error", embedded.error().message},
               {"messages", static_cast<std::int64_t>(jobs.size())}});
    return;
  }
  pg::PgArray ids, vectors;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    ids.Add(std::to_string(jobs[i].history_id));
    vectors.Add(ToByteaHex(Quantize((*embedded)[i])));
  }
  auto connection = connection_.Get();
  if (!connection) {
    failed_.Inc(static_cast<double>(jobs.size()));
    log::Warn("embeddings not stored", {{"error", connection.error().message}});
    return;
  }
  const std::string id_list = ids.str(), vector_list = vectors.str();
  auto written = (*connection)->Exec(kInsert, {id_list, embedder_.model(), vector_list});
  if (!written) {
    failed_.Inc(static_cast<double>(jobs.size()));
    log::Warn("embeddings not stored", {{"error", written.error().message}});
    return;
  }
  stored_.Inc(static_cast<double>(jobs.size()));
}

}  // namespace chatfleet::workers
