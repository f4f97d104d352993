#pragma once

#include <vector>

#include "workers/meetings/event_hits.h"
#include "workers/meetings/lexicon.h"
#include "workers/meetings/plan_cues.h"
#include "workers/meetings/stance_cues.h"
#include "workers/meetings/text_tokens.h"
#include "workers/meetings/time_expression_parser.h"

namespace chatfleet::meetings {

/// The sentence structure a mention's cues are weighed in: sentence, clause and consequence
/// number of every token (SentenceIndex, ClauseIndex, ConsequenceIndex).
struct MessageStructure {
  std::vector<int> sentences;
  std::vector<int> clauses;
  std::vector<int> consequences;
};

/// Whether the cues take the mention's plan away: a deadline right before its time, a non-plan
/// in its clause (or its sentence, up to a consequence, or the message, by the cue's scope), a
/// past, cancellation or deadline in its clause or the event's, unless a new time follows a
/// move or the form is also the present for a day ahead. Pure.
bool Rejected(const TimeMention& m, const EventHit& event, const std::vector<CueHit>& cues,
              const MessageStructure& structure);

/// "Планёрку в четверг в 10 перенесли", "the 3pm call moved to 4": a time before the verb that
/// moves the plan, in its sentence, is the time the plan leaves; so is one it moves from
/// ("переносим с четверга на пятницу", "moved from Thursday to Friday"). Pure.
bool LeftByAMove(const TimeMention& m, const std::vector<CueHit>& cues,
                 const std::vector<Token>& tokens, const Lexicon& lexicon,
                 const std::vector<int>& sentences);

/// "Tomorrow afternoon high of 15 degrees", "Я на работе завтра с 9": the words a guessed
/// activity would come from report a quantity, a place, a chore or the weather (ReadsTheWords).
bool WordsAreNoActivity(const TimeMention& m, const std::vector<StanceCue>& stances,
                        const std::vector<int>& clauses);

}  // namespace chatfleet::meetings
