#include "workers/memory/summarizer.h"

#include "shared/core/utf8.h"
#include "shared/log/logger.h"

namespace chatfleet::workers {
Result<std::string> ExtractiveSummarizer::Summarize(const SummaryRequest& request) {
  std::string added;
  for (const auto& event : request.events) {
    if (event.content.empty()) continue;
    // The summary lines read like the history's: a label no name or text can forge.
    const std::string_view cut = CutUtf8(event.content, options_.max_event_chars);
    std::string excerpt = EscapeLineText(cut);
    if (cut.size() < event.content.size()) excerpt += "…";
    added += SpeakerLabel(event, request.group) + ": " + excerpt + "\n";
  }
  std::string summary = request.previous_summary + added;
  if (summary.size() > options_.max_chars) {
    // Keep the newest lines: drop whole lines from the front.
    std::size_t cut = summary.size() - options_.max_chars;
    const auto newline = summary.find('\n', cut);
    cut = newline == std::string::npos ? cut : newline + 1;
    summary.erase(0, cut);
  }
  return summary;
}

Result<std::string> FallbackSummarizer::Summarize(const SummaryRequest& request) {
  auto summary = primary_->Summarize(request);
  if (summary) return summary;
  ++fallbacks_;
  log::Warn("summarizer failed, using the extractive fallback",
            {{"error", summary.error().message}});
  return fallback_->Summarize(request);
}

}  // namespace chatfleet::workers
