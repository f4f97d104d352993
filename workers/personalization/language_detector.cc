#include "workers/personalization/language_detector.h"

#include <cld2/public/compact_lang_det.h>

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "shared/core/utf8.h"
#include "workers/personalization/language_lexicon.h"

namespace chatfleet::workers {
namespace {

struct Letters {
  std::size_t latin = 0;
  std::size_t cyrillic = 0;
  std::size_t hebrew = 0;
  // Words (runs of letters) by the script of their first letter.
  std::size_t latin_words = 0;
  std::size_t cyrillic_words = 0;
  std::size_t hebrew_words = 0;
  std::size_t total() const { return latin + cyrillic + hebrew; }
};

bool IsLatinLetter(std::uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

enum class Script { kNone, kLatin, kCyrillic, kHebrew };

Script ScriptOf(std::uint32_t c) {
  if (IsLatinLetter(c)) return Script::kLatin;
  if (c >= 0x400 && c <= 0x4FF) return Script::kCyrillic;
  if (c >= 0x590 && c <= 0x5FF) return Script::kHebrew;
  return Script::kNone;
}

Letters CountLetters(std::string_view text) {
  Letters letters;
  Script previous = Script::kNone;
  for (std::size_t i = 0; i < text.size();) {
    const Script script = ScriptOf(NextCodePoint(text, i));
    const bool starts_word = script != Script::kNone && previous == Script::kNone;
    previous = script;
    switch (script) {
      case Script::kLatin:
        ++letters.latin;
        letters.latin_words += starts_word ? 1 : 0;
        break;
      case Script::kCyrillic:
        ++letters.cyrillic;
        letters.cyrillic_words += starts_word ? 1 : 0;
        break;
      case Script::kHebrew:
        ++letters.hebrew;
        letters.hebrew_words += starts_word ? 1 : 0;
        break;
      case Script::kNone:
        break;
    }
  }
  return letters;
}

// Lowercase ASCII and the Latin-1 capitals of Spanish and Portuguese, keep letters, turn the
// rest into spaces: enough to look short Latin-script words up.
std::string Normalize(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    std::uint32_t c = NextCodePoint(text, i);
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) c += 32;
    if (c < 0x80) {
      out += (IsLatinLetter(c) || c == '\'') ? static_cast<char>(c) : ' ';
    } else if (IsLatinLetter(c)) {
      AppendUtf8(out, c);  // the letter, possibly lowered
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

// Letters and marks only one of the supported Latin-script languages writes.
std::string_view LanguageOfMark(std::uint32_t c) {
  switch (c) {
    case 0xF1:  // ñ
    case 0xD1:
    case 0xBF:  // ¿
    case 0xA1:  // ¡
      return "es";
    case 0xE3:  // ã
    case 0xC3:
    case 0xF5:  // õ
    case 0xD5:
    case 0xE7:  // ç
    case 0xC7:
      return "pt";
    default:
      return "";
  }
}

struct Votes {
  std::unordered_map<std::string, int> count;
  // The language with the most votes; "" when none or tied.
  std::string Winner() const {
    std::string best;
    int best_votes = 0;
    bool tie = false;
    for (const auto& [language, votes] : count) {
      if (votes > best_votes) {
        best = language;
        best_votes = votes;
        tie = false;
      } else if (votes == best_votes) {
        tie = true;
      }
    }
    return tie ? "" : best;
  }
  int Of(const std::string& language) const {
    const auto found = count.find(language);
    return found == count.end() ? 0 : found->second;
  }
};

// Links say nothing of the language around them ("com" is Portuguese for "with").
std::string WithoutLinks(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t space = std::min(text.find_first_of(" \t\r\n", start), text.size());
    const std::string_view word = text.substr(start, space - start);
    const bool link = word.find("://") != std::string_view::npos || word.starts_with("www.");
    if (!link) out.append(word);
    if (space < text.size()) out += text[space];
    start = space + 1;
  }
  return out;
}

Votes LexiconVotes(std::string_view text) {
  Votes votes;
  for (std::size_t i = 0; i < text.size();) {
    if (const std::string_view language = LanguageOfMark(NextCodePoint(text, i));
        !language.empty()) {
      ++votes.count[std::string(language)];
    }
  }
  const std::string normalized = Normalize(text);
  std::size_t start = 0;
  while (start < normalized.size()) {
    const std::size_t end = std::min(normalized.find(' ', start), normalized.size());
    if (end > start) {
      const std::string_view word(normalized.data() + start, end - start);
      if (const std::string_view language = LexiconLanguage(word); !language.empty()) {
        ++votes.count[std::string(language)];
      }
    }
    start = end + 1;
  }
  return votes;
}

std::string Supported(CLD2::Language language) {
  switch (language) {
    case CLD2::ENGLISH:
      return "en";
    case CLD2::RUSSIAN:
      return "ru";
    case CLD2::SPANISH:
      return "es";
    case CLD2::PORTUGUESE:
      return "pt";
    case CLD2::HEBREW:
      return "he";
    default:
      return "";
  }
}

}  // namespace

Detection DetectLanguage(std::string_view original, const DetectorOptions& options) {
  const std::string text = WithoutLinks(original);
  const Letters letters = CountLetters(text);
  if (letters.total() == 0) return {};
  // Among the supported languages the script alone decides Hebrew and Russian.
  const bool long_enough = letters.total() >= options.min_letters;
  if (letters.hebrew * 2 > letters.total()) return {"he", long_enough};
  if (letters.cyrillic * 2 > letters.total()) return {"ru", long_enough};
  // A few words of it among Latin ones (names of tools, loans) still say who writes: a Russian
  // speaker's grammar around English nouns. Never confident, so it moves no established user.
  const auto speaks = [&](std::size_t words) {
    return words >= 2 || (words >= 1 && words >= letters.latin_words);
  };
  if (speaks(letters.hebrew_words)) return {"he", false};
  if (speaks(letters.cyrillic_words)) return {"ru", false};

  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()), true, top3, percent3,
                                 &text_bytes, &reliable);
  const std::string detected = reliable ? Supported(top3[0]) : "";
  const Votes votes = LexiconVotes(text);
  const std::string lexical = votes.Winner();
  // Confident: long enough, CLD2 sure, and no chat word of another language outvoting it
  // (transliterated Russian reads as English or Slovak to CLD2).
  const bool outvoted =
      !lexical.empty() && lexical != detected && votes.Of(lexical) > votes.Of(detected);
  if (letters.total() >= options.min_latin_letters && !detected.empty() &&
      percent3[0] >= options.min_percent && !outvoted) {
    return {detected, true};
  }
  // Short text: the chat words, else CLD2's guess when it is a supported language (never
  // confident).
  if (!lexical.empty()) return {lexical, false};
  if (!detected.empty()) return {detected, false};
  return {};
}

}  // namespace chatfleet::workers
