#pragma once

#include <string_view>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings {

/// The extractor's language when the caller gives none: Cyrillic reads as Russian; otherwise
/// the Latin-script lexicon (en, es, pt) that recognizes the most words wins, with "ñ ¿ ¡" and
/// "ã õ ç" as strong hints. Ties go to English.
Language GuessLanguage(std::string_view text, const std::vector<Token>& tokens);

}  // namespace chatfleet::meetings
