#include "workers/meetings/evening_hint.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

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

// "dentist", "gym", "ferry", "clase", "treino", "бассейн", "salimos": what is done by day, in
// working or school hours, as exercise or setting out on a trip. Only these keep a bare 7 or 8
// in the morning (stems, so that inflected and plural forms count too).
constexpr std::string_view kDaytimeStems[] = {  // work, school, appointments
    "meeting", "appoint", "appt", "interview", "class", "lesson", "lecture", "school", "exam",
    "dentist", "doctor", "vet", "checkup", "work", "shift", "standup", "office", "reunion", "cita",
    "clase", "escuela", "colegio", "examen", "medic", "dentista", "consulta", "trabaj", "turno",
    "oficina", "reuniao", "aula", "escola", "exame", "trabalh", "escritorio", "встреч",
    "собеседован", "урок", "занят", "лекци", "школ", "экзамен", "врач", "зубн", "стоматолог",
    "поликлиник", "работ", "смен", "офис",
    // travel
    "flight", "train", "ferry", "airport", "station", "bus", "vuelo", "tren", "aeropuerto",
    "estacion", "autobus", "ferri", "voo", "trem", "aeroporto", "estacao", "onibus", "balsa",
    "barco", "рейс", "самолет", "поезд", "электричк", "вокзал", "аэропорт", "выезж", "выезд",
    "salimos", "salida", "saimos", "saida", "partimos", "leave", "leaving", "depart",
    // exercise and the outdoors by day
    "gym", "run", "jog", "parkrun", "swim", "golf", "tennis", "surf", "bike", "hike", "hiking",
    "walk", "ride", "cycl", "yoga", "workout", "training", "practice", "climb", "gimnasio", "corr",
    "caminat", "sender", "excursion", "rodada", "bici", "natac", "nadar", "entren", "subimos",
    "academia", "caminhad", "trilha", "subida", "pedal", "treino", "бассейн", "пробежк", "забег",
    "трениров", "тренька", "йог", "поход", "спортзал",
    // the first meal, markets, services
    "breakfast", "brunch", "coffee", "desayun", "pequeno-almoco", "завтрак", "market", "mercado",
    "feira", "рынок", "ярмарк", "church", "mass", "misa", "missa", "церк", "vot"};

// The stems by their first two bytes, so a word is compared with the few that may start it.
class StemIndex {
 public:
  StemIndex() {
    for (const std::string_view stem : kDaytimeStems) buckets_[Key(stem)].push_back(stem);
  }
  bool StartsAny(std::string_view w) const {
    if (w.size() < 2) return false;
    const auto& bucket = buckets_[Key(w)];
    return std::any_of(bucket.begin(), bucket.end(),
                       [w](std::string_view stem) { return w.starts_with(stem); });
  }

 private:
  static std::size_t Key(std::string_view w) {
    return (static_cast<unsigned char>(w[0]) * 257u + static_cast<unsigned char>(w[1])) % 1024u;
  }
  std::array<std::vector<std::string_view>, 1024> buckets_;
};

bool DaytimeActivity(std::string_view w) {
  static const StemIndex index;  // built once, read-only after: safe to share across threads
  return index.StartsAny(w);
}

// A 7 or 8 with a day said and no evening word ("Friday 7:30 the Nutcracker auditions", "el
// viernes a las 8 carne asada", "sexta às 7 caranguejada", "half 7 wenesday, book club") is
// the evening's when nothing in the sentence is done by day: friends plan their evenings more
// than their mornings, and a morning plan names its class, trip or exercise.
bool EveningByDefault(const TimeMention& m, const std::vector<Token>& tokens,
                      const std::vector<int>& sentences) {
  if (m.start->hour > 8 || m.date.kind == DateExpression::Kind::kNone) return false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (sentences[i] == m.sentence && tokens[i].kind == Token::Kind::kWord &&
        DaytimeActivity(tokens[i].text)) {
      return false;
    }
  }
  return true;
}

}  // namespace

// 1 to 6 is the afternoon's anyway (the resolver's rule), so only 7 to 11 needs the hint.
TimeMention WithEveningHint(TimeMention m, const std::vector<Token>& tokens,
                            const std::vector<int>& sentences,
                            const std::vector<TimeMention>& mentions) {
  if (!m.start || m.part || m.start->part || m.start->typed_24h ||
      m.start->meridiem != ClockTime::Meridiem::kNone || m.start->hour < 7 || m.start->hour > 11) {
    return m;
  }
  // "в субботу в 9 выезжаем в Тракай, а в воскресенье в 18 ужин у Оли": past another timed
  // mention of its sentence, the words are that time's activity, not this one's.
  std::size_t from = 0;
  std::size_t to = tokens.size();
  for (const TimeMention& other : mentions) {
    if (other.sentence != m.sentence || !other.start) continue;
    if (other.last_token < m.first_token) from = std::max(from, other.last_token + 1);
    if (other.first_token > m.last_token) to = std::min(to, other.first_token);
  }
  for (std::size_t i = from; i < to; ++i) {
    if (sentences[i] != m.sentence) continue;
    if (EveningActivity(tokens, i) || (m.start->hour <= 10 && NightOutActivity(tokens, i))) {
      m.start->part = DayPart::kEvening;
      return m;
    }
  }
  if (EveningByDefault(m, tokens, sentences)) m.start->part = DayPart::kEvening;
  return m;
}

}  // namespace chatfleet::meetings
