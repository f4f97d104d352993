#include "workers/meetings/corpus_score.h"

#include <algorithm>
#include <boost/json.hpp>
#include <fstream>

#include "workers/meetings/iso_time.h"
#include "workers/meetings/meeting_extractor.h"
#include "workers/meetings/meeting_json.h"

namespace chatfleet::meetings {

Result<std::vector<CorpusCase>> LoadCorpus(std::string_view path) {
  std::ifstream in{std::string(path)};
  if (!in) return Fail(Error::Fatal("cannot open corpus " + std::string(path)));
  std::vector<CorpusCase> cases;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    boost::system::error_code ec;
    const boost::json::value root = boost::json::parse(line, ec);
    const auto where = std::string(path) + ":" + std::to_string(number);
    if (ec || !root.is_object()) return Fail(Error::Fatal(where + ": not a JSON object"));
    const auto& o = root.get_object();
    const auto text = [&](std::string_view key) -> std::string {
      const auto* v = o.if_contains(key);
      return v != nullptr && v->is_string() ? std::string(v->get_string()) : std::string();
    };
    CorpusCase c{text("id"), text("set"), text("lang"), text("text"), text("now"), text("tz"), {}};
    const auto* expect = o.if_contains("expect");
    if (c.id.empty() || c.text.empty() || c.now.empty() || c.tz.empty() || expect == nullptr ||
        !expect->is_array()) {
      return Fail(Error::Fatal(where + ": needs id, text, now, tz and an expect array"));
    }
    for (const auto& event : expect->get_array()) {
      if (!event.is_object() || !event.get_object().contains("start")) {
        return Fail(Error::Fatal(where + ": every expected event needs a start"));
      }
      c.expected_starts.emplace_back(event.get_object().at("start").as_string());
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

CorpusScore ScoreCorpus(const std::vector<CorpusCase>& cases) {
  CorpusScore score;
  for (const CorpusCase& c : cases) {
    LanguageScore& language = score.by_language[c.lang];
    LanguageScore scratch;
    LanguageScore& holdout = c.set == "holdout" ? score.holdout_by_language[c.lang] : scratch;
    const auto now = ParseIsoInstant(c.now);
    const auto result = now ? ExtractMeetings({c.text, *now, c.tz, ParseLanguage(c.lang)})
                            : Result<Extraction>(Fail(Error::Permanent("bad now")));
    std::vector<std::chrono::sys_seconds> got;
    if (result) {
      for (const auto& m : result->meetings) got.push_back(m.start);
    }
    std::vector<std::chrono::sys_seconds> expected;
    std::string expected_text;
    for (const std::string& s : c.expected_starts) {
      if (const auto instant = ParseIsoInstant(s)) expected.push_back(*instant);
      expected_text += (expected_text.empty() ? "" : ", ") + s;
    }
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    bool ok = false;
    if (expected.empty()) {
      ++language.negatives;
      ++holdout.negatives;
      ++score.total.negatives;
      ok = got.empty();
      if (!ok) {
        ++language.false_positives;
        ++holdout.false_positives;
        ++score.total.false_positives;
      }
    } else {
      ++language.positives;
      ++holdout.positives;
      ++score.total.positives;
      ok = got == expected;
      if (ok) {
        ++language.exact;
        ++holdout.exact;
        ++score.total.exact;
      }
    }
    if (!ok) {
      score.misses.push_back({c.id, c.text, expected_text.empty() ? "nothing" : expected_text,
                              result ? FormatExtraction(*result) : result.error().message});
    }
  }
  return score;
}

}  // namespace chatfleet::meetings
