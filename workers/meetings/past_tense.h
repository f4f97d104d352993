#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings {

/// Whether token i is a verb in the past tense by its form, not by a word list: "we played",
/// "Loved the play" (en, a pronoun or the sentence start before an -ed word), "мы играли"
/// (ru, a pronoun before an -л/-ла/-ли form), "visité", "jugó" (es, a stressed final é/ó in the
/// original spelling), "visitei", "jogou" (pt, -ei/-ou). Verbs that make plans in the past tense
/// ("we booked", "забронировали", "reservé", "marquei") are not past events and are excluded.
/// `text` is the message the tokens index into.
bool PastTenseVerb(const std::vector<Token>& tokens, std::size_t i, std::string_view text,
                   Language language);

/// es/pt first person plural "-amos"/"-imos" ("salimos", "saímos", "jugamos"): the preterite and
/// the present are one form, so a day ahead makes it a plan ("pasado mañana salimos") and it can
/// name the activity ("¿Cenamos el viernes?"). Irregular preterites ("tuvimos", "fuimos") are
/// not shared. `word` is normalized.
bool SharedPreteriteForm(std::string_view word, Language language);

}  // namespace chatfleet::meetings
