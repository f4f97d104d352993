#pragma once

#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings {

/// Clause number of every token: sentences (`sentences`, from SentenceIndex) split further at
/// commas, colons before words (not inside "14:00") and "but" / "но" / "pero" / "mas" /
/// "however", so "the old call was cancelled, the new one is Friday at 3" rejects only the
/// first half. Pure.
std::vector<int> ClauseIndex(const std::vector<Token>& tokens, const std::vector<int>& sentences);

/// Consequence number of every token: sentences split where a consequence opens ("so", "так
/// что", "así que", "então", "por isso"). What follows is the writer's own statement, so the
/// cues that hold for a sentence (a report, a supposition) stop at it ("Маша сказала, что
/// придёт, так что собираемся в субботу"); a cue past it does not take the plan before it back
/// ("the dentist at 4 so I can't do the school run"). Pure.
std::vector<int> ConsequenceIndex(const std::vector<Token>& tokens,
                                  const std::vector<int>& sentences, Language language);

}  // namespace chatfleet::meetings
