#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "shared/core/error.h"
#include "shared/metrics/registry.h"

namespace chatfleet::workers {

/// Why a ranking that should have fused meaning and words ranked by words alone.
enum class LexicalFallback {
  kTimeout,    ///< the embeddings service did not answer within its deadline
  kError,      ///< it refused, answered badly or could not be reached
  kBudget,     ///< too little of the recall budget was left to wait for it
  kNoVectors,  ///< the conversation has no embedded message to compare with (yet)
};

inline constexpr LexicalFallback kLexicalFallbacks[] = {
    LexicalFallback::kTimeout, LexicalFallback::kError, LexicalFallback::kBudget,
    LexicalFallback::kNoVectors};

/// "timeout" | "error" | "budget" | "no_vectors": the metric's `reason` label.
std::string_view LexicalFallbackName(LexicalFallback reason);

/// The reason for an embedder's failure: kTimeout when the request ran out of time (libcurl's
/// "Timeout was reached", which a refused or slow connect gives too), else kError.
LexicalFallback FallbackOfEmbedError(const Error& error);

/// chatfleet_worker_recall_lexical_fallbacks_total{reason}: the queries that should have been
/// ranked by meaning and words and were ranked by words alone. Thread-safe (the counters are).
class LexicalFallbackCounters {
 public:
  explicit LexicalFallbackCounters(metrics::Registry& metrics);
  /// One ranking's per-query reasons (RecallResult::lexical_fallbacks).
  void Count(const std::vector<std::optional<LexicalFallback>>& reasons);

 private:
  std::array<metrics::Counter*, std::size(kLexicalFallbacks)> counters_{};
};

}  // namespace chatfleet::workers
