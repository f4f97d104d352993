#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::followups {

using meetings::Token;

/// A tokenized message (lower case, diacritics folded, "ё" → "е": the meeting extractor's
/// tokenizer) and phrase lookups over it, for the follow-up stages' multilingual cue tables.
class CueText {
 public:
  explicit CueText(std::string_view text) : text_(text), tokens_(meetings::Tokenize(text)) {}

  const std::vector<Token>& tokens() const { return tokens_; }
  std::string_view text() const { return text_; }

  /// First match of any phrase in `table`: the value and the token index after the phrase.
  template <typename T>
  std::optional<std::pair<T, std::size_t>> Find(const meetings::PhraseTable<T>& table) const {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (const auto hit = table.Match(tokens_, i)) return std::pair{hit->value, i + hit->length};
    }
    return std::nullopt;
  }

 private:
  std::string_view text_;
  std::vector<Token> tokens_;
};

/// Where a subject typed after a cue ends: a sentence end or a comma, but not the dot of a
/// title ("Dr. Dan", "Sra. López").
inline bool EndsSubject(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  if (t.IsPunct(',')) return true;
  if (!t.EndsSentence()) return false;
  if (t.IsPunct('.') && i > 0) {
    for (std::string_view title : {"dr", "mr", "mrs", "ms", "st", "sr", "sra", "dra", "prof"}) {
      if (tokens[i - 1].IsWord(title)) return false;
    }
  }
  return true;
}

}  // namespace chatfleet::followups
