#pragma once

#include <vector>

#include "workers/embeddings/embedding_job.h"
#include "workers/memory/batch_windows.h"

namespace chatfleet::workers {

/// The people's messages among a batch's stored rows, to embed once the batch is committed:
/// each row this delivery inserted (by its id) and each edit (by its natural key: the writer
/// does not return the ids of the rows it updates). The bot's and system messages are left
/// out: what recall finds by meaning is what people said. Blank texts are left out too.
std::vector<EmbeddingJob> EmbeddingJobsOf(const StoredRows& written);

}  // namespace chatfleet::workers
