#include "workers/meetings/clock_change.h"

#include <string_view>

#include "workers/meetings/word_helpers.h"

namespace chatfleet::meetings {
namespace {

using word_helpers::OneOf;
using word_helpers::TextAt;

// "clocks", "relojes", "la hora", "часы": what the change moves. "la hora de la reunión" is the
// time of something, which a move changes, not the clock.
bool ClockNoun(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view w = TextAt(tokens, i);
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"clock", "clocks"});
    case Language::kRu:
      return w == "часы";
    case Language::kEs:
    case Language::kPt:
      if (OneOf(w, {"reloj", "relojes", "relogio", "relogios"})) return true;
      if (!OneOf(w, {"hora", "horario"})) return false;
      return !OneOf(TextAt(tokens, i + 1), {"de", "del", "do", "da"}) ||
             OneOf(TextAt(tokens, i + 2), {"verano", "invierno", "verao", "inverno"});
  }
  return false;
}

// "vuelven a ser", "passa a ser", "serán": the words of one time becoming another.
bool BecomingWord(std::string_view w) {
  return OneOf(w, {"vuelve", "vuelven", "pasa", "pasan", "volta", "voltam", "passa", "passam",
                   "ser", "seran", "sera", "serao", "become", "becomes", "станет", "станут", "se",
                   "volvera", "volveran"});
}

bool ChangeVerb(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return OneOf(
          w, {"go", "goes", "went", "change", "changes", "spring", "fall", "back", "forward"});
    case Language::kRu:
      return w.starts_with("перев") || OneOf(w, {"назад", "вперед"});
    case Language::kEs:
      return w.starts_with("adelant") || w.starts_with("atras") || w.starts_with("retras") ||
             w.starts_with("cambi");
    case Language::kPt:
      return w.starts_with("muda") || w.starts_with("mudou") || w.starts_with("adiant") ||
             w.starts_with("atras");
  }
  return false;
}

// A clock noun with a verb of changing within two words either side.
bool ClockChanged(const std::vector<Token>& tokens, std::size_t i, Language language) {
  if (!ClockNoun(tokens, i, language)) return false;
  for (std::size_t k = i >= 2 ? i - 2 : 0; k <= i + 2 && k < tokens.size(); ++k) {
    if (k != i && tokens[k].kind == Token::Kind::kWord && ChangeVerb(tokens[k].text, language)) {
      return true;
    }
  }
  return false;
}

// The nouns of the change itself, with or without a verb.
bool ChangeNoun(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view w = TextAt(tokens, i);
  const std::string_view next = TextAt(tokens, i + 1);
  const std::string_view after = TextAt(tokens, i + 2);
  switch (language) {
    case Language::kEn:
      return w == "clocks" || (w == "daylight" && next.starts_with("saving")) ||
             (OneOf(w, {"summer", "winter"}) && next == "time");
    case Language::kRu:
      return w.starts_with("перевод") || (w == "переход" && next == "на");
    case Language::kEs:
      return (w == "cambio" && next == "de" && after == "hora") ||
             (w == "horario" && OneOf(next, {"de", "del"}) && OneOf(after, {"verano", "invierno"}));
    case Language::kPt:
      return (w == "horario" && next == "de" && after == "verao") ||
             (w == "mudanca" && next == "de" && OneOf(after, {"horario", "hora"}));
  }
  return false;
}

// "serán las tres", "voltam a ser 1h", "becomes 1am", "станет 2:00": a copula of becoming with
// a time right after it and another right before.
bool TimeBecomesTime(const std::vector<Token>& tokens, std::size_t i,
                     const std::vector<bool>& in_time, Language language) {
  const std::string_view w = TextAt(tokens, i);
  std::size_t first = i;  // where the verb's phrase starts: "vuelven a ser"
  bool becoming = false;
  switch (language) {
    case Language::kEn:
      becoming = OneOf(w, {"becomes", "become"});
      break;
    case Language::kRu:
      becoming = OneOf(w, {"станет", "станут"});
      break;
    case Language::kEs:
    case Language::kPt:
      becoming = OneOf(w, {"seran", "sera", "serao"});
      if (w == "ser" && i >= 2 && TextAt(tokens, i - 1) == "a" &&
          OneOf(TextAt(tokens, i - 2), {"vuelve", "vuelven", "volvera", "volveran", "pasa", "pasan",
                                        "volta", "voltam", "passa", "passam"})) {
        becoming = true;
        first = i - 2;
      }
      break;
  }
  if (!becoming) return false;
  const auto timed = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k <= to && k < in_time.size(); ++k) {
      if (in_time[k]) return true;
    }
    return false;
  };
  return first > 0 && timed(first >= 3 ? first - 3 : 0, first - 1) && timed(i + 1, i + 2);
}

