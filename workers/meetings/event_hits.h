#pragma once

#include <optional>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/mention_span.h"
#include "workers/meetings/text_tokens.h"
#include "workers/meetings/time_expression_parser.h"

namespace chatfleet::meetings {

/// Where a message names an event ("meeting", "созвон", "cita", or a guessed activity) and how
/// strongly: a noun titles the meeting, a verb ("meet") leaves the default title.
struct EventHit {
  Span span;
  EventStrength strength;
};

/// The lexicon's event words outside the time mentions, in token order. Pure.
std::vector<EventHit> FindEvents(const Lexicon& lexicon, const std::vector<Token>& tokens,
                                 const std::vector<TimeMention>& mentions);

/// The event a mention belongs to: the nearest in its sentence, else one in a neighbouring
/// sentence within 12 tokens ("Dentist! Tomorrow at 9"); ties go to the one before the time.
/// `same_sentence` says which it was. Pure.
struct NearEvent {
  EventHit event;
  bool same_sentence = false;
};
std::optional<NearEvent> NearestEvent(const TimeMention& m, const std::vector<EventHit>& events,
                                      const std::vector<int>& sentences);

/// A plan whose activity no lexicon names ("school play Friday at 6pm", "новоселье в субботу в
/// 15:00"): the nearest run of content words in the mention's sentence, moved back across a
/// link to the phrase it hangs on ("school play at Masha's"); with no content word, a proposal
/// ("давай в субботу в 14:00") is the event. Only for a mention that names both a day (or
/// proposes) and a time, so a bare "it's 3pm" stays no plan. Pure.
std::optional<EventHit> ImplicitActivity(const TimeMention& m, const std::vector<Token>& tokens,
                                         const std::vector<int>& sentences, const Lexicon& lexicon,
                                         const std::vector<TimeMention>& mentions);

}  // namespace chatfleet::meetings
