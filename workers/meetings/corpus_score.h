#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "shared/core/error.h"

namespace chatfleet::meetings {

/// One labelled message of tests/data/meetings/corpus.jsonl:
/// {"id", "lang", "text", "now", "tz", "expect": [{"start", "end"|null}]}; empty `expect` is a
/// negative (nothing may be extracted).
struct CorpusCase {
  std::string id;
  std::string set;  // "main" or "holdout" (written after tuning, scored once before fixes)
  std::string lang;
  std::string text;
  std::string now;
  std::string tz;
  std::vector<std::string> expected_starts;  // ISO-8601 with offset
};

Result<std::vector<CorpusCase>> LoadCorpus(std::string_view path);

struct LanguageScore {
  int positives = 0;
  int exact = 0;  // every expected start found to the minute, nothing extra
  int negatives = 0;
  int false_positives = 0;  // a negative that yielded an event
  double accuracy() const { return positives == 0 ? 0 : static_cast<double>(exact) / positives; }
  double false_positive_rate() const {
    return negatives == 0 ? 0 : static_cast<double>(false_positives) / negatives;
  }
};

struct CorpusMiss {
  std::string id;
  std::string text;
  std::string expected;  // the starts, joined
  std::string got;       // the extractor's JSON line
};

struct CorpusScore {
  std::map<std::string, LanguageScore> by_language;
  std::map<std::string, LanguageScore> holdout_by_language;  // the "holdout" set alone
  LanguageScore total;
  std::vector<CorpusMiss> misses;
};

/// Runs the extractor over the corpus (with each case's `lang`) and scores exact-minute starts
/// per language and false positives on negatives. Start instants are compared, so the offset
/// the extractor printed must be the one the label's zone has at that time.
CorpusScore ScoreCorpus(const std::vector<CorpusCase>& cases);

}  // namespace chatfleet::meetings