// The words a notice of the change is said with: "daylight saving time starts", "el horario de
// verano termina", "начинается летнее время", "put your clocks back".
bool NoticeWord(std::string_view w) {
  return OneOf(w, {"start", "starts", "begin", "begins", "end", "ends", "saving", "savings", "time",
                   "dst", "put", "set", "empieza", "comienza", "termina", "acaba", "comeca",
                   "verano", "invierno", "verao", "inverno", "horario", "hora", "mudanca", "cambio",
                   "начинается", "заканчивается", "время", "летнее", "зимнее",
                   // "British Summer Time starts", "adiantam para as 2h": the season, the
                   // direction.
                   "summer", "winter", "to", "para", "pra"});
}

// A token of a clock change's stretch: no word that names something of its own.
bool SaysNothingElse(const std::vector<Token>& tokens, std::size_t k,
                     const std::vector<TimeMention>& mentions, const Lexicon& l) {
  const Token& t = tokens[k];
  // The stretch stays in its clause, even inside a mention ("domingo, à 1h passa a ser 2h"):
  // "cambia la hora: a las 3 serán las 2" is two changes.
  if (t.kind == Token::Kind::kPunct) {
    return !t.EndsSentence() && !t.IsPunct(',') && !t.IsPunct(':');
  }
  if (t.kind == Token::Kind::kNumber || CoveredByMention(k, mentions)) return true;
  return ClockNoun(tokens, k, l.language) || ChangeVerb(t.text, l.language) ||
         BecomingWord(t.text) || NoticeWord(t.text) || l.markers.Match(tokens, k) ||
         l.title_stop_words.Match(tokens, k) || l.units.Match(tokens, k) ||
         l.number_words.Match(tokens, k) || l.hour_parts.Match(tokens, k) ||
         l.day_parts.Match(tokens, k) || l.weekdays.Match(tokens, k) || l.months.Match(tokens, k) ||
         l.day_offsets.Match(tokens, k);
}

// The first letters of every word that can open a clock change ("clocks", "daylight",
// "becomes", "hora", "relojes", "cambio", "mudança", "serán", "часы", "перевод", "станет"), so
// that most words cost a single compare.
bool MayOpenAChange(std::string_view w) {
  if (w.empty()) return false;
  switch (static_cast<unsigned char>(w[0])) {
    case 'b':
    case 'c':
    case 'd':
    case 'h':
    case 'm':
    case 'r':
    case 's':
    case 'w':  // "winter time"
      return true;
    case 0xD0:
    case 0xD1:
      return w.starts_with("час") || w.starts_with("пере") || w.starts_with("стан");
    default:
      return false;
  }
}

}  // namespace

Span ClockChangeStretch(const std::vector<Token>& tokens, std::size_t i,
                        const std::vector<TimeMention>& mentions, const Lexicon& lexicon) {
  Span stretch{i, i};
  while (stretch.first > 0 && SaysNothingElse(tokens, stretch.first - 1, mentions, lexicon)) {
    --stretch.first;
  }
  while (stretch.last + 1 < tokens.size() &&
         SaysNothingElse(tokens, stretch.last + 1, mentions, lexicon)) {
    ++stretch.last;
  }
  return stretch;
}

bool ClockChangeAt(const std::vector<Token>& tokens, std::size_t i,
                   const std::vector<bool>& in_time, Language language) {
  if (!MayOpenAChange(tokens[i].text)) return false;
  return ChangeNoun(tokens, i, language) || ClockChanged(tokens, i, language) ||
         TimeBecomesTime(tokens, i, in_time, language);
}

}  // namespace chatfleet::meetings
