#include "workers/recall/recall_passes.h"

#include <algorithm>
#include <optional>
#include <string>

#include "shared/log/logger.h"

namespace chatfleet::workers {
namespace {

// Below this much of the ranking budget left, the second pass is not started.
constexpr std::chrono::milliseconds kSmallestRecallPass{10};

/// The merged queries of one pass, with their index among all of them.
struct RecallPass {
  std::vector<RecallQuery> queries;
  std::vector<std::size_t> index;
};

RecallPass PassOf(const MergedRecallQueries& merged, bool newest) {
  RecallPass pass;
  for (std::size_t m = 0; m < merged.queries.size(); ++m) {
    if (merged.newest[m] != newest) continue;
    pass.queries.push_back(merged.queries[m]);
    pass.index.push_back(m);
  }
  return pass;
}

/// Gives the ranked queries of the pass their memories and the others their fallback status.
void RecordPass(const RecallPass& pass, std::size_t ranked, const RecallResult& recalled,
                bool newest, BatchRecall& out) {
  std::size_t k = 0;
  if (recalled.outcome == RecallOutcome::kOk) {
    for (; k < ranked; ++k) out.memories[pass.index[k]] = recalled.memories[k];
  }
  if (k == pass.index.size()) return;
  // These contexts go out without memories rather than late.
  log::Warn("recall skipped",
            {{"error", recalled.outcome == RecallOutcome::kOk
                           ? std::string("the rest of the batch's ranking budget fits fewer")
                           : recalled.error},
             {"pass", newest ? "newest messages" : "earlier messages"},
             {"rankings", static_cast<std::int64_t>(pass.index.size() - k)}});
  for (; k < pass.index.size(); ++k) {
    out.status[pass.index[k]] = recalled.outcome == RecallOutcome::kFailed
                                    ? v1::RECALL_STATUS_FAILED
                                    : v1::RECALL_STATUS_TIMED_OUT;
  }
}

/// The slower of two paces, either possibly unknown.
std::optional<double> Slower(std::optional<double> a, std::optional<double> b) {
  if (!a) return b;
  if (!b) return a;
  return std::max(*a, *b);
}

/// What the earlier messages' pass teaches the next batch: its cost per ranking when it
/// completed; when it ran out of time, at least the time it had per ranking sent.
void Learn(RecallPace& pace, const RecallResult& recalled, std::size_t sent,
           std::chrono::milliseconds left, double seconds_per_ranking) {
  if (sent == 0) return;
  if (recalled.outcome == RecallOutcome::kOk) {
    pace.earlier_seconds_per_ranking = seconds_per_ranking;
  } else if (recalled.outcome == RecallOutcome::kTimedOut) {
    const double at_least = std::chrono::duration<double>(left).count() / static_cast<double>(sent);
    pace.earlier_seconds_per_ranking = Slower(pace.earlier_seconds_per_ranking, at_least);
  }
}

void Relax(RecallPace& pace) {
  if (pace.earlier_seconds_per_ranking) *pace.earlier_seconds_per_ranking /= 2;
}

}  // namespace

BatchRecall RecallWithinBudget(const MergedRecallQueries& merged, std::chrono::milliseconds budget,
                               const RankQueries& rank, RecallPace* pace) {
  const auto started = std::chrono::steady_clock::now();
  BatchRecall out{std::vector<std::vector<RecalledMemory>>(merged.queries.size()),
                  std::vector<v1::RecallStatus>(merged.queries.size(), v1::RECALL_STATUS_OK)};
  std::optional<double> seconds_per_ranking;  // measured on the first pass
  for (const bool newest : {true, false}) {
    RecallPass pass = PassOf(merged, newest);
    if (pass.queries.empty()) continue;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        budget - (std::chrono::steady_clock::now() - started));
    const std::optional<double> expected =
        newest || pace == nullptr ? seconds_per_ranking
                                  : Slower(seconds_per_ranking, pace->earlier_seconds_per_ranking);
    const std::size_t affordable =
        left < kSmallestRecallPass ? 0 : AffordableRankings(pass.queries.size(), left, expected);
    pass.queries.resize(affordable);
    RecallResult recalled;
    if (pass.queries.empty()) {
      recalled.outcome = RecallOutcome::kTimedOut;
      recalled.error = "the batch's ranking budget is spent";
      // A pace learnt in one slow batch would otherwise keep the pass from ever running again,
      // so nothing would correct it: each batch it shuts out halves it until a ranking fits.
      if (!newest && pace != nullptr && left >= kSmallestRecallPass) Relax(*pace);
    } else {
      const auto pass_started = std::chrono::steady_clock::now();
      recalled = rank(pass.queries, left);
      const double this_pass =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - pass_started).count() /
          static_cast<double>(pass.queries.size());
      if (recalled.outcome == RecallOutcome::kOk && newest) seconds_per_ranking = this_pass;
      if (!newest && pace != nullptr) Learn(*pace, recalled, pass.queries.size(), left, this_pass);
    }
    RecordPass(pass, pass.queries.size(), recalled, newest, out);
  }
  return out;
}

}  // namespace chatfleet::workers
