// chatfleet-score-meetings: scores the meeting extractor on the labelled corpus
// (tests/data/meetings/corpus.jsonl) — exact-minute start accuracy per language, false
// positives on negatives — and times it: the median and p99 of one extraction.
// Run it with `./fleet score-meetings [--misses] [--repeat=N] [--corpus=PATH]`.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "workers/meetings/corpus_score.h"
#include "workers/meetings/iso_time.h"
#include "workers/meetings/meeting_extractor.h"

namespace {

using namespace chatfleet::meetings;

struct Options {
  std::string corpus = CHATFLEET_SOURCE_DIR "/tests/data/meetings/corpus.jsonl";
  bool misses = false;
  int repeat = 50;
};

Options ParseOptions(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.starts_with("--corpus=")) {
      options.corpus = arg.substr(9);
    } else if (arg == "--misses") {
      options.misses = true;
    } else if (arg.starts_with("--repeat=")) {
      options.repeat = std::max(1, std::atoi(arg.substr(9).data()));
    } else {
      std::fprintf(stderr,
                   "usage: chatfleet-score-meetings [--corpus=PATH] [--misses] [--repeat=N]\n");
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

double Percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(p * sorted.size()))];
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = ParseOptions(argc, argv);
  const auto cases = LoadCorpus(options.corpus);
  if (!cases) {
    std::fprintf(stderr, "score-meetings: %s\n", cases.error().message.c_str());
    return 1;
  }
  const CorpusScore score = ScoreCorpus(*cases);
  if (options.misses) {
    for (const CorpusMiss& miss : score.misses) {
      std::printf("MISS %s  %s\n  expected: %s\n  got:      %s\n", miss.id.c_str(),
                  miss.text.c_str(), miss.expected.c_str(), miss.got.c_str());
    }
  }
  std::printf("meeting extraction on %s (%zu messages)\n", options.corpus.c_str(), cases->size());
  std::printf("%-6s %9s %9s %10s %9s %9s\n", "lang", "positive", "exact", "accuracy", "negative",
              "false+");
  const auto row = [](const std::string& name, const LanguageScore& s) {
    std::printf("%-6s %9d %9d %9.1f%% %9d %8.1f%%\n", name.c_str(), s.positives, s.exact,
                100 * s.accuracy(), s.negatives, 100 * s.false_positive_rate());
  };
  for (const auto& [language, s] : score.by_language) row(language, s);
  row("all", score.total);
  std::printf("of which the holdout set (written after tuning):\n");
  for (const auto& [language, s] : score.holdout_by_language) row(language, s);
  const std::vector<double> micros = TimeExtractions(*cases, options.repeat);
  std::printf("extraction time per message over %zu runs: median %.1f us, p99 %.1f us\n",
              micros.size(), Percentile(micros, 0.5), Percentile(micros, 0.99));
  return 0;
}
