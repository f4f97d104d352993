#pragma once

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "shared/core/error.h"
#include "workers/recall/recall_store.h"

namespace chatfleet::bench {

/// One labelled case of tests/data/recall: a question and the fact it asks about.
struct RecallCase {
  std::string id;        // <lang>-<n>-<kind>
  std::string split;     // dev | test
  std::string language;  // en | ru | es | pt
  std::string kind;      // lexical | paraphrase
  std::string fact;
  std::string question;
};

/// The chatter around the facts: a user line or an acknowledgement of the bot.
struct FillerLine {
  std::string language;
  std::string role;  // user | assistant
  std::string text;
};

struct RecallSet {
  std::vector<RecallCase> cases;
  std::vector<FillerLine> filler;
};

/// Reads `dir`/facts.tsv and `dir`/filler.tsv; an error names the file and line.
Result<RecallSet> LoadRecallSet(const std::string& dir);

/// Where the fact came among the memories recalled for a case's question: 1-based, 0 = not
/// recalled.
struct CaseRank {
  const RecallCase* item = nullptr;
  int rank = 0;
};

/// Stores one conversation per case in the database at `database_url` (migrated): the fact 36
/// messages before the question, among filler and five other facts of its language. Cases of
/// `split` only ("" = all).
Status StoreConversations(const RecallSet& set, const std::string& split,
                          const std::string& database_url);

/// The ranking under test: RecallStore::Recall with or without meaning.
using RecallFunction =
    std::function<workers::RecallResult(const std::vector<workers::RecallQuery>&)>;

/// Asks each case's question (in batches, as the worker does) and finds the fact's rank.
Result<std::vector<CaseRank>> RankCases(const RecallSet& set, const std::string& split,
                                        const RecallFunction& recall);

struct Scores {
  int cases = 0;
  int hit1 = 0;
  int hit6 = 0;
  double reciprocal_sum = 0;
  double Hit1() const { return cases ? 100.0 * hit1 / cases : 0; }
  double Hit6() const { return cases ? 100.0 * hit6 / cases : 0; }
  double Mrr() const { return cases ? reciprocal_sum / cases : 0; }
};

/// Scores keyed by (kind, language); "all" stands for every kind or language.
using ScoreTable = std::map<std::pair<std::string, std::string>, Scores>;
ScoreTable Score(const std::vector<CaseRank>& ranks);

}  // namespace chatfleet::bench
