#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings {

/// A cue read from the grammar of the words at token i rather than from a word list:
/// - a chore: an obligation or a note to self followed by an infinitive that is not going
///   somewhere ("need to do laundry", "надо погладить", "tengo que lavar", "preciso lavar",
///   "não esquecer de pagar"), unless an event noun follows in the clause ("have to go to the
///   dentist" is a plan) → kNotPlan;
/// - a hypothetical: a conditional verb ("iríamos", "teríamos": -ríamos in the original
///   spelling) or "if/si/se" with a subjunctive or "would" ("if it were", "si lloviera", "se
///   chovesse") → kNotPlan;
/// - a negated first-person verb in Russian ("не успею", "не встречаемся") or a negation before a
///   clitic or "ir" in Spanish and Portuguese ("no nos vemos", "não vai dar") → kCancel.
/// `text` is the message the tokens index into.
std::optional<Cue> MoodCueAt(const std::vector<Token>& tokens, std::size_t i, std::string_view text,
                             const Lexicon& lexicon);

/// "if it were", "si tuviera", "se eu tivesse": a condition contrary to fact, which makes the
/// whole sentence unreal, its main clause too ("si tuviera tiempo, iría al partido").
bool OpensUnrealCondition(const std::vector<Token>& tokens, std::size_t i, Language language);

}  // namespace chatfleet::meetings
