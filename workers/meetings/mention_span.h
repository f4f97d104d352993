#pragma once

// Token spans and the time mentions they sit beside: what the extractor's steps (the event
// words, the cues, the title) share when they look around a mention.
#include <algorithm>
#include <cstddef>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"
#include "workers/meetings/time_expression_parser.h"

namespace chatfleet::meetings {

/// An inclusive token range.
struct Span {
  std::size_t first = 0;
  std::size_t last = 0;
};

/// Token i belongs to one of the mentions' time expressions.
inline bool CoveredByMention(std::size_t i, const std::vector<TimeMention>& mentions) {
  return std::any_of(mentions.begin(), mentions.end(),
                     [i](const TimeMention& m) { return i >= m.first_token && i <= m.last_token; });
}

/// Tokens between a span and a mention; 0 when they overlap.
inline std::size_t Distance(Span a, const TimeMention& m) {
  if (a.last < m.first_token) return m.first_token - a.last;
  if (a.first > m.last_token) return a.first - m.last_token;
  return 0;
}

/// Every phrase of `table` in the tokens outside the mentions, left to right, longest first at
/// each token; `Hit` is built as {Span, value}.
template <typename T, typename Hit>
std::vector<Hit> FindPhraseHits(const PhraseTable<T>& table, const std::vector<Token>& tokens,
                                const std::vector<TimeMention>& mentions) {
  std::vector<Hit> hits;
  for (std::size_t i = 0; i < tokens.size();) {
    const auto match = CoveredByMention(i, mentions) ? std::nullopt : table.Match(tokens, i);
    if (!match) {
      ++i;
      continue;
    }
    hits.push_back({Span{i, i + match->length - 1}, match->value});
    i += match->length;
  }
  return hits;
}

}  // namespace chatfleet::meetings
