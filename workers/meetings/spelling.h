#pragma once

#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings {

/// Rewrites misspelt day and month words to the lexicon's spelling, so the time grammar reads
/// "wensday", "febuary", "thrusday", "воскресенье" typed "воскресене": a word of seven or more
/// letters one edit (insertion, deletion, substitution or swap of neighbours) from a single-word
/// weekday, month or day word, and in English a word ending in "day" whose first two letters
/// are a weekday's. Words the lexicon knows, plurals ("Fridays" is a habit, not a day) and the
/// language's near-homographs ("segundo") are left alone. Only the normalized text changes;
/// byte ranges still quote the user's spelling.
void CorrectSpelling(std::vector<Token>& tokens, const Lexicon& lexicon);

}  // namespace chatfleet::meetings
