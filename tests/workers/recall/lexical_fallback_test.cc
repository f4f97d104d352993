#include "workers/recall/lexical_fallback.h"

#include <gtest/gtest.h>

#include "shared/metrics/registry.h"

namespace chatfleet::workers {
namespace {

TEST(LexicalFallbackTest, ACurlTimeoutIsATimeoutAndAnythingElseAnError) {
  EXPECT_EQ(FallbackOfEmbedError(
                Error::Retryable("embeddings: HTTP request failed: Timeout was reached")),
            LexicalFallback::kTimeout);
  EXPECT_EQ(FallbackOfEmbedError(
                Error::Retryable("embeddings: HTTP request failed: Couldn't connect to server")),
            LexicalFallback::kError);
  EXPECT_EQ(FallbackOfEmbedError(Error::Retryable("embeddings: HTTP 401: bad key")),
            LexicalFallback::kError);
}

TEST(LexicalFallbackTest, EveryReasonHasItsOwnLabel) {
  EXPECT_EQ(LexicalFallbackName(LexicalFallback::kTimeout), "timeout");
  EXPECT_EQ(LexicalFallbackName(LexicalFallback::kError), "error");
  EXPECT_EQ(LexicalFallbackName(LexicalFallback::kBudget), "budget");
  EXPECT_EQ(LexicalFallbackName(LexicalFallback::kNoVectors), "no_vectors");
}

TEST(LexicalFallbackTest, CountersCountEachQueryRankedByWordsAloneUnderItsReason) {
  metrics::Registry registry;
  LexicalFallbackCounters counters(registry);
  counters.Count({LexicalFallback::kNoVectors, std::nullopt, LexicalFallback::kNoVectors});
  counters.Count({LexicalFallback::kTimeout});
  counters.Count({});
  const std::string page = registry.Render();
  EXPECT_NE(page.find("chatfleet_worker_recall_lexical_fallbacks_total{reason=\"no_vectors\"} 2"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("chatfleet_worker_recall_lexical_fallbacks_total{reason=\"timeout\"} 1"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("chatfleet_worker_recall_lexical_fallbacks_total{reason=\"error\"} 0"),
            std::string::npos)
      << page;
}

}  // namespace
}  // namespace chatfleet::workers
