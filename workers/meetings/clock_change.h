#pragma once

#include <cstddef>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/mention_span.h"
#include "workers/meetings/text_tokens.h"
#include "workers/meetings/time_expression_parser.h"

namespace chatfleet::meetings {

/// The clock itself changes at token i: a noun of the change ("daylight saving", "el cambio de
/// hora", "horário de verão", "перевод часов"), a clock noun beside a verb of changing it ("the
/// clocks go back", "se atrasan los relojes", "ya con la hora cambiada", "a hora muda", "часы
/// переведут"), or one time becoming another ("a las dos serán las tres", "às 2h voltam a ser
/// 1h"). `in_time[k]` says token k belongs to a time mention. Pure.
bool ClockChangeAt(const std::vector<Token>& tokens, std::size_t i,
                   const std::vector<bool>& in_time, Language language);

/// The stretch around the clock change at token i that says nothing else: its own words, times,
/// markers, articles and amounts ("the clocks go forward an hour at 1am next Sunday 29 March").
/// A mention inside it is the change's time; one past a word that names something else ("в
/// одиннадцать едем к бабушке на дачу часы переведут", "at 9 we leave for the sugar bush so
/// remember the clocks go forward") is a plan beside it. Pure.
Span ClockChangeStretch(const std::vector<Token>& tokens, std::size_t i,
                        const std::vector<TimeMention>& mentions, const Lexicon& lexicon);

}  // namespace chatfleet::meetings
