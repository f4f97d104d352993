#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "shared/core/error.h"

namespace chatfleet::meetings {

/// One labelled message of the meeting corpus (tests/data/meetings/): {"id", "lang", "text",
/// "now", "tz", "expect": [{"start", "end"|null}], optional "part" and "tags"}; an empty
/// `expect` is a negative (nothing may be extracted).
struct CorpusCase {
  std::string id;
  std::string part;  // "tuned" (corpus.jsonl), "dev", "test"
  std::string lang;
  std::string text;
  std::string now;
  std::string tz;
  std::vector<std::string> expected_starts;  // ISO-8601 with offset, in order of first mention
  std::vector<std::string> tags;             // "range", "typo", "negative-past", ...
};

/// Loads a JSON-lines part; `part` names the lines that carry no "part" field of their own.
Result<std::vector<CorpusCase>> LoadCorpus(std::string_view path, std::string_view part);

/// Counts of one slice (a part, a language, a tag). A positive is right when the extractor's
/// first event starts at the first expected start (to the minute); a negative when nothing is
/// extracted. `all_exact` is the stricter figure: every expected start, nothing extra.
struct SliceScore {
  int positives = 0;
  int first_right = 0;
  int all_exact = 0;
  int negatives = 0;
  int negatives_empty = 0;
  int lines() const { return positives + negatives; }
  double overall() const { return Ratio(first_right + negatives_empty, lines()); }
  double first_start() const { return Ratio(first_right, positives); }
  double exact() const { return Ratio(all_exact, positives); }
  double empty() const { return Ratio(negatives_empty, negatives); }
  static double Ratio(int a, int b) { return b == 0 ? 0 : static_cast<double>(a) / b; }
};

struct CorpusMiss {
  std::string id;
  std::string text;
  std::string expected;  // the starts, joined
  std::string got;       // the extractor's JSON line
};

struct PartScore {
  SliceScore total;
  std::map<std::string, SliceScore> by_language;
  std::map<std::string, SliceScore> by_tag;
  std::vector<CorpusMiss> misses;  // wrong first start, or a negative that yielded an event
};

/// Runs the extractor over the cases (with each case's `lang`) and scores them per part.
/// Start instants are compared, so the offset the extractor printed must be the one the
/// label's zone has at that time.
std::map<std::string, PartScore> ScoreCorpus(const std::vector<CorpusCase>& cases);

/// The same scoring for any extractor: `starts` gives a case's extracted starts in order of
/// mention (and `describe` what it got, for the misses) — e.g. chrono-node's answers read back
/// from a file, scored exactly like ours.
using StartsFor = std::function<std::vector<std::chrono::sys_seconds>(const CorpusCase&)>;
using Describe = std::function<std::string(const CorpusCase&)>;
std::map<std::string, PartScore> ScoreStarts(const std::vector<CorpusCase>& cases,
                                             const StartsFor& starts, const Describe& describe);

}  // namespace chatfleet::meetings
