#include "bench/recall_set.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <limits>
#include <sstream>

#include "workers/memory/history_row.h"
#include "workers/memory/history_writer.h"

namespace chatfleet::bench {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) fields.push_back(field);
  return fields;
}

// Lines of a TSV without its comment lines, each split on tabs; `columns` per line or an error
// naming the file and line.
Result<std::vector<std::vector<std::string>>> ReadTsv(const std::string& path,
                                                      std::size_t columns) {
  std::ifstream in(path);
  if (!in) return Fail(Error::Permanent("cannot read " + path));
  std::vector<std::vector<std::string>> rows;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line.starts_with('#')) continue;
    auto fields = SplitTabs(line);
    if (fields.size() != columns) {
      return Fail(Error::Permanent(path + ":" + std::to_string(number) + ": " +
                                   std::to_string(fields.size()) + " fields, expected " +
                                   std::to_string(columns)));
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

constexpr int kMessagesBefore = 36;  // the fact is this many messages before the question
constexpr int kDistractors = 5;      // other facts of the language in the conversation
constexpr int kDistractorEvery = 6;  // ... at every sixth position after the fact

std::string SentAt(int minute) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "2026-11-%02dT%02d:%02d:00Z", 1 + minute / 1440,
                minute / 60 % 24, minute % 60);
  return buffer;
}

workers::ConversationKey KeyOf(const RecallCase& item) {
  return {"recall", "bot", "telegram", item.id};
}

bool InSplit(const RecallCase& item, const std::string& split) {
  return split.empty() || item.split == split;
}

}  // namespace

Result<RecallSet> LoadRecallSet(const std::string& dir) {
  RecallSet set;
  auto facts = ReadTsv(dir + "/facts.tsv", 4);
  if (!facts) return Fail(facts.error());
  std::map<std::string, int> numbers;
  for (const auto& row : *facts) {
    const int n = ++numbers[row[0]];
    const std::string split = n % 2 == 1 ? "test" : "dev";
    const std::string stem = row[0] + "-" + std::to_string(n) + "-";
    set.cases.push_back({stem + "lexical", split, row[0], "lexical", row[1], row[2]});
    set.cases.push_back({stem + "paraphrase", split, row[0], "paraphrase", row[1], row[3]});
  }
  auto filler = ReadTsv(dir + "/filler.tsv", 3);
  if (!filler) return Fail(filler.error());
  for (const auto& row : *filler) set.filler.push_back({row[0], row[1], row[2]});
  return set;
}

Status StoreConversations(const RecallSet& set, const std::string& split,
                          const std::string& database_url) {
  std::map<std::string, std::vector<const std::string*>> facts, user_lines, acks;
  for (std::size_t i = 0; i < set.cases.size(); i += 2) {
    facts[set.cases[i].language].push_back(&set.cases[i].fact);
  }
  for (const auto& line : set.filler) {
    (line.role == "user" ? user_lines : acks)[line.language].push_back(&line.text);
  }
  std::vector<workers::HistoryRow> rows;
  int serial = 0;
  for (std::size_t c = 0; c < set.cases.size(); ++c) {
    const RecallCase& item = set.cases[c];
    if (!InSplit(item, split)) continue;
    const auto& own = facts[item.language];
    const auto& users = user_lines[item.language];
    const auto& bots = acks[item.language];
    if (users.empty() || bots.empty()) {
      return Fail(Error::Permanent("no filler for language " + item.language));
    }
    std::size_t fact_index = 0;
    while (own[fact_index] != &set.cases[c - c % 2].fact) ++fact_index;
    const auto key = KeyOf(item);
    auto add = [&](int position, const std::string& role, const std::string& text) {
      const std::string n = std::to_string(++serial);
      rows.push_back(workers::HistoryRow{
          .event_id = "e-" + n,
          .tenant = key.tenant,
          .bot = key.bot,
          .platform = key.platform,
          .conversation_id = key.conversation_id,
          .conversation_kind = "direct",
          .channel_id = std::nullopt,
          .user_id = role == "user" ? "person" : "bot",
          .user_name = role == "user" ? std::optional<std::string>("Sam") : std::nullopt,
          .role = role,
          .content = text,
          .source = "text",
          .platform_message_id = "m-" + n,
          .reply_to_message_id = std::nullopt,
          .sent_at = SentAt(position * 7),
          .received_at = SentAt(position * 7),
          .trace_id = "",
          .edited_at = std::nullopt,
          .language = item.language,
          .searchable = true});
    };
    // Even positions are the user's, odd ones the bot's answer to them.
    for (int position = 0; position < kMessagesBefore; ++position) {
      const std::size_t salt = c / 2 + static_cast<std::size_t>(position);
      if (position % 2 == 1) {
        add(position, "assistant", *bots[salt % bots.size()]);
      } else if (position == 0) {
        add(position, "user", item.fact);
      } else if (position % kDistractorEvery == 0 && position / kDistractorEvery <= kDistractors) {
        const std::size_t other = (fact_index + position / kDistractorEvery) % own.size();
        add(position, "user", *own[other]);
      } else {
        add(position, "user", *users[salt % users.size()]);
      }
    }
  }
  workers::HistoryWriter writer(database_url);
  auto written = writer.Write(rows);
  if (!written) return Fail(written.error());
  return {};
}

Result<std::vector<CaseRank>> RankCases(const RecallSet& set, const std::string& split,
                                        const RecallFunction& recall) {
  // The worker ranks a batch's messages in one query; 25 is a typical batch's conversations.
  constexpr std::size_t kBatch = 25;
  std::vector<const RecallCase*> items;
  for (const auto& item : set.cases) {
    if (InSplit(item, split)) items.push_back(&item);
  }
  std::vector<CaseRank> ranks;
  for (std::size_t start = 0; start < items.size(); start += kBatch) {
    std::vector<workers::RecallQuery> queries;
    for (std::size_t i = start; i < std::min(items.size(), start + kBatch); ++i) {
      queries.push_back({KeyOf(*items[i]), items[i]->language, items[i]->question,
                         std::numeric_limits<std::int64_t>::max()});
    }
    const auto result = recall(queries);
    if (result.outcome != workers::RecallOutcome::kOk) {
      return Fail(Error::Permanent("recall failed: " + result.error));
    }
    for (std::size_t i = 0; i < queries.size(); ++i) {
      CaseRank rank{items[start + i], 0};
      const auto& memories = result.memories[i];
      for (std::size_t m = 0; m < memories.size(); ++m) {
        if (memories[m].text == rank.item->fact) {
          rank.rank = static_cast<int>(m) + 1;
          break;
        }
      }
      ranks.push_back(rank);
    }
  }
  return ranks;
}

ScoreTable Score(const std::vector<CaseRank>& ranks) {
  ScoreTable table;
  for (const auto& rank : ranks) {
    for (const std::string& kind : {rank.item->kind, std::string("all")}) {
      for (const std::string& language : {rank.item->language, std::string("all")}) {
        Scores& scores = table[{kind, language}];
        ++scores.cases;
        if (rank.rank == 1) ++scores.hit1;
        if (rank.rank >= 1 && rank.rank <= 6) ++scores.hit6;
        if (rank.rank >= 1) scores.reciprocal_sum += 1.0 / rank.rank;
      }
    }
  }
  return table;
}

}  // namespace chatfleet::bench
