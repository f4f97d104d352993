// chatfleet-score-meetings: scores the meeting extractor on every part of the labelled corpus
// present in tests/data/meetings/ — corpus.jsonl ("tuned": written with the extractor),
// dev_part/dev_part.jsonl ("dev"), and the held-out parts never tuned on, written by people who
// never saw the extractor: test_part/test_part.jsonl ("test"), test_part_2/test_part_2.jsonl
// ("test2", scored first after the tuning that followed the first one),
// test_part_3/test_part_3.jsonl ("test3", written before the non-plan stances were tuned, scored
// first after them), test_part_4/test_part_4.jsonl ("test4", written and first scored before
// the sixth dev round), test_part_5/test_part_5.jsonl ("test5", written and first scored before
// the eighth) and test_part_6/test_part_6.jsonl ("test6", written and first scored before the
// eighth and ninth, tuned on by neither), test_part_7/test_part_7.jsonl ("test7", written and
// first scored before the eleventh, tuned on by none), test_part_8/test_part_8.jsonl ("test8",
// written and first scored before the twelfth, tuned on by none), and the tuning parts
// tune_part_1/tune_part_1.jsonl ("tune1"), tune_part_2/tune_part_2.jsonl ("tune2") and
// tune_part_3/tune_part_3.jsonl ("tune3"), written blind like the held-out parts, scored once
// untouched, then tuned on — per part: overall, per language, per tag, negatives left empty,
// first-start accuracy and the stricter all-starts figure; then times one extraction (median,
// p99). With --chrono=FILE (chrono-node's answers, bench/chrono-meetings/score.mjs) it scores
// those the same way and prints them beside ours. Run it with `./fleet score-meetings
// [--misses[=PART]]
// [--repeat=N] [--dir=PATH] [--chrono]`.
#include <algorithm>
#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bench/percentile.h"
#include "workers/meetings/corpus_score.h"
#include "workers/meetings/iso_time.h"
#include "workers/meetings/meeting_extractor.h"

namespace {

using namespace chatfleet::meetings;

struct Options {
  std::string dir = CHATFLEET_SOURCE_DIR "/tests/data/meetings";
  std::string chrono;  // chrono-node's answers, JSON lines {"id", "starts": [...]}
  bool misses = false;
  std::string misses_part;  // empty: every part
  int repeat = 50;
};

Options ParseOptions(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.starts_with("--dir=")) {
      options.dir = arg.substr(6);
    } else if (arg.starts_with("--chrono=")) {
      options.chrono = arg.substr(9);
    } else if (arg == "--misses") {
      options.misses = true;
    } else if (arg.starts_with("--misses=")) {
      options.misses = true;
      options.misses_part = arg.substr(9);
    } else if (arg.starts_with("--repeat=")) {
      options.repeat = std::max(1, std::atoi(arg.substr(9).data()));
    } else {
      std::fprintf(stderr,
                   "usage: chatfleet-score-meetings [--dir=PATH] [--misses[=PART]] [--repeat=N] "
                   "[--chrono=ANSWERS.jsonl]\n");
      std::exit(2);
    }
  }
  return options;
}

// Every case `repeat` times after a warm-up pass (the first lookup loads the tz database).
std::vector<double> TimeExtractions(const std::vector<CorpusCase>& cases, int repeat) {
  struct Prepared {
    ExtractionRequest request;
  };
  std::vector<Prepared> prepared;
  for (const CorpusCase& c : cases) {
    if (const auto now = ParseIsoInstant(c.now)) {
      prepared.push_back({{c.text, *now, c.tz, ParseLanguage(c.lang)}});
    }
  }
  for (const Prepared& p : prepared) (void)ExtractMeetings(p.request);
  std::vector<double> micros;
  micros.reserve(prepared.size() * repeat);
  std::size_t sink = 0;
  for (int r = 0; r < repeat; ++r) {
    for (const Prepared& p : prepared) {
      const auto begin = std::chrono::steady_clock::now();
      const auto result = ExtractMeetings(p.request);
      const auto elapsed = std::chrono::steady_clock::now() - begin;
      sink += result ? result->meetings.size() : 0;
      micros.push_back(std::chrono::duration<double, std::micro>(elapsed).count());
    }
  }
  if (sink == static_cast<std::size_t>(-1)) std::puts("");  // keep the calls observable
  std::sort(micros.begin(), micros.end());
  return micros;
}

// corpus.jsonl is required; the dev and test parts are scored when present.
chatfleet::Result<std::vector<CorpusCase>> LoadParts(const std::string& dir) {
  auto cases = LoadCorpus(dir + "/corpus.jsonl", "tuned");
  if (!cases) return cases;
  for (const auto& [file, part] : {std::pair{"/dev_part/dev_part.jsonl", "dev"},
                                   std::pair{"/test_part/test_part.jsonl", "test"},
                                   std::pair{"/test_part_2/test_part_2.jsonl", "test2"},
                                   std::pair{"/test_part_3/test_part_3.jsonl", "test3"},
                                   std::pair{"/test_part_4/test_part_4.jsonl", "test4"},
                                   std::pair{"/test_part_5/test_part_5.jsonl", "test5"},
                                   std::pair{"/test_part_6/test_part_6.jsonl", "test6"},
                                   std::pair{"/test_part_7/test_part_7.jsonl", "test7"},
                                   std::pair{"/test_part_8/test_part_8.jsonl", "test8"},
                                   std::pair{"/tune_part_1/tune_part_1.jsonl", "tune1"},
                                   std::pair{"/tune_part_2/tune_part_2.jsonl", "tune2"},
                                   std::pair{"/tune_part_3/tune_part_3.jsonl", "tune3"}}) {
    if (!std::filesystem::exists(dir + file)) continue;
    auto more = LoadCorpus(dir + file, part);
    if (!more) return more;
    cases->insert(cases->end(), more->begin(), more->end());
  }
  return cases;
}

