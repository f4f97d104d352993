#include "workers/meetings/evening_hint.h"

#include <cstddef>
#include <string_view>

#include "workers/meetings/word_helpers.h"

namespace chatfleet::meetings {
namespace {

using word_helpers::OneOf;
using word_helpers::TextAt;

// "dinner", "ужин", "cenamos", "jantar", "after work", "Nochevieja": what is only done in the
// evening.
bool EveningActivity(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  if (t.kind != Token::Kind::kWord) return false;
  const std::string_view w = t.text;
  const std::string_view next = TextAt(tokens, i + 1);
  const std::string_view after = TextAt(tokens, i + 2);
  const bool after_work = (w == "after" && next == "work") || (w == "после" && next == "работы") ||
                          (OneOf(w, {"despues", "depois", "saliendo", "saindo"}) &&
                           OneOf(next, {"del", "do"}) && after.starts_with("trabaj"));
  // The holidays named after their night: "Nochebuena a las nueve", "NYE at 9".
  const bool holiday_night = OneOf(w, {"nochebuena", "nochevieja", "reveillon", "nye"});
  return after_work || holiday_night || OneOf(w, {"dinner", "supper", "drinks"}) ||
         w.starts_with("ужин") || w.starts_with("поужин") ||
         OneOf(w, {"cena", "cenar", "cenamos", "cenemos", "cenita", "jantar", "janta", "jantamos",
                   "jantinha"});
}

// "drinks at 7", "кино в 8", "uma cerveja às 7", "tomar algo a las 8": going out, a bar, a
// film, a party, what friends do together after the day is done. Unlike dinner, these happen
// in the morning now and then, so they only settle the hours up to 10.
bool NightOutActivity(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  if (t.kind != Token::Kind::kWord) return false;
  const std::string_view w = t.text;
  const std::string_view next = TextAt(tokens, i + 1);
  const bool drink_out = OneOf(w, {"tomar", "tomamos", "tomemos"}) &&
                         OneOf(next, {"algo", "uma", "unas", "umas", "una", "cerveja"});
  // "game night", "quiz nite": an activity named after the night it fills; "a gig", "концерт":
  // a night out named as such.
  const bool named_night =
      OneOf(w, {"night", "nite"}) && i > 0 && tokens[i - 1].kind == Token::Kind::kWord;
  return drink_out || named_night || OneOf(w, {"gig", "gigs", "concert", "концерт", "concierto"}) ||
         OneOf(w, {"bar",        "pub",    "beer",    "beers",    "pizza",   "movie",
                   "movies",     "cinema", "bowling", "party",    "karaoke", "cerveja",
                   "cervejinha", "chopp",  "cerveza", "cervezas", "cine",    "festa",
                   "fiesta",     "бар",    "баре",    "паб",      "кино"}) ||
         w.starts_with("пицц") || w.starts_with("вечеринк") || w.starts_with("посидим");
}

}  // namespace

// 1 to 6 is the afternoon's anyway (the resolver's rule), so only 7 to 11 needs the hint.
TimeMention WithEveningHint(TimeMention m, const std::vector<Token>& tokens,
                            const std::vector<int>& sentences) {
  if (!m.start || m.part || m.start->part || m.start->typed_24h ||
      m.start->meridiem != ClockTime::Meridiem::kNone || m.start->hour < 7 || m.start->hour > 11) {
    return m;
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (sentences[i] != m.sentence) continue;
    if (EveningActivity(tokens, i) || (m.start->hour <= 10 && NightOutActivity(tokens, i))) {
      m.start->part = DayPart::kEvening;
      return m;
    }
  }
  return m;
}

}  // namespace chatfleet::meetings
