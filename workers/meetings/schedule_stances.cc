// The stances of time taken rather than planned: availability, habits, timetables.
#include "workers/meetings/schedule_stances.h"

#include <string_view>

#include "workers/meetings/word_helpers.h"

namespace chatfleet::meetings::schedule_stances {

using word_helpers::AsksTheReader;
using word_helpers::Before;
using word_helpers::OneOf;
using word_helpers::PluralWeekday;
using word_helpers::TextAt;
using word_helpers::Weekday;
using word_helpers::WordAt;

// ---- availability ---------------------------------------------------------------------------

namespace {

// English "free"/"available" is attributive when a noun follows it ("free yoga class"); what
// follows a predicate is a time, "all", a preposition or nothing.
bool EnglishPredicate(const std::vector<Token>& tokens, std::size_t i,
                      const std::vector<bool>& in_time) {
  const std::size_t next = i + 1;
  if (!WordAt(tokens, next) || in_time[next]) return true;
  return OneOf(tokens[next].text,
               {"all", "whole",   "after", "from",  "until", "till",    "on",       "at",
                "in",  "for",     "to",    "this",  "today", "tonight", "tomorrow", "now",
                "any", "anytime", "most",  "later", "then",  "again",   "if"});
}

// "if you're free", "если ты свободен", "si estás libre", "se estiver livre": availability as the
// condition of what the sentence proposes next.
bool Conditioned(const std::vector<Token>& tokens, std::size_t i) {
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    const Token& t = tokens[i - back];
    if (t.EndsSentence() || t.IsPunct(',')) return false;
    if (OneOf(t.text, {"if", "если", "si", "se"})) return true;
  }
  return false;
}

// A finite form of "to work" or "to be on duty" with a person or a place as its subject.
bool WorkingPredicate(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view w = tokens[i].text;
  const std::string_view next = TextAt(tokens, i + 1);
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"working", "work", "works"}) && next != "on" && next != "out" &&
             OneOf(Before(tokens, i), {"u", "you", "i", "i'm", "im", "we", "we're", "are", "is",
                                       "am", "r", "he", "she", "they", "be", "still"});
    case Language::kRu:
      return (w.starts_with("работа") || w.starts_with("дежур")) && next != "над" &&
             OneOf(w.substr(w.starts_with("работа") ? 12 : 10),
                   {"ю", "ешь", "ет", "ем", "ете", "ют", "ишь", "ит", "им", "ите", "ят"});
    case Language::kEs:
      return OneOf(w, {"trabajas", "trabaja", "trabajamos", "trabajan", "trabajando"}) ||
             (w == "trabajo" && OneOf(Before(tokens, i), {"yo", "no"}));
    case Language::kPt:
      return OneOf(w, {"trabalhas", "trabalha", "trabalhamos", "trabalham", "trabalhando"}) ||
             (w == "trabalhar" && OneOf(Before(tokens, i), {"a", "estar"})) ||
             (w == "trabalho" && OneOf(Before(tokens, i), {"eu", "nao"}));
  }
  return false;
}

// "lucha libre", "entrada libre", "al aire libre", "luta livre", "ao ar livre": right after a
// noun that is no span of time, "libre"/"livre" names a kind of thing, not the writer's time.
// After a copula, a pronoun, an adverb or a span of time ("estoy libre", "vc tá livre", "tengo la
// tarde libre", "el sábado libre") it still is.
bool QualifiesANoun(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l) {
  if (i == 0 || !WordAt(tokens, i - 1)) return false;
  const std::string_view before = tokens[i - 1].text;
  if (l.weekdays.Match(tokens, i - 1) || l.day_offsets.Match(tokens, i - 1)) return false;
  return !OneOf(
      before,
      {"estoy", "estas", "esta", "estamos", "estan", "estare", "estara", "quedo", "queda",
       "quedamos", "estou", "ta", "tamo", "tava", "estava", "estaba", "to", "tou", "estao",
       "estarei", "fico", "fica", "ficamos", "y", "e", "muy", "bem", "bien", "no", "nao",
       "totalmente", "dia", "tarde", "manana", "manha", "noche", "noite", "finde", "semana", "rato",
       "hora", "horas", "tiempo", "tempo", "mes", "yo", "tu", "vos", "usted", "nosotros", "eu",
       "vc", "voce", "voces", "ele", "ela", "nos", "ya", "ja", "tambien", "tambem", "todo", "toda",
       "todos",
       // "tengo libre el miércoles", "tenho livre a tarde": having time free is a predicate.
       "tengo", "tenemos", "tenho", "temos"});
}

}  // namespace

