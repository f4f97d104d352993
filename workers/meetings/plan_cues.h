#pragma once

#include <string_view>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/mention_span.h"
#include "workers/meetings/stance_cues.h"
#include "workers/meetings/text_tokens.h"
#include "workers/meetings/time_expression_parser.h"

namespace chatfleet::meetings {

/// A word that may take a mention's plan away (a past, a cancellation, a deadline, a non-plan)
/// or mark its time as a new one (a move, "instead").
struct CueHit {
  Span span;
  Cue cue;
  // es/pt first person plural "-amos"/"-imos" (SharedPreteriteForm): the preterite and the
  // present are one form, so a day ahead makes it a plan ("pasado mañana salimos").
  bool present_too = false;
  // Read from a verb's form, not from the lexicon ("Haunted house tour tonight" starts with an
  // -ed adjective): an explicit future word outweighs it.
  bool by_form = false;
  // Most cues hold for their clause; a timetable's days and hours sit in separate clauses
  // ("10am to 6pm, Tuesday to Sunday"), a report of another's plan may sit past a comma, and a
  // joke takes back the whole message.
  enum class Scope { kClause, kSentence, kMessage };
  Scope scope = Scope::kClause;
  // A reporting verb ("she said", "Маша сказала, что") reports what follows it: a plan stated
  // before it ("Dinner at Jess's Saturday at 7, she said bring wine") is the writer's own.
  bool reports_what_follows = false;
  // The cue takes only a mention its span touches: a clock change is about the time said
  // beside it (its span is ClockChangeStretch), not a plan elsewhere in its clause.
  bool touching_only = false;
};

/// A measure, a whereabouts, a note to self or the weather only says what the clause's words
/// are about (a quantity, a place, a chore), so it outweighs only a guessed activity.
bool ReadsTheWords(Stance stance);

/// Every cue of a message outside its mentions: the lexicon's cue words (less the polite
/// requests, the thinking aloud and the arrivals they misread), the cues read from the words'
/// form (past tense, moods, others' plans; past_tense.h, mood_cues.h, reported_speech.h) and
/// the stances that state no plan (`stances`, from FindStanceCues). `text` is the message the
/// tokens index into. Pure.
std::vector<CueHit> FindPlanCues(const std::vector<Token>& tokens, std::string_view text,
                                 const std::vector<TimeMention>& mentions, const Lexicon& lexicon,
                                 const std::vector<StanceCue>& stances);

}  // namespace chatfleet::meetings
