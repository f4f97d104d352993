#pragma once

#include "workers/meetings/lexicon.h"

namespace chatfleet::meetings {

/// Adds to `l` (by its language) the words that say a clock time in words: the minutes said
/// before the hour ("half past", "quarter to", "без четверти"), after it ("y media", "e um
/// quarto", "thirty"), and the Russian hour under way ("в половине седьмого" is 6:30,
/// "полпятого" 4:30) with the ordinals it counts by.
void AddSpokenClockWords(Lexicon& l);

}  // namespace chatfleet::meetings
