#pragma once

// Word helpers shared by the extractor's readers of the tokens (the stances, moods, past tense,
// reported speech and the extractor itself).
#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings::word_helpers {

using Words = std::initializer_list<std::string_view>;

inline bool OneOf(std::string_view word, Words words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

inline bool WordAt(const std::vector<Token>& tokens, std::size_t i) {
  return i < tokens.size() && tokens[i].kind == Token::Kind::kWord;
}

inline std::string_view TextAt(const std::vector<Token>& tokens, std::size_t i) {
  return i < tokens.size() ? std::string_view(tokens[i].text) : std::string_view{};
}

// Token i opens its sentence: the message's first, or the first after a sentence's end.
inline bool OpensSentence(const std::vector<Token>& tokens, std::size_t i) {
  return i == 0 || tokens[i - 1].EndsSentence();
}

// The previous token when it is a word of the same sentence.
inline std::string_view Before(const std::vector<Token>& tokens, std::size_t i) {
  return i > 0 && WordAt(tokens, i - 1) ? std::string_view(tokens[i - 1].text) : std::string_view{};
}

// The sentence of token i ends with a question mark: it asks the reader.
inline bool AsksTheReader(const std::vector<Token>& tokens, std::size_t i) {
  for (std::size_t k = i; k < tokens.size(); ++k) {
    if (tokens[k].EndsSentence()) return tokens[k].IsPunct('?');
  }
  return false;
}

inline bool Weekday(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l) {
  return WordAt(tokens, i) && l.weekdays.Match(tokens, i).has_value();
}

// "sundays", "domingos", "sextas": a weekday name with the plural -s its language adds.
inline bool PluralWeekday(std::string_view w, const Lexicon& l) {
  if (w.size() < 6 || !w.ends_with('s') || l.weekdays.Contains(w)) return false;
  // Whole names only: "thurs" and "tues" are abbreviations, not plurals.
  const std::string_view stem = w.substr(0, w.size() - 1);
  return (l.language != Language::kEn || stem.ends_with("day")) && l.weekdays.Contains(stem);
}

}  // namespace chatfleet::meetings::word_helpers