bool Availability(const std::vector<Token>& tokens, std::size_t i, const std::vector<bool>& in_time,
                  const Lexicon& l) {
  const std::string_view w = tokens[i].text;
  if (Conditioned(tokens, i)) return false;
  if (WorkingPredicate(tokens, i, l.language)) return true;
  switch (l.language) {
    case Language::kEn:
      if (OneOf(w, {"free", "available"})) {
        // "Free for drinks tonight at 8?", "would you be free for a call": asked for an
        // activity, the reader's time is being proposed, not the writer's announced.
        // "u free 4 coffee?": chat writes "for" as "4".
        const bool for_word = TextAt(tokens, i + 1) == "for" ||
                              (TextAt(tokens, i + 1) == "4" && tokens[i + 1].IsNumber());
        const bool asked_for =
            for_word && WordAt(tokens, i + 2) && !in_time[i + 2] && AsksTheReader(tokens, i);
        return Before(tokens, i) != "for" && !asked_for && EnglishPredicate(tokens, i, in_time);
      }
      // "my calendar is open Monday morning": open as a predicate, never "open day".
      return w == "open" &&
             OneOf(Before(tokens, i), {"is", "are", "i'm", "im", "am", "we're", "were"}) &&
             EnglishPredicate(tokens, i, in_time);
    case Language::kRu:
      // Short adjectives are predicates only; "дома" after a person is where they will be.
      return OneOf(w, {"свободен", "свободна", "свободно", "свободны"}) ||
             (w == "дома" &&
              OneOf(Before(tokens, i), {"я", "мы", "ты", "вы", "он", "она", "они", "буду", "будем",
                                        "будешь", "будете", "будет", "будут"}));
    case Language::kEs:
      return OneOf(w, {"libre", "libres", "disponible", "disponibles"}) &&
             !QualifiesANoun(tokens, i, l);
    case Language::kPt:
      return OneOf(w, {"livre", "livres", "disponivel", "disponiveis", "folga"}) &&
             !QualifiesANoun(tokens, i, l);
  }
  return false;
}

// ---- habits ---------------------------------------------------------------------------------

bool FrequencyAdverb(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"usually", "always", "normally", "generally", "typically", "often",
                       "sometimes", "weekdays", "weekends", "mornings", "evenings", "afternoons"});
    case Language::kRu:
      return OneOf(w, {"обычно", "всегда", "часто", "иногда", "постоянно", "ежедневно"});
    case Language::kEs:
      return OneOf(w, {"normalmente", "siempre", "generalmente", "habitualmente", "menudo", "suelo",
                       "sueles", "suele", "solemos", "suelen", "soler"});
    case Language::kPt:
      return OneOf(w, {"normalmente", "sempre", "geralmente", "habitualmente", "costumo", "costuma",
                       "costumamos", "costumam", "costumar"});
  }
  return false;
}

bool FrequencyAdverbAt(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view w = tokens[i].text;
  if (!FrequencyAdverb(w, language)) return false;
  // "el cevichero de siempre", "o bar de sempre": "of always" is the usual place, no habit.
  if (Before(tokens, i) == "de" && OneOf(w, {"siempre", "sempre"})) return false;
  // "a menudo" is "often"; "comer menudo" eats the tripe soup.
  return w != "menudo" || Before(tokens, i) == "a";
}

// "every Tuesday", "каждый вторник", "cada martes", "todos los martes", "toda terça": a
// quantifier over the times that follow it.
bool TimeQuantifier(const std::vector<Token>& tokens, std::size_t i,
                    const std::vector<bool>& in_time, const Lexicon& l) {
  const std::string_view w = tokens[i].text;
  const std::size_t next = i + 1;
  if (next >= tokens.size() || tokens[next].EndsSentence() || tokens[next].IsPunct(',')) {
    return false;  // "$20 each", "para todos"
  }
  const bool timed = tokens[next].IsNumber() || in_time[next] || Weekday(tokens, next, l) ||
                     l.units.Match(tokens, next).has_value();
  switch (l.language) {
    case Language::kEn:
      return OneOf(w, {"every", "each"}) &&
             (timed || OneOf(tokens[next].text, {"other", "morning", "evening", "night", "day",
                                                 "week", "weekend", "month", "year"}));
    case Language::kRu:
      return w.starts_with("кажд");
    case Language::kEs:
      if (w == "cada") return true;
      // "todos los martes", "todas las tardes", "todos los dias"
      return OneOf(w, {"todos", "todas"}) && OneOf(TextAt(tokens, next), {"los", "las"}) &&
             next + 1 < tokens.size() &&
             (Weekday(tokens, next + 1, l) || PluralWeekday(TextAt(tokens, next + 1), l) ||
              OneOf(TextAt(tokens, next + 1),
                    {"dias", "mananas", "tardes", "noches", "semanas", "meses", "fines"}));
    case Language::kPt:
      if (w == "cada") return true;
      // "toda terça", "todo dia", "todos os dias", "todas as sextas"
      if (OneOf(w, {"todo", "toda"})) {
        return Weekday(tokens, next, l) ||
               OneOf(TextAt(tokens, next), {"dia", "manha", "tarde", "noite", "semana", "mes"});
      }
      return OneOf(w, {"todos", "todas"}) && OneOf(TextAt(tokens, next), {"os", "as"}) &&
             (PluralWeekday(TextAt(tokens, next + 1), l) ||
              OneOf(TextAt(tokens, next + 1), {"dias", "manhas", "tardes", "noites", "semanas"}));
  }
  return false;
}

