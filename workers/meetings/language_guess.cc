#include "workers/meetings/language_guess.h"

#include <array>

namespace chatfleet::meetings {
namespace {

int Hits(const Lexicon& l, const std::vector<Token>& tokens) {
  int hits = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != Token::Kind::kWord || tokens[i].text.size() < 2) continue;
    if (l.weekdays.Match(tokens, i) || l.months.Match(tokens, i) ||
        l.day_offsets.Match(tokens, i) || l.events.Match(tokens, i) ||
        l.day_parts.Match(tokens, i) || l.cues.Match(tokens, i) ||
        l.number_words.Match(tokens, i) || l.title_stop_words.Match(tokens, i) ||
        l.units.Match(tokens, i)) {
      ++hits;
    }
  }
  return hits;
}

int Count(std::string_view text, std::initializer_list<std::string_view> needles) {
  int count = 0;
  for (std::string_view needle : needles) {
    for (std::size_t at = text.find(needle); at != std::string_view::npos;
         at = text.find(needle, at + needle.size())) {
      ++count;
    }
  }
  return count;
}

}  // namespace

Language GuessLanguage(std::string_view text, const std::vector<Token>& tokens) {
  for (unsigned char c : text) {
    if (c == 0xD0 || c == 0xD1) return Language::kRu;  // lead byte of U+0400..U+047F
  }
  const int en = Hits(LexiconFor(Language::kEn), tokens);
  const int es =
      Hits(LexiconFor(Language::kEs), tokens) + 3 * Count(text, {"ñ", "Ñ", "¿", "¡", "ió"});
  const int pt =
      Hits(LexiconFor(Language::kPt), tokens) + 3 * Count(text, {"ã", "õ", "ç", "Ã", "Ç", "ão"});
  if (en >= es && en >= pt) return Language::kEn;
  return es >= pt ? Language::kEs : Language::kPt;
}

}  // namespace chatfleet::meetings
