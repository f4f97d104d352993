#include "workers/recall/lexical_fallback.h"

namespace chatfleet::workers {

std::string_view LexicalFallbackName(LexicalFallback reason) {
  switch (reason) {
    case LexicalFallback::kTimeout:
      return "timeout";
    case LexicalFallback::kError:
      return "error";
    case LexicalFallback::kBudget:
      return "budget";
    case LexicalFallback::kNoVectors:
      return "no_vectors";
  }
  return "error";
}

LexicalFallback FallbackOfEmbedError(const Error& error) {
  // curl_easy_strerror(CURLE_OPERATION_TIMEDOUT), which shared/http's client reports.
  return error.message.find("Timeout was reached") != std::string::npos ? LexicalFallback::kTimeout
                                                                        : LexicalFallback::kError;
}

LexicalFallbackCounters::LexicalFallbackCounters(metrics::Registry& metrics) {
  for (const LexicalFallback reason : kLexicalFallbacks) {
    counters_[static_cast<std::size_t>(reason)] = &metrics.AddCounter(
        "chatfleet_worker_recall_lexical_fallbacks_total",
        "Recall queries ranked by words alone although an embeddings service is configured: it "
        "timed out, failed, too little budget was left, or the conversation had no embedded "
        "message yet (no_vectors)",
        {{"reason", std::string(LexicalFallbackName(reason))}});
  }
}

void LexicalFallbackCounters::Count(const std::vector<std::optional<LexicalFallback>>& reasons) {
  for (const auto& reason : reasons) {
    if (reason) counters_[static_cast<std::size_t>(*reason)]->Inc();
  }
}

}  // namespace chatfleet::workers
