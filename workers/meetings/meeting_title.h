#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "workers/meetings/event_hits.h"
#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"
#include "workers/meetings/time_expression_parser.h"

namespace chatfleet::meetings {

/// The meeting's title in the writer's own spelling, first letter capitalized: the event noun
/// with up to two modifiers before it ("team meeting"), from the first of two event nouns joined
/// by words ("consulta com o dentista"), and a link with one or two words after it ("call with
/// Anna", "reunión de equipo"). An event verb gives the lexicon's default title ("Meeting").
/// `text` is the message the tokens index into. Pure.
std::string Title(std::string_view text, const std::vector<Token>& tokens, const EventHit& event,
                  const std::vector<EventHit>& events, const Lexicon& lexicon,
                  const std::vector<TimeMention>& mentions, const std::vector<int>& sentences);

/// The first letter in upper case: ASCII, Cyrillic а..я and Latin-1 à..þ. Pure.
std::string Capitalized(std::string title);

}  // namespace chatfleet::meetings