// chrono-node's answers by case id; a line per case: {"id": ..., "starts": ["ISO", ...]}.
chatfleet::Result<std::map<std::string, std::vector<std::chrono::sys_seconds>>> LoadAnswers(
    const std::string& path) {
  std::ifstream in(path);
  if (!in) return chatfleet::Fail(chatfleet::Error::Fatal("cannot open " + path));
  std::map<std::string, std::vector<std::chrono::sys_seconds>> answers;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    boost::system::error_code ec;
    const auto root = boost::json::parse(line, ec);
    if (ec || !root.is_object() || !root.get_object().contains("id")) {
      return chatfleet::Fail(chatfleet::Error::Fatal(path + ": bad line " + line));
    }
    auto& starts = answers[std::string(root.at("id").as_string())];
    if (const auto* list = root.get_object().if_contains("starts"); list && list->is_array()) {
      for (const auto& s : list->get_array()) {
        if (!s.is_string()) continue;
        if (const auto instant = ParseIsoInstant(s.get_string())) starts.push_back(*instant);
      }
    }
  }
  return answers;
}

// A percentage, or "-" for a slice with nothing to count (a tag with no negatives).
std::string Percent(double ratio, int of) {
  if (of == 0) return "       -";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%7.1f%%", 100 * ratio);
  return buffer;
}

void PrintRow(const std::string& name, const SliceScore& s, const SliceScore* anchor) {
  std::printf("  %-24s %5d %s %s %s %s", name.c_str(), s.lines(),
              Percent(s.overall(), s.lines()).c_str(),
              Percent(s.first_start(), s.positives).c_str(),
              Percent(s.exact(), s.positives).c_str(), Percent(s.empty(), s.negatives).c_str());
  if (anchor != nullptr) {
    std::printf("   | %s %s %s", Percent(anchor->overall(), anchor->lines()).c_str(),
                Percent(anchor->first_start(), anchor->positives).c_str(),
                Percent(anchor->empty(), anchor->negatives).c_str());
  }
  std::printf("\n");
}

void PrintPart(const std::string& name, const PartScore& ours, const PartScore* chrono) {
  std::printf("part %s\n  %-24s %5s %8s %8s %8s %8s%s\n", name.c_str(), "slice", "lines", "overall",
              "first", "exact", "neg-empty",
              chrono ? "   | chrono: overall    first neg-empty" : "");
  const auto row = [&](const std::string& label, const SliceScore& s,
                       const std::map<std::string, SliceScore>* other, const std::string& key) {
    const SliceScore* anchor = nullptr;
    if (other != nullptr && other->contains(key)) anchor = &other->at(key);
    PrintRow(label, s, anchor);
  };
  PrintRow("all", ours.total, chrono ? &chrono->total : nullptr);
  for (const auto& [language, s] : ours.by_language) {
    row("lang " + language, s, chrono ? &chrono->by_language : nullptr, language);
  }
  for (const auto& [tag, s] : ours.by_tag) {
    row("tag " + tag, s, chrono ? &chrono->by_tag : nullptr, tag);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = ParseOptions(argc, argv);
  const auto cases = LoadParts(options.dir);
  if (!cases) {
    std::fprintf(stderr, "score-meetings: %s\n", cases.error().message.c_str());
    return 1;
  }
  const auto score = ScoreCorpus(*cases);
  std::map<std::string, PartScore> chrono;
  if (!options.chrono.empty()) {
    const auto answers = LoadAnswers(options.chrono);
    if (!answers) {
      std::fprintf(stderr, "score-meetings: %s\n", answers.error().message.c_str());
      return 1;
    }
    chrono = ScoreStarts(
        *cases,
        [&](const CorpusCase& c) {
          const auto it = answers->find(c.id);
          return it == answers->end() ? std::vector<std::chrono::sys_seconds>{} : it->second;
        },
        [](const CorpusCase&) { return std::string("(chrono-node)"); });
  }
  if (options.misses) {
    for (const auto& [name, part] : score) {
      if (!options.misses_part.empty() && name != options.misses_part) continue;
      for (const CorpusMiss& miss : part.misses) {
        std::printf("MISS %s  %s\n  expected: %s\n  got:      %s\n", miss.id.c_str(),
                    miss.text.c_str(), miss.expected.c_str(), miss.got.c_str());
      }
    }
  }
  std::printf(
      "meeting extraction on %s (%zu messages); overall = first start right on a "
      "positive, nothing on a negative\n",
      options.dir.c_str(), cases->size());
  for (const auto& [name, part] : score) {
    PrintPart(name, part, chrono.contains(name) ? &chrono.at(name) : nullptr);
  }
  const std::vector<double> micros = TimeExtractions(*cases, options.repeat);
  std::printf("extraction time per message over %zu runs: median %.1f us, p99 %.1f us\n",
              micros.size(), chatfleet::bench::PercentileOfSorted(micros, 0.5),
              chatfleet::bench::PercentileOfSorted(micros, 0.99));
  return 0;
}
