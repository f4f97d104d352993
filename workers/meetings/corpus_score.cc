#include "workers/meetings/corpus_score.h"

#include <algorithm>
#include <boost/json.hpp>
#include <fstream>

#include "workers/meetings/iso_time.h"
#include "workers/meetings/meeting_extractor.h"
#include "workers/meetings/meeting_json.h"

namespace chatfleet::meetings {
namespace {

std::string StringField(const boost::json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v != nullptr && v->is_string() ? std::string(v->get_string()) : std::string();
}

void Count(SliceScore& s, bool positive, bool first_right, bool all_exact, bool empty) {
  if (positive) {
    ++s.positives;
    s.first_right += first_right ? 1 : 0;
    s.all_exact += all_exact ? 1 : 0;
  } else {
    ++s.negatives;
    s.negatives_empty += empty ? 1 : 0;
  }
}

}  // namespace

Result<std::vector<CorpusCase>> LoadCorpus(std::string_view path, std::string_view part) {
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
    CorpusCase c{StringField(o, "id"),
                 StringField(o, "part"),
                 StringField(o, "lang"),
                 StringField(o, "text"),
                 StringField(o, "now"),
                 StringField(o, "tz"),
                 {},
                 {}};
    if (c.part.empty()) c.part = part;
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
    if (const auto* tags = o.if_contains("tags"); tags != nullptr && tags->is_array()) {
      for (const auto& tag : tags->get_array()) {
        if (tag.is_string()) c.tags.emplace_back(tag.get_string());
      }
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

std::map<std::string, PartScore> ScoreStarts(const std::vector<CorpusCase>& cases,
                                             const StartsFor& starts, const Describe& describe) {
  std::map<std::string, PartScore> parts;
  for (const CorpusCase& c : cases) {
    PartScore& part = parts[c.part];
    std::vector<std::chrono::sys_seconds> got = starts(c);
    std::vector<std::chrono::sys_seconds> expected;
    std::string expected_text;
    for (const std::string& s : c.expected_starts) {
      if (const auto instant = ParseIsoInstant(s)) expected.push_back(*instant);
      expected_text += (expected_text.empty() ? "" : ", ") + s;
    }
    const bool positive = !expected.empty();
    const bool first_right = positive && !got.empty() && got.front() == expected.front();
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    const bool all_exact = positive && got == expected;
    const bool empty = got.empty();
    Count(part.total, positive, first_right, all_exact, empty);
    Count(part.by_language[c.lang], positive, first_right, all_exact, empty);
    for (const std::string& tag : c.tags) {
      Count(part.by_tag[tag], positive, first_right, all_exact, empty);
    }
    if (positive ? !first_right : !empty) {
      part.misses.push_back({c.id, c.text, positive ? expected_text : "nothing", describe(c)});
    }
  }
  return parts;
}

std::map<std::string, PartScore> ScoreCorpus(const std::vector<CorpusCase>& cases) {
  const auto extract = [](const CorpusCase& c) {
    const auto now = ParseIsoInstant(c.now);
    return now ? ExtractMeetings({c.text, *now, c.tz, ParseLanguage(c.lang)})
               : Result<Extraction>(Fail(Error::Permanent("bad now '" + c.now + "'")));
  };
  return ScoreStarts(
      cases,
      [&](const CorpusCase& c) {
        std::vector<std::chrono::sys_seconds> got;
        if (const auto result = extract(c)) {
          for (const auto& m : result->meetings) got.push_back(m.start);
        }
        return got;
      },
      [&](const CorpusCase& c) {
        const auto result = extract(c);
        return result ? FormatExtraction(*result) : result.error().message;
      });
}

}  // namespace chatfleet::meetings