// "on Sundays", "по воскресеньям", "los domingos", "aos domingos": a day in the plural.
bool PluralDay(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l) {
  const std::string_view w = tokens[i].text;
  switch (l.language) {
    case Language::kEn:
      return PluralWeekday(w, l);
    case Language::kRu:
      // Spelling may have read "воскресеньям" as the weekday it is one edit from; "по" before a
      // weekday is the plural anyway, unless it ends a range ("с понедельника по пятницу",
      // a timetable of its own).
      return Before(tokens, i) == "по" &&
             (OneOf(w, {"понедельникам", "вторникам", "средам", "четвергам", "пятницам", "субботам",
                        "воскресеньям", "утрам", "вечерам", "выходным", "будням", "ночам"}) ||
              (Weekday(tokens, i, l) && !(i >= 3 && TextAt(tokens, i - 3) == "с")));
    case Language::kEs:
      // The article tells the plural of "lunes"…"viernes": "los viernes", against "el viernes".
      return (Before(tokens, i) == "los" && Weekday(tokens, i, l)) ||
             (OneOf(Before(tokens, i), {"los", "las"}) && PluralWeekday(w, l));
    case Language::kPt:
      return OneOf(Before(tokens, i), {"aos", "as", "nas", "nos", "pelas"}) && PluralWeekday(w, l);
  }
  return false;
}

// ---- timetables -----------------------------------------------------------------------------

namespace {

bool RangeWord(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l) {
  if (i >= tokens.size()) return false;
  // "de martes a domingo", "de terça a domingo": "a" only joins days here.
  if (OneOf(tokens[i].text, {"through", "thru", "по", "-", "a", "al", "ao"})) return true;
  const auto marker = l.markers.Match(tokens, i);
  return marker && marker->value == Marker::kRangeTo;
}

// "понедельника", "пятницы": Russian weekdays after "с", "кроме", "до".
bool RussianGenitiveWeekday(std::string_view w) {
  return OneOf(w, {"понедельника", "вторника", "среды", "четверга", "пятницы", "субботы",
                   "воскресенья", "выходных"});
}

bool AnyWeekday(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l) {
  return Weekday(tokens, i, l) || PluralWeekday(TextAt(tokens, i), l) ||
         (l.language == Language::kRu && RussianGenitiveWeekday(TextAt(tokens, i)));
}

// "Store hours: 9am-9pm", "часы работы", "horario de atención", "horário de funcionamento".
bool AnnouncedHours(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view w = tokens[i].text;
  const std::string_view next = TextAt(tokens, i + 1);
  const bool colon = i + 1 < tokens.size() && tokens[i + 1].IsPunct(':');
  switch (language) {
    case Language::kEn:
      return w == "hours" &&
             (colon || OneOf(Before(tokens, i),
                             {"opening", "store", "shop", "office", "business", "visiting"}));
    case Language::kRu:
      return OneOf(w, {"часы", "режим", "график"}) && next == "работы";
    case Language::kEs:
      return w == "horario" &&
             (colon || (next == "de" && OneOf(TextAt(tokens, i + 2), {"apertura", "atencion"})));
    case Language::kPt:
      return w == "horario" && (colon || (next == "de" && OneOf(TextAt(tokens, i + 2),
                                                                {"funcionamento", "atendimento"})));
  }
  return false;
}

// "moved from Thursday to Friday", "переносим с четверга на пятницу": a verb moving the plan
// ends at most three words before the range, which then says where it goes, not a timetable.
bool AfterAMove(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l) {
  for (std::size_t k = i >= 4 ? i - 4 : 0; k < i; ++k) {
    const auto cue = l.cues.Match(tokens, k);
    if (cue && cue->value == Cue::kMoved && k + cue->length >= i - 1) return true;
  }
  return false;
}

}  // namespace

bool Timetable(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l) {
  if (AnnouncedHours(tokens, i, l.language)) return true;
  // "except Monday", "кроме понедельника", "excepto los lunes", "exceto domingo"
  if (OneOf(tokens[i].text, {"except", "кроме", "excepto", "salvo", "exceto"})) {
    return AnyWeekday(tokens, i + 1, l) || AnyWeekday(tokens, i + 2, l);
  }
  // "Tuesday to Sunday", "с понедельника по пятницу", "de terça a domingo"
  if (!AnyWeekday(tokens, i, l)) return false;
  const auto day = l.weekdays.Match(tokens, i);
  const std::size_t after = i + (day ? day->length : 1);
  return RangeWord(tokens, after, l) && AnyWeekday(tokens, after + 1, l) &&
         !AfterAMove(tokens, i, l);
}

}  // namespace chatfleet::meetings::schedule_stances
