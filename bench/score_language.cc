// chatfleet-score-language: scores the reply-language chain (detection and the order of
// sources) on the labelled chat lines (tests/data/language/chat_lines.tsv) — accuracy per set,
// language and kind — and times the detection: the median and p99 of one DetectLanguage call.
// Run it with `./fleet score-language [--misses] [--repeat=N] [--corpus=PATH]`.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "bench/percentile.h"
#include "workers/personalization/language_corpus.h"
#include "workers/personalization/language_detector.h"

namespace {

using namespace chatfleet::workers;

struct Options {
  std::string corpus = CHATFLEET_SOURCE_DIR "/tests/data/language/chat_lines.tsv";
  bool misses = false;
  int repeat = 200;
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
                   "usage: chatfleet-score-language [--corpus=PATH] [--misses] [--repeat=N]\n");
      std::exit(2);
    }
  }
  return options;
}

// Every line `repeat` times after a warm-up pass; microseconds per call, sorted.
std::vector<double> TimeDetections(const std::vector<LanguageCase>& cases, int repeat) {
  for (const LanguageCase& line : cases) (void)DetectLanguage(line.text);
  std::vector<double> micros;
  micros.reserve(cases.size() * repeat);
  std::size_t sink = 0;
  for (int r = 0; r < repeat; ++r) {
    for (const LanguageCase& line : cases) {
      const auto begin = std::chrono::steady_clock::now();
      const Detection detection = DetectLanguage(line.text);
      const auto elapsed = std::chrono::steady_clock::now() - begin;
      sink += detection.language.size();
      micros.push_back(std::chrono::duration<double, std::micro>(elapsed).count());
    }
  }
  if (sink == static_cast<std::size_t>(-1)) std::puts("");  // keep the calls observable
  std::sort(micros.begin(), micros.end());
  return micros;
}

void PrintRows(const char* heading, const std::map<std::string, Tally>& rows) {
  for (const auto& [name, tally] : rows) {
    std::printf("  %-9s %-9s %4d/%-4d %6.1f%%\n", heading, name.c_str(), tally.right, tally.total,
                tally.percent());
  }
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = ParseOptions(argc, argv);
  const auto cases = LoadLanguageCorpus(options.corpus);
  if (!cases) {
    std::fprintf(stderr, "score-language: %s\n", cases.error().message.c_str());
    return 1;
  }
  const LanguageScore score = ScoreLanguageCorpus(*cases);
  if (options.misses) {
    for (const LanguageMiss& miss : score.misses) {
      std::printf("MISS %-4s %-8s expected %s got %s (%s, previous %s)  %s\n",
                  miss.line.set.c_str(), miss.line.kind.c_str(), miss.line.expected.c_str(),
                  miss.got.c_str(), chatfleet::v1::LanguageSource_Name(miss.source).c_str(),
                  miss.line.previous.empty() ? "-" : miss.line.previous.c_str(),
                  miss.line.text.c_str());
    }
  }
  std::printf("reply language on %s (%zu lines)\n", options.corpus.c_str(), cases->size());
  for (const auto& [set, s] : score.by_set) {
    std::printf("%s: %d/%d %.1f%%\n", set.c_str(), s.all.right, s.all.total, s.all.percent());
    PrintRows("language", s.by_language);
    PrintRows("kind", s.by_kind);
  }
  const std::vector<double> micros = TimeDetections(*cases, options.repeat);
  std::printf("detection time per message over %zu runs: median %.2f us, p99 %.2f us\n",
              micros.size(), chatfleet::bench::PercentileOfSorted(micros, 0.5),
              chatfleet::bench::PercentileOfSorted(micros, 0.99));
  return 0;
}
