#pragma once

#include <chrono>
#include <string>

#include "workers/memory/summarizer.h"

namespace chatfleet::workers {

struct OpenAiSummarizerOptions {
  /// Base URL of an OpenAI-compatible API, e.g. "http://llm:8000/v1"; "/chat/completions" is
  /// appended.
  std::string base_url;
  std::string api_key;  // sent as a Bearer token when not empty
  std::string model = "gpt-4o-mini";
  /// Whole-request deadline (connect + answer): past it the caller falls back.
  std::chrono::milliseconds timeout{10000};
};

/// Summarizes through an OpenAI-compatible chat-completions endpoint (libcurl). Any transport
/// error, non-2xx answer, timeout or answer without text is returned as a retryable error; wrap
/// it in a FallbackSummarizer so compression goes on with the extractive summary.
class OpenAiSummarizer : public Summarizer {
 public:
  explicit OpenAiSummarizer(OpenAiSummarizerOptions options);
  Result<std::string> Summarize(const SummaryRequest& request) override;

  /// The request body for `request` (JSON). Pure; public for tests.
  std::string RequestBody(const SummaryRequest& request) const;
  /// The summary text in a chat-completions answer, or an error. Pure; public for tests.
  static Result<std::string> ParseAnswer(const std::string& body);

 private:
  OpenAiSummarizerOptions options_;
};

}  // namespace chatfleet::workers
