#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "workers/followups/cue_matcher.h"

namespace chatfleet::followups {

/// "I don't need X" in en, ru, es, pt or he: what the user explicitly turned down.
struct Negation {
  std::string subject;  // "dan with the filling", "дан с пломбой": as typed, trimmed
};

/// Finds an explicit negation of need ("I don't need X", "мне не нужен X", "no necesito X",
/// "não preciso de X", "אני לא צריך X", also "I don't want X", "forget about X"). The subject
/// runs to the end of the sentence. nullopt when there is none or nothing follows the cue.
std::optional<Negation> DetectNegation(std::string_view message);
/// The same over a message already tokenized (the state machine tokenizes once).
std::optional<Negation> DetectNegation(const CueText& message);

/// Whether a negated subject names a pending item: a content word of one shares a stem with a
/// content word of the other ("пломбой" ~ "пломбу", "Dan" ~ "Dan's", "veneers" ~ "veneer").
/// Case- and diacritic-insensitive; words under three letters are ignored.
bool SameSubject(std::string_view negated, std::string_view pending);

}  // namespace chatfleet::followups
