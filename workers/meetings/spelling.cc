#include "workers/meetings/spelling.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "shared/core/utf8.h"
namespace chatfleet::meetings {
namespace {

// Long words only: a short one is too often another real word one edit away ("terca" and
// "cerca"). A six-letter word may still lose a letter of a seven-letter day ("суботу").
constexpr std::size_t kMinLetters = 7;

// Optimal string alignment distance, cut off above one: the words are short, and only "equal"
// or "one edit apart" matters.
bool WithinOneEdit(const std::u32string& a, const std::u32string& b) {
  if (a.size() > b.size() + 1 || b.size() > a.size() + 1) return false;
  std::size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  if (i == a.size() && i == b.size()) return true;
  const auto tail_equal = [](const std::u32string& x, std::size_t xi, const std::u32string& y,
                             std::size_t yi) {
    return x.size() - xi == y.size() - yi && std::equal(x.begin() + xi, x.end(), y.begin() + yi);
  };
  if (a.size() == b.size()) {
    if (tail_equal(a, i + 1, b, i + 1)) return true;  // substitution
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           tail_equal(a, i + 2, b, i + 2);  // neighbours swapped
  }
  return a.size() > b.size() ? tail_equal(a, i + 1, b, i) : tail_equal(a, i, b, i + 1);
}

bool Swapped(const std::u32string& a, const std::u32string& b) {
  if (a.size() != b.size()) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         std::equal(a.begin() + i + 2, a.end(), b.begin() + i + 2);
}

bool Known(const Lexicon& l, const std::vector<Token>& tokens, std::size_t i) {
  return l.weekdays.Match(tokens, i) || l.months.Match(tokens, i) ||
         l.day_offsets.Match(tokens, i) || l.events.Contains(tokens[i].text) ||
         l.cues.Contains(tokens[i].text) || l.markers.Contains(tokens[i].text) ||
         l.units.Contains(tokens[i].text) || l.title_stop_words.Contains(tokens[i].text);
}

// Real words one edit from a day name: "segundo" (second) is no Monday.
bool NearHomograph(std::string_view word) {
  static constexpr std::array<std::string_view, 6> kWords{"segundo",  "segundos", "weekday",
                                                          "weekdays", "mates",    "quina"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// "wensday", "tuseday", "satruday": English weekday misspellings keep the first two letters
// and the "day".
std::optional<std::string_view> EnglishWeekday(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kStarts{{
      {"mo", "monday"},
      {"tu", "tuesday"},
      {"we", "wednesday"},
      {"th", "thursday"},
      {"fr", "friday"},
      {"fi", "friday"},
      {"sa", "saturday"},
      {"su", "sunday"},
  }};
  if (word.size() < 5 || word.size() > 10 || !word.ends_with("day")) return std::nullopt;
  for (const auto& [start, day] : kStarts) {
    if (word.starts_with(start)) return day;
  }
  return std::nullopt;
}

std::size_t Letters(std::string_view word) { return CountCodePoints(word); }

// "Aprill", "срееду", "sabbado": one letter typed twice. Any length, since undoubling makes no
// new word of a real one often enough to matter among day and month names.
bool DoubledOnce(const std::u32string& typed, const std::u32string& target) {
  if (typed.size() != target.size() + 1) return false;
  for (std::size_t k = 1; k < typed.size(); ++k) {
    if (typed[k] != typed[k - 1]) continue;
    std::u32string once = typed;
    once.erase(k, 1);
    if (once == target) return true;
  }
  return false;
}

// A doubled letter made once names a day or month of five letters or fewer: "Aprill", "срееду".
std::optional<std::string> ShortNameUndoubled(const Lexicon& l, const std::u32string& letters) {
  if (letters.size() > 6) return std::nullopt;
  for (std::size_t k = 1; k < letters.size(); ++k) {
    if (letters[k] != letters[k - 1]) continue;
    std::string once;
    for (std::size_t j = 0; j < letters.size(); ++j) {
      if (j != k) AppendUtf8(once, letters[j]);
    }
    if (l.months.Contains(once) || l.weekdays.Contains(once)) return once;
  }
  return std::nullopt;
}

// "sabdo", "agsto": one inner letter left out of a six-letter name, the first two and the last
// letters kept (the parts a reader recognises the word by).
bool InnerLetterMissing(const std::u32string& typed, const std::u32string& target) {
  if (typed.size() + 1 != target.size() || typed.size() < 5) return false;
  if (typed[0] != target[0] || typed[1] != target[1] || typed.back() != target.back()) {
    return false;
  }
  return WithinOneEdit(typed, target);
}

// Spanish and Portuguese sound "b" and "v" alike: "bierns" is "viernes" typed by ear.
std::u32string SoundedV(std::u32string letters, Language language) {
  if ((language == Language::kEs || language == Language::kPt) && !letters.empty() &&
      letters[0] == U'b') {
    letters[0] = U'v';
  }
  return letters;
}

std::optional<std::string> Correction(const Lexicon& l, const std::string& word) {
  if (l.language == Language::kEn) {
    if (const auto day = EnglishWeekday(word)) return std::string(*day);
  }
  // Five letters at least: the shortest slip read here is "sabdo".
  if (Letters(word) < 5) return std::nullopt;
  const std::u32string typed = SoundedV(CodePoints(word), l.language);
  for (const auto& [target, spelling] : l.spelling_targets) {
    if (DoubledOnce(typed, target) || InnerLetterMissing(typed, target)) return spelling;
  }
  // Names shorter than the targets: "Aprill", "Junne".
  if (const auto once = ShortNameUndoubled(l, typed)) return once;
  const std::u32string& letters = typed;
  if (letters.size() + 1 < kMinLetters) return std::nullopt;
  for (const auto& [target, spelling] : l.spelling_targets) {
    // Six letters each: only two neighbours swapped ("зватра", "sabdao"), the commonest slip
    // and the one least likely to make another real word.
    if (std::max(letters.size(), target.size()) < kMinLetters) {
      if (Swapped(letters, target)) return spelling;
      continue;
    }
    if (target.size() + 1 == letters.size() && letters.back() == U's' &&
        std::equal(target.begin(), target.end(), letters.begin())) {
      return std::nullopt;  // a plural: "Fridays", "domingos"
    }
    if (WithinOneEdit(letters, target)) return spelling;
  }
  return std::nullopt;
}

}  // namespace

void CorrectSpelling(std::vector<Token>& tokens, const Lexicon& lexicon) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (t.kind != Token::Kind::kWord || t.text.size() < 5) continue;
    auto fixed = Correction(lexicon, t.text);
    if (!fixed || Known(lexicon, tokens, i) || NearHomograph(t.text)) continue;
    t.text = std::move(*fixed);
  }
}

}  // namespace chatfleet::meetings
