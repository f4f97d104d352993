#pragma once

// Who a word names, for the readers of whose plan a sentence states (reported_speech.cc): the
// writer or the reader, a third person, a possessive before one, and the fillers a spoken
// sentence opens with.
#include <cstddef>
#include <string_view>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings::person_words {

/// The writer or the reader as a pronoun or, where the language marks it on the verb, a verb's
/// person: "I", "we", "you", "мы", "едем", "приходите", "nos", "vamos", "a gente".
bool FirstOrSecondPerson(std::string_view w, Language language);

/// "brother", "parents", "мама", "родители", "hermana", "pais": a person the writer speaks of.
/// Russian in the nominative (a subject).
bool PersonNoun(std::string_view w, Language language);

/// Russian persons in the genitive, after "у" ("у мамы", "у шефа", "у него").
bool RussianPersonGenitive(std::string_view w);

/// "my", "his", "your", "мой", "его", "mis", "meus": before a person noun it makes a third
/// person of the whole phrase ("your brother" is neither the writer nor the reader).
bool PossessiveBeforePerson(std::string_view w, Language language);

/// "so", "well", "ну", "короче", "pues", "pois é": what a spoken sentence opens with before its
/// subject. Returns how many tokens at `k` are such a filler (0 when none).
std::size_t OpeningFiller(const std::vector<Token>& tokens, std::size_t k, Language language);

/// The token was typed with a capital letter (Latin, Latin-1 or Cyrillic): a name, when it does
/// not open the sentence.
bool TypedCapitalized(std::string_view text, const Token& token);

}  // namespace chatfleet::meetings::person_words
