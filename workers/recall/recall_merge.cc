#include "workers/recall/recall_merge.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

namespace chatfleet::workers {

MergedRecallQueries MergeRecallQueries(const std::vector<RecallQuery>& queries) {
  using Group = std::pair<ConversationKey, std::string>;
  std::map<Group, std::size_t> newest;  // the group's last query
  for (std::size_t q = 0; q < queries.size(); ++q) {
    newest[{queries[q].conversation, queries[q].language}] = q;
  }
  MergedRecallQueries merged;
  merged.merged_of.reserve(queries.size());
  std::map<Group, std::size_t> earlier;  // the group's merged query of its earlier messages
  for (std::size_t q = 0; q < queries.size(); ++q) {
    const RecallQuery& query = queries[q];
    const Group group{query.conversation, query.language};
    if (newest.at(group) == q) {
      merged.merged_of.push_back(merged.queries.size());
      merged.queries.push_back(query);
      merged.newest.push_back(true);
      continue;
    }
    const auto [found, added] = earlier.try_emplace(group, merged.queries.size());
    if (added) {
      merged.queries.push_back(query);
      merged.newest.push_back(false);
    } else {
      RecallQuery& into = merged.queries[found->second];
      into.text += '\n';
      into.text += query.text;
      into.before_id = std::min(into.before_id, query.before_id);
      into.stored_ids.insert(into.stored_ids.end(), query.stored_ids.begin(),
                             query.stored_ids.end());
    }
    merged.merged_of.push_back(found->second);
  }
  return merged;
}

std::size_t AffordableRankings(std::size_t wanted, std::chrono::nanoseconds left,
                               std::optional<double> seconds_per_ranking) {
  if (left <= std::chrono::nanoseconds::zero()) return 0;
  if (!seconds_per_ranking || *seconds_per_ranking <= 0) return wanted;
  constexpr double kShareOfWhatIsLeft = 0.8;  // a merged ranking costs more than a lone one
  const double fits =
      kShareOfWhatIsLeft * std::chrono::duration<double>(left).count() / *seconds_per_ranking;
  return fits >= static_cast<double>(wanted) ? wanted : static_cast<std::size_t>(fits);
}

}  // namespace chatfleet::workers
