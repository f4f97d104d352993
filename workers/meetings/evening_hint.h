#pragma once

#include <vector>

#include "workers/meetings/text_tokens.h"
#include "workers/meetings/time_expression_parser.h"

namespace chatfleet::meetings {

/// "dinner 2moro @ 7", "часов в 7 после работы", "drinks at 8": a bare hour from 7 to 11 (to 10
/// for a night out: a bar, a film, a party, "game night") in a sentence about an evening
/// activity is that evening's; so is a bare 7 or 8 with a day said ("Friday 7:30 the Nutcracker
/// auditions", "el viernes a las 8 carne asada") unless the sentence names something done by day
/// (work, school, an appointment, travel, exercise, breakfast, a market). The mention comes back
/// with its start's part set to the evening. A time with a meridiem, a part of the day or typed
/// in 24 h is left as it is. The activity is read between the timed mentions either side of
/// `m` in its sentence (`mentions`, every mention of the message). Pure.
TimeMention WithEveningHint(TimeMention m, const std::vector<Token>& tokens,
                            const std::vector<int>& sentences,
                            const std::vector<TimeMention>& mentions);

}  // namespace chatfleet::meetings
