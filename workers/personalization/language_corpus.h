#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "shared/core/error.h"
#include "workers/personalization/personalizer.h"

namespace chatfleet::workers {

/// One labelled line of tests/data/language/chat_lines.tsv.
struct LanguageCase {
  std::string set;       // "dev" (tuned on) or "test" (reported, never tuned on)
  std::string kind;      // plain, short, switch, mixed, translit, nolang
  std::string expected;  // the reply language
  std::string previous;  // the language of the user's previous messages; "" for a new user
  std::string text;
};

/// Reads the tab-separated corpus; `#` lines are comments. A malformed line is an error that
/// names its line number.
Result<std::vector<LanguageCase>> LoadLanguageCorpus(std::string_view path);

struct Tally {
  int right = 0;
  int total = 0;
  double percent() const { return total == 0 ? 0 : 100.0 * right / total; }
};

struct LanguageMiss {
  LanguageCase line;
  std::string got;
  v1::LanguageSource source = v1::LANGUAGE_SOURCE_UNSPECIFIED;
};

struct SetScore {
  Tally all;
  std::map<std::string, Tally> by_language;
  std::map<std::string, Tally> by_kind;
};

struct LanguageScore {
  std::map<std::string, SetScore> by_set;  // "dev", "test"
  std::vector<LanguageMiss> misses;
};

/// Runs each line through the personalization stage as the user's next message: a new user's
/// first message, or one whose profile, conversation and recent history all say `previous`
/// (learned, not chosen). Scores the reply language. Pure.
LanguageScore ScoreLanguageCorpus(const std::vector<LanguageCase>& cases,
                                  const PersonalizationDefaults& defaults = {});

/// The reply language the stage gives `line` (see ScoreLanguageCorpus).
LanguageDecision DecideLanguage(const LanguageCase& line,
                                const PersonalizationDefaults& defaults = {});

}  // namespace chatfleet::workers
