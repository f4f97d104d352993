// chatfleet-score-recall: contextual recall on the labelled set (tests/data/recall) — hit@6,
// hit@1 and MRR per kind (lexical, paraphrase) and language, the lexical ranking beside the
// ranking fused with meaning, on the dev and the test part. Needs DATABASE_URL (it works in a
// schema of its own, dropped at the end) and, for the fused column, CHATFLEET_EMBEDDINGS_URL.
// Run it with `./fleet score-recall [--split=dev|test] [--misses] [--set=DIR]`.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

#include "bench/recall_rankings.h"
#include "bench/recall_set.h"
#include "tests/support/pg_schema.h"

namespace {

using namespace chatfleet;
using namespace chatfleet::bench;

struct Options {
  std::string set = CHATFLEET_SOURCE_DIR "/tests/data/recall";
  std::vector<std::string> splits{"dev", "test"};
  bool misses = false;
};

Options ParseOptions(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.starts_with("--set=")) {
      options.set = arg.substr(6);
    } else if (arg == "--split=dev" || arg == "--split=test") {
      options.splits = {std::string(arg.substr(8))};
    } else if (arg == "--misses") {
      options.misses = true;
    } else {
      std::fprintf(stderr,
                   "usage: chatfleet-score-recall [--set=DIR] [--split=dev|test] [--misses]\n");
      std::exit(2);
    }
  }
  return options;
}

void PrintTable(const std::string& split, const std::vector<std::string>& names,
                const std::vector<ScoreTable>& tables) {
  std::printf("\n%s part\n%-11s %-4s %5s", split.c_str(), "kind", "lang", "cases");
  for (const auto& name : names) {
    std::printf(" | %-8s hit@6  hit@1   MRR", name.c_str());
  }
  std::printf("\n");
  for (const auto& [key, first] : tables.front()) {
    std::printf("%-11s %-4s %5d", key.first.c_str(), key.second.c_str(), first.cases);
    for (std::size_t t = 0; t < tables.size(); ++t) {
      const Scores& s = tables[t].at(key);
      std::printf(" | %-8s %5.1f%% %5.1f%% %5.3f", "", s.Hit6(), s.Hit1(), s.Mrr());
    }
    std::printf("\n");
  }
}

int Run(const Options& options) {
  auto set = LoadRecallSet(options.set);
  if (!set) {
    std::fprintf(stderr, "chatfleet-score-recall: %s\n", set.error().message.c_str());
    return 1;
  }
  testing::TestSchema schema("score_recall");
  schema.Migrate();
  auto rankings = MakeRankings(schema.url());
  if (!rankings) {
    std::fprintf(stderr, "chatfleet-score-recall: %s\n", rankings.error().message.c_str());
    return 1;
  }
  if (auto stored = StoreConversations(*set, "", schema.url()); !stored) {
    std::fprintf(stderr, "chatfleet-score-recall: storing: %s\n", stored.error().message.c_str());
    return 1;
  }
  if (auto prepared = (*rankings)->Prepare(); !prepared) {
    std::fprintf(stderr, "chatfleet-score-recall: %s\n", prepared.error().message.c_str());
    return 1;
  }
  std::printf("recall set %s: %zu cases; rankings: %s\n", options.set.c_str(), set->cases.size(),
              (*rankings)->Description().c_str());
  for (const auto& split : options.splits) {
    std::vector<ScoreTable> tables;
    for (std::size_t r = 0; r < (*rankings)->names.size(); ++r) {
      auto ranks = RankCases(*set, split, (*rankings)->functions[r]);
      if (!ranks) {
        std::fprintf(stderr, "chatfleet-score-recall: %s\n", ranks.error().message.c_str());
        return 1;
      }
      if (options.misses) {
        for (const auto& rank : *ranks) {
          if (rank.rank == 1) continue;
          std::printf("%s %s rank %d: %s <- %s\n", (*rankings)->names[r].c_str(),
                      rank.item->id.c_str(), rank.rank, rank.item->question.c_str(),
                      rank.item->fact.c_str());
        }
      }
      tables.push_back(Score(*ranks));
    }
    PrintTable(split, (*rankings)->names, tables);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = ParseOptions(argc, argv);
  try {
    return Run(options);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "chatfleet-score-recall: %s\n", error.what());
    return 1;
  }
}
