#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "shared/core/error.h"
#include "workers/memory/history_renderer.h"

namespace chatfleet::workers {

/// What to fold: the summary so far and the events being folded into it, oldest first.
struct SummaryRequest {
  std::string previous_summary;
  std::vector<StoredMessage> events;
  bool group = false;
  std::string language;  // reply language of the conversation, may be empty
};

/// Turns folded events into a summary. Implementations may be called from the runner's thread
/// only (not required to be thread-safe). An error means "no summary": the caller folds nothing.
class Summarizer {
 public:
  virtual ~Summarizer() = default;
  virtual Result<std::string> Summarize(const SummaryRequest& request) = 0;
};

struct ExtractiveOptions {
  /// Longest summary kept (UTF-8 bytes); older summary text is dropped first.
  std::size_t max_chars = 4000;
  /// Longest excerpt of one event.
  std::size_t max_event_chars = 160;
};

/// The default summarizer: no network, deterministic. Keeps one line per folded user or bot
/// message ("Name: first sentence…"), appended to the previous summary and trimmed from the
/// oldest side to the budget. Words of the folded events therefore stay searchable by recall.
class ExtractiveSummarizer : public Summarizer {
 public:
  explicit ExtractiveSummarizer(ExtractiveOptions options = {}) : options_(options) {}
  Result<std::string> Summarize(const SummaryRequest& request) override;

 private:
  ExtractiveOptions options_;
};

/// Tries `primary` (e.g. the LLM endpoint) and on any error uses `fallback`: a summarizer
/// outage never stops compression and never loses events.
class FallbackSummarizer : public Summarizer {
 public:
  FallbackSummarizer(std::unique_ptr<Summarizer> primary, std::unique_ptr<Summarizer> fallback)
      : primary_(std::move(primary)), fallback_(std::move(fallback)) {}
  Result<std::string> Summarize(const SummaryRequest& request) override;
  /// How many times the fallback served (for the metric).
  std::size_t fallbacks() const { return fallbacks_; }

 private:
  std::unique_ptr<Summarizer> primary_;
  std::unique_ptr<Summarizer> fallback_;
  std::size_t fallbacks_ = 0;
};

}  // namespace chatfleet::workers
