#include "workers/embeddings/embedding_jobs.h"

#include <algorithm>
#include <cctype>

namespace chatfleet::workers {
namespace {

bool Blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(),
                     [](unsigned char c) { return std::isspace(c) != 0; });
}

bool FromPerson(const HistoryRow& row) { return row.role == "user" && row.user_name.has_value(); }

}  // namespace

std::vector<EmbeddingJob> EmbeddingJobsOf(const StoredRows& written) {
  std::vector<EmbeddingJob> jobs;
  for (std::size_t i = 0; i < written.rows.size(); ++i) {
    const HistoryRow& row = written.rows[i];
    const std::int64_t id = i < written.ids.size() ? written.ids[i] : 0;
    const bool edit = row.edited_at.has_value();
    if ((id == 0 && !edit) || !FromPerson(row) || Blank(row.content)) continue;
    jobs.push_back({edit ? 0 : id,
                    {row.tenant, row.bot, row.platform, row.conversation_id},
                    row.content,
                    edit ? row.platform_message_id : std::string()});
  }
  return jobs;
}

}  // namespace chatfleet::workers
