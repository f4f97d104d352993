#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chatfleet::meetings {

/// A token of a chat message after normalization (lower case, Latin diacritics stripped,
/// "ё" folded to "е", "a.m."/"p.m." folded to "am"/"pm"), with the byte range it came from in
/// the original text so titles can quote the user's own spelling.
struct Token {
  enum class Kind { kWord, kNumber, kPunct };
  Kind kind = Kind::kWord;
  std::string text;  // normalized
  int value = 0;     // kNumber only
  int digits = 0;    // kNumber only: how many digits were typed ("09" → 2)
  std::size_t begin = 0;
  std::size_t end = 0;
  bool space_before = false;  // whitespace between this token and the previous one

  bool IsWord(std::string_view word) const { return kind == Kind::kWord && text == word; }
  bool IsPunct(char c) const { return kind == Kind::kPunct && text.size() == 1 && text[0] == c; }
  bool IsNumber() const { return kind == Kind::kNumber; }
  /// Sentence ends: '.', '!', '?', ';', a new line (kept as "\n").
  bool EndsSentence() const;
};

/// Splits `text` into words (letters, digits-free, hyphens inside words kept: "meio-dia",
/// "segunda-feira"), numbers (ASCII digits) and single punctuation marks; other characters
/// (emoji, symbols) are dropped. Invalid UTF-8 bytes are skipped, never thrown on.
std::vector<Token> Tokenize(std::string_view text);

/// Lower case and diacritic folding of one UTF-8 string, as Tokenize applies it to words.
std::string NormalizeWord(std::string_view word);

/// The code points of a UTF-8 string; invalid bytes are skipped.
std::u32string CodePoints(std::string_view text);

}  // namespace chatfleet::meetings
