#pragma once
// The start the time grammar reads in a message with one time mention, for the clock tests.

#include <string_view>
#include <utility>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"
#include "workers/meetings/time_expression_parser.h"
#include "workers/meetings/time_resolver.h"

namespace chatfleet::meetings {

using HourMinute = std::pair<int, int>;

/// The one mention's start as a 24-hour (hour, minute), or (-1, -1) when there is none.
inline HourMinute StartOf(std::string_view text, Language language) {
  const auto mentions =
      ParseTimeExpressions(Tokenize(text), LexiconFor(language), NumericDateOrder::kDayMonth);
  if (mentions.size() != 1 || !mentions[0].start) return {-1, -1};
  const ClockTime& start = *mentions[0].start;
  return {Hour24(start, mentions[0].part), start.minute};
}

}  // namespace chatfleet::meetings
