#include "workers/meetings/meeting_title.h"

#include <cstddef>

#include "workers/meetings/mention_span.h"

namespace chatfleet::meetings {
namespace {

bool TitleWord(const Token& t, std::size_t i, const Lexicon& l, const std::vector<Token>& tokens,
               const std::vector<TimeMention>& mentions) {
  return t.kind != Token::Kind::kPunct && !CoveredByMention(i, mentions) &&
         !l.title_stop_words.Match(tokens, i) && !l.cues.Match(tokens, i) &&
         !l.markers.Match(tokens, i) && !l.day_offsets.Match(tokens, i) &&
         !l.weekdays.Match(tokens, i);
}

// "consulta com o dentista", "appointment with the dentist": the phrase starts at the first of
// two event nouns joined by words only; then up to two modifiers before the noun: "team
// meeting", "weekly sync", "важная встреча".
std::size_t TitleFirst(std::size_t first, const std::vector<Token>& tokens,
                       const std::vector<EventHit>& events, const Lexicon& l,
                       const std::vector<TimeMention>& mentions,
                       const std::vector<int>& sentences) {
  for (const EventHit& e : events) {
    if (e.strength != EventStrength::kNoun || e.span.last >= first || e.span.last + 4 < first ||
        sentences[e.span.first] != sentences[first]) {
      continue;
    }
    bool joined = true;
    for (std::size_t i = e.span.last + 1; i < first && joined; ++i) {
      joined = tokens[i].kind == Token::Kind::kWord && !CoveredByMention(i, mentions);
    }
    if (joined) first = e.span.first;
  }
  for (int k = 0; k < 2 && first > 0; ++k) {
    const std::size_t i = first - 1;
    if (sentences[i] != sentences[first] || tokens[i].kind != Token::Kind::kWord ||
        !TitleWord(tokens[i], i, l, tokens, mentions)) {
      break;
    }
    first = i;
  }
  return first;
}

// A link and one or two words after it: "call with Anna", "reunión de equipo", "consulta com o
// dentista".
std::size_t TitleLast(std::size_t last, const std::vector<Token>& tokens, const Lexicon& l,
                      const std::vector<TimeMention>& mentions, const std::vector<int>& sentences) {
  const auto link = l.title_links.Match(tokens, last + 1);
  if (!link) return last;
  std::size_t at = last + 1 + link->length;
  std::size_t taken = 0;
  std::size_t end = last;
  for (int k = 0; k < 3 && at < tokens.size() && taken < 2; ++k, ++at) {
    if (sentences[at] != sentences[last]) break;
    const Token& t = tokens[at];
    if (t.kind == Token::Kind::kWord && l.title_stop_words.Match(tokens, at) && taken == 0 &&
        !CoveredByMention(at, mentions)) {
      continue;  // an article inside the phrase: "com o dentista"
    }
    if (!TitleWord(t, at, l, tokens, mentions)) break;
    end = at;
    ++taken;
  }
  return taken > 0 ? end : last;
}

}  // namespace

std::string Capitalized(std::string title) {
  if (title.empty()) return title;
  const auto b0 = static_cast<unsigned char>(title[0]);
  if (b0 >= 'a' && b0 <= 'z') {
    title[0] = static_cast<char>(b0 - 32);
  } else if (title.size() > 1) {
    const auto b1 = static_cast<unsigned char>(title[1]);
    if (b0 == 0xD0 && b1 >= 0xB0 && b1 <= 0xBF) {  // а..п → А..П
      title[1] = static_cast<char>(b1 - 0x20);
    } else if (b0 == 0xD1 && b1 >= 0x80 && b1 <= 0x8F) {  // р..я → Р..Я
      title[0] = static_cast<char>(0xD0);
      title[1] = static_cast<char>(b1 + 0x20);
    } else if (b0 == 0xC3 && b1 >= 0xA0 && b1 <= 0xBE && b1 != 0xB7) {  // à..þ
      title[1] = static_cast<char>(b1 - 0x20);
    }
  }
  return title;
}

std::string Title(std::string_view text, const std::vector<Token>& tokens, const EventHit& event,
                  const std::vector<EventHit>& events, const Lexicon& l,
                  const std::vector<TimeMention>& mentions, const std::vector<int>& sentences) {
  if (event.strength == EventStrength::kVerb) return std::string(l.default_title);
  const std::size_t first = TitleFirst(event.span.first, tokens, events, l, mentions, sentences);
  const std::size_t last = TitleLast(event.span.last, tokens, l, mentions, sentences);
  return Capitalized(
      std::string(text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin)));
}

}  // namespace chatfleet::meetings
