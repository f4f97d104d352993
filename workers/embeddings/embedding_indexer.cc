#include "workers/embeddings/embedding_indexer.h"

#include <algorithm>

#include "shared/log/logger.h"
#include "shared/pg/pg_array.h"
#include "workers/embeddings/embedding_codec.h"

namespace chatfleet::workers {
namespace {

// Joined to chat_history by id, or by natural key for an edit, so that a row purged meanwhile
// is skipped rather than failing the insert, and only while the row still holds the embedded
// text (an edit committed after the job was queued wins; migration 0015 drops the vector of
// an edited row). On conflict, a redelivered batch's rows are embedded once; a vector of
// another model is replaced (CHATFLEET_EMBEDDINGS_MODEL changed).
constexpr std::string_view kInsert = R"sql(
INSERT INTO chat_embedding (history_id, tenant, bot, platform, conversation_id, model, vector)
SELECT h.id, h.tenant, h.bot, h.platform, h.conversation_id, $2, u.vector
FROM unnest($1::bigint[], $3::bytea[], $4::text[], $5::text[], $6::text[], $7::text[],
            $8::text[], $9::text[])
  AS u(id, vector, text, tenant, bot, platform, conversation_id, message_id)
CROSS JOIN LATERAL (
  SELECT h.id, h.tenant, h.bot, h.platform, h.conversation_id, h.content
  FROM chat_history h WHERE u.id <> 0 AND h.id = u.id
  UNION ALL
  SELECT h.id, h.tenant, h.bot, h.platform, h.conversation_id, h.content
  FROM conversations c JOIN chat_history h ON h.conversation_key = c.key
  WHERE u.id = 0 AND c.tenant = u.tenant AND c.bot = u.bot AND c.platform = u.platform
    AND c.conversation_id = u.conversation_id AND h.platform_message_id = u.message_id) h
WHERE h.content = u.text
ON CONFLICT (history_id) DO UPDATE SET model = EXCLUDED.model, vector = EXCLUDED.vector,
  created_at = now()
WHERE chat_embedding.model <> EXCLUDED.model)sql";

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
      backfilled_(metrics.AddCounter(
          "chatfleet_worker_embeddings_backfilled_total",
          "Messages without an embedding that the backfill handed to the embeddings service")),
      backfill_(options.backfill_options, embedder.model()),
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
  auto next_backfill = std::chrono::steady_clock::now() + options_.backfill_interval;
  auto has_work = [&] { return stopping_ || !queue_.empty(); };
  while (!stopping_) {
    if (queue_.empty()) {
      if (!options_.backfill) {
        wake_.wait(lock, has_work);
      } else if (!wake_.wait_until(lock, next_backfill, has_work)) {
        // The queue stayed empty until the backfill's time: the stored batches come first.
        lock.unlock();
        next_backfill = Backfill();
        lock.lock();
      }
      continue;
    }
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

std::chrono::steady_clock::time_point EmbeddingIndexer::Backfill() {
  const auto now = std::chrono::steady_clock::now();
  auto connection = connection_.Get();
  if (!connection) return now + options_.backfill_rest;
  bool stored = true;
  auto round = backfill_.RunRound(**connection, [&](std::vector<EmbeddingJob>& jobs) {
    // In requests of the indexer's size, as the queue's.
    for (std::size_t at = 0; at < jobs.size() && stored; at += options_.batch) {
      std::vector<EmbeddingJob> part(
          jobs.begin() + static_cast<std::ptrdiff_t>(at),
          jobs.begin() + static_cast<std::ptrdiff_t>(std::min(jobs.size(), at + options_.batch)));
      stored = Index(part);
    }
    return stored;
  });
  if (!round) {
    log::Warn("embeddings backfill failed", {{"error", round.error().message}});
    return now + options_.backfill_rest;
  }
  if (stored) backfilled_.Inc(static_cast<double>(round->handed));
  const bool more = stored && !round->swept && !round->locked_out;
  return now + (more ? options_.backfill_interval : options_.backfill_rest);
}

bool EmbeddingIndexer::Index(std::vector<EmbeddingJob>& jobs) {
  std::vector<std::string> texts;
  texts.reserve(jobs.size());
  for (const auto& job : jobs) texts.push_back(job.text);
  auto embedded = embedder_.Embed(texts);
  if (!embedded) {
    failed_.Inc(static_cast<double>(jobs.size()));
    log::Warn("embeddings not made: those messages are found by their words only",
              {{"error", embedded.error().message},
               {"messages", static_cast<std::int64_t>(jobs.size())}});
    return false;
  }
  pg::PgArray columns[8];
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const EmbeddingJob& job = jobs[i];
    columns[0].Add(std::to_string(job.history_id));
    columns[1].Add(ToByteaHex(Quantize((*embedded)[i])));
    columns[2].Add(job.text);
    columns[3].Add(job.conversation.tenant);
    columns[4].Add(job.conversation.bot);
    columns[5].Add(job.conversation.platform);
    columns[6].Add(job.conversation.conversation_id);
    columns[7].Add(job.platform_message_id);
  }
  auto connection = connection_.Get();
  if (!connection) {
    failed_.Inc(static_cast<double>(jobs.size()));
    log::Warn("embeddings not stored", {{"error", connection.error().message}});
    return false;
  }
  std::string params[8];
  for (int i = 0; i < 8; ++i) params[i] = columns[i].str();
  const pg::Param bound[9] = {params[0], embedder_.model(), params[1], params[2], params[3],
                              params[4], params[5],         params[6], params[7]};
  auto written = (*connection)->Exec(kInsert, bound);
  if (!written) {
    failed_.Inc(static_cast<double>(jobs.size()));
    log::Warn("embeddings not stored", {{"error", written.error().message}});
    return false;
  }
  stored_.Inc(static_cast<double>(written->affected_rows()));
  return true;
}

}  // namespace chatfleet::workers
