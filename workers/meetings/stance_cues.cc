#include "workers/meetings/stance_cues.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace chatfleet::meetings {
namespace {

using Words = std::initializer_list<std::string_view>;

bool OneOf(std::string_view word, Words words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool WordAt(const std::vector<Token>& tokens, std::size_t i) {
  return i < tokens.size() && tokens[i].kind == Token::Kind::kWord;
}

std::string_view TextAt(const std::vector<Token>& tokens, std::size_t i) {
  return i < tokens.size() ? std::string_view(tokens[i].text) : std::string_view{};
}

// The previous token when it is a word of the same sentence.
std::string_view Before(const std::vector<Token>& tokens, std::size_t i) {
  return i > 0 && WordAt(tokens, i - 1) ? std::string_view(tokens[i - 1].text) : std::string_view{};
}

// The sentence of token i ends with a question mark: it asks the reader.
bool AsksTheReader(const std::vector<Token>& tokens, std::size_t i) {
  for (std::size_t k = i; k < tokens.size(); ++k) {
    if (tokens[k].EndsSentence()) return tokens[k].IsPunct('?');
  }
  return false;
}

bool Weekday(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l) {
  return WordAt(tokens, i) && l.weekdays.Match(tokens, i).has_value();
}

// "sundays", "domingos", "sextas": a weekday name with the plural -s its language adds.
bool PluralWeekday(std::string_view w, const Lexicon& l) {
  if (w.size() < 6 || !w.ends_with('s') || l.weekdays.Contains(w)) return false;
  // Whole names only: "thurs" and "tues" are abbreviations, not plurals.
  const std::string_view stem = w.substr(0, w.size() - 1);
  return (l.language != Language::kEn || stem.ends_with("day")) && l.weekdays.Contains(stem);
}

// ---- availability ---------------------------------------------------------------------------

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
             Before(tokens, i) != "aire";
    case Language::kPt:
      return OneOf(w, {"livre", "livres", "disponivel", "disponiveis", "folga"}) &&
             Before(tokens, i) != "ar";
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
  return RangeWord(tokens, after, l) && AnyWeekday(tokens, after + 1, l);
}

// ---- wishes ---------------------------------------------------------------------------------

bool Infinitive(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return w == "to" || w == "if";
    case Language::kRu:
      return w.ends_with("ть") || w.ends_with("ться");
    case Language::kEs:
    case Language::kPt:
      return w == "que" || w == "se" || w == "si" || w == "ir" ||
             (w.size() >= 3 && (w.ends_with("ar") || w.ends_with("er") || w.ends_with("ir")));
  }
  return false;
}

// "would be nice to", "it'd be great to", "wouldn't it be lovely to", "sería genial cenar",
// "estaría bien ir", "seria ótimo jantar": a conditional copula with no person of its own, a
// judgement, then what would be done.
bool JudgedUnrealPlan(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view w = tokens[i].text;
  std::size_t judgement = 0;
  switch (language) {
    case Language::kEn: {
      if (w != "be") return false;
      const std::string_view before = Before(tokens, i);
      const bool impersonal =
          OneOf(before, {"would", "it'd", "that'd", "itd", "thatd"}) ||
          (OneOf(before, {"it", "that"}) && OneOf(Before(tokens, i - 1), {"wouldn't", "wouldnt"}));
      if (!impersonal) return false;
      judgement = i + 1;
      break;
    }
    case Language::kRu:
      // "было бы здорово поужинать"
      if (w != "было" || TextAt(tokens, i + 1) != "бы") return false;
      judgement = i + 2;
      break;
    case Language::kEs:
    case Language::kPt:
      if (!OneOf(w, {"seria", "estaria"})) return false;
      judgement = i + 1;
      break;
  }
  if (!WordAt(tokens, judgement)) return false;
  for (std::size_t k = judgement + 1; k <= judgement + 2 && WordAt(tokens, k); ++k) {
    if (Infinitive(tokens[k].text, language)) return true;
  }
  return false;
}

bool Wish(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view w = tokens[i].text;
  // "Would be nice to grab dinner Friday at 8pm" muses; asked ("…, are you in?") it proposes.
  if (JudgedUnrealPlan(tokens, i, language)) return !AsksTheReader(tokens, i);
  switch (language) {
    case Language::kEn:
      return w == "wish" || (w == "if" && TextAt(tokens, i + 1) == "only");
    case Language::kRu:
      // The subjunctive particle, unless it makes a request polite: "не мог бы ты позвонить".
      if (w.starts_with("мечта")) return true;
      return w == "бы" && !PoliteSubjunctive(tokens, i);
    case Language::kEs:
      return w == "ojala" || (w == "quien" && TextAt(tokens, i + 1) == "pudiera");
    case Language::kPt:
      return OneOf(w, {"tomara", "oxala"}) || (w == "quem" && TextAt(tokens, i + 1) == "dera");
  }
  return false;
}

// "yo iría al cine", "eu iria ao cinema": a conditional said of oneself. Not the polite "podría"
// or "gostaria", which ask for a plan.
bool FirstPersonConditional(const std::vector<Token>& tokens, std::size_t i, Language language) {
  if (language != Language::kEs && language != Language::kPt) return false;
  const std::string_view w = tokens[i].text;
  return OneOf(Before(tokens, i), {"yo", "eu"}) && w.size() >= 4 && w.ends_with("ria") &&
         !OneOf(w, {"podria", "gustaria", "queria", "preferiria"});
}

// ---- whereabouts ----------------------------------------------------------------------------

bool Whereabouts(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view w = tokens[i].text;
  const std::string_view next = TextAt(tokens, i + 1);
  switch (language) {
    case Language::kEn: {
      // "I'm in", "I'll be at", "I am around", "I will be home"
      const bool copula = OneOf(w, {"i'm", "im"}) ||
                          (w == "be" && OneOf(Before(tokens, i), {"i'll", "ill", "will"}));
      // "Home at 7": a clause that starts with where the writer will be.
      const bool clause_start =
          i == 0 || tokens[i - 1].EndsSentence() || tokens[i - 1].IsPunct(',');
      return (copula && OneOf(next, {"in", "at", "around", "home", "back", "here", "there"})) ||
             (clause_start && OneOf(w, {"home", "back"}));
    }
    case Language::kRu:
      // "я на работе", "я буду в офисе", "я здесь"
      return OneOf(w, {"я", "буду"}) && OneOf(next, {"на", "в", "во", "здесь", "тут"}) &&
             !(w == "я" && TextAt(tokens, i + 2) == "бы");
    case Language::kEs:
      return (OneOf(w, {"estoy", "estare"}) && OneOf(next, {"en", "por", "aqui", "alli", "ahi"})) ||
             OneOf(w, {"vuelvo", "regreso", "llego"});
    case Language::kPt:
      return (OneOf(w, {"estou", "to", "tou", "estarei", "fico"}) &&
              OneOf(next, {"no", "na", "em", "nos", "nas", "por", "aqui", "ai", "la"})) ||
             OneOf(w, {"volto", "chego"});
  }
  return false;
}

// ---- notes to self ---------------------------------------------------------------------------

bool BareInfinitive(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return false;  // an imperative looks like a noun: "water the plants", "water polo"
    case Language::kRu:
      // Six letters or more (two bytes each): "полить", "вынести", not "гости".
      return w.size() >= 12 && (w.ends_with("ить") || w.ends_with("ать") || w.ends_with("ять") ||
                                w.ends_with("еть") || w.ends_with("ться") || w.ends_with("ти"));
    case Language::kEs:
    case Language::kPt:
      return w.size() >= 5 && (w.ends_with("ar") || w.ends_with("er") || w.ends_with("ir"));
  }
  return false;
}

// The first word of the clause that is not part of its time.
// A transitive verb takes its object: "regar las plantas", "levar o lixo" (not "niver da Duda").
bool ObjectFollows(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view next = TextAt(tokens, i + 1);
  switch (language) {
    case Language::kEn:
      return false;
    case Language::kRu:
      return WordAt(tokens, i + 1);
    case Language::kEs:
      return OneOf(next, {"el", "la", "los", "las", "un", "una", "mi", "mis", "su", "sus"});
    case Language::kPt:
      return OneOf(next, {"o", "a", "os", "as", "um", "uma", "meu", "minha", "meus", "minhas"});
  }
  return false;
}

bool NoteToSelf(const std::vector<Token>& tokens, std::size_t i, const std::vector<bool>& in_time,
                Language language) {
  if (!BareInfinitive(tokens[i].text, language) || !ObjectFollows(tokens, i, language)) {
    return false;
  }
  for (std::size_t k = i; k > 0; --k) {
    const Token& t = tokens[k - 1];
    if (t.EndsSentence() || t.IsPunct(',')) return true;
    if (!in_time[k - 1]) return false;
  }
  return true;
}

// ---- clock changes --------------------------------------------------------------------------

bool ClockChange(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view w = tokens[i].text;
  const std::string_view next = TextAt(tokens, i + 1);
  switch (language) {
    case Language::kEn:
      return w == "clocks" || (w == "daylight" && next.starts_with("saving"));
    case Language::kRu:
      return (w == "часы" && next.starts_with("перев")) || w.starts_with("перевод") ||
             (w == "переход" && next == "на");
    case Language::kEs:
      return (w == "cambio" && next == "de" && TextAt(tokens, i + 2) == "hora") ||
             (w == "horario" && OneOf(next, {"de", "del"}) &&
              OneOf(TextAt(tokens, i + 2), {"verano", "invierno"}));
    case Language::kPt:
      return (w == "horario" && next == "de" && TextAt(tokens, i + 2) == "verao") ||
             w == "relogios" ||
             (w == "mudanca" && next == "de" && TextAt(tokens, i + 2) == "horario");
  }
  return false;
}

// ---- jokes ----------------------------------------------------------------------------------

bool Joke(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view w = tokens[i].text;
  const std::string_view next = TextAt(tokens, i + 1);
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"kidding", "joking", "jk", "jking"}) ||
             (w == "april" && next.starts_with("fool"));
    case Language::kRu:
      return OneOf(w, {"шучу", "шутка", "пошутил", "пошутила", "розыгрыш"});
    case Language::kEs:
      return OneOf(w, {"broma", "bromeando", "bromeo", "inocente", "inocentes"});
    case Language::kPt:
      return OneOf(w, {"brincadeira", "brincando", "zoeira", "zoando"}) ||
             (w == "primeiro" && next == "de" && TextAt(tokens, i + 2) == "abril");
  }
  return false;
}

// ---- weather --------------------------------------------------------------------------------

// Stems of the weather's words, inflected forms included: "грозу", "дождя", "lluvias", "chuvas".
bool Weather(std::string_view w, Language language) {
  const auto starts = [w](Words stems) {
    return std::any_of(stems.begin(), stems.end(),
                       [w](std::string_view s) { return w.starts_with(s); });
  };
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"rain", "raining", "rainy", "storm", "storms", "stormy", "thunderstorm",
                       "thunderstorms", "snow", "snowing", "showers", "sunny", "cloudy", "windy",
                       "forecast", "weather"});
    case Language::kRu:
      return starts({"дожд", "гроз", "снег", "ливн", "ливен", "метел", "туман", "прогноз", "погод",
                     "заморозк", "похолодан", "потеплен"});
    case Language::kEs:
      return starts(
          {"lluv", "llov", "llueve", "torment", "nieve", "nevar", "nevad", "pronostic", "chubasc"});
    case Language::kPt:
      return starts({"chuv", "chov", "tempestade", "neve", "nevar", "previsao", "temporal"});
  }
  return false;
}

// ---- measures -------------------------------------------------------------------------------

// Temperatures, money and shares. A distance or a weight can be what an activity is about
// ("забег на 5 км").
bool MeasureUnit(std::string_view w) {
  return OneOf(w, {"degrees", "degree", "percent", "euros",  "euro",   "dollars",  "bucks",
                   "pounds",  "reais",  "pesos",   "reales", "grados", "graus",    "градусов",
                   "градуса", "градус", "рублей",  "рубля",  "руб",    "процентов"});
}

bool Measure(const std::vector<Token>& tokens, std::size_t i) {
  return tokens[i].IsNumber() && WordAt(tokens, i + 1) && MeasureUnit(tokens[i + 1].text);
}

std::optional<Stance> StanceAt(const std::vector<Token>& tokens, std::size_t i,
                               const std::vector<bool>& in_time, const Lexicon& l) {
  if (Measure(tokens, i)) return Stance::kMeasure;
  if (!WordAt(tokens, i)) return std::nullopt;
  if (Timetable(tokens, i, l)) return Stance::kTimetable;
  // A plural day may be read as the day of a mention too ("по воскресеньям").
  if (PluralDay(tokens, i, l)) return Stance::kHabit;
  if (in_time[i]) return std::nullopt;
  if (Availability(tokens, i, in_time, l)) return Stance::kAvailability;
  if (FrequencyAdverb(tokens[i].text, l.language) || TimeQuantifier(tokens, i, in_time, l)) {
    return Stance::kHabit;
  }
  if (Wish(tokens, i, l.language) || FirstPersonConditional(tokens, i, l.language)) {
    return Stance::kWish;
  }
  if (Whereabouts(tokens, i, l.language)) return Stance::kWhereabouts;
  if (NoteToSelf(tokens, i, in_time, l.language)) return Stance::kNoteToSelf;
  if (ClockChange(tokens, i, l.language)) return Stance::kClockChange;
  if (Joke(tokens, i, l.language)) return Stance::kJoke;
  if (Weather(tokens[i].text, l.language)) return Stance::kWeather;
  return std::nullopt;
}

}  // namespace

bool PoliteSubjunctive(const std::vector<Token>& tokens, std::size_t i) {
  if (TextAt(tokens, i) != "бы" || i == 0) return false;
  const std::string_view before = Before(tokens, i);
  if (OneOf(before, {"мог", "могла", "могли", "смог", "смогла", "смогли", "можно"})) return true;
  // "Хотела бы пригласить вас на новоселье": a wish whose object is the reader invites.
  const auto reader = [&](std::size_t k) {
    return OneOf(TextAt(tokens, k), {"вас", "тебя", "вам", "тебе"});
  };
  return OneOf(before, {"хотел", "хотела", "хотели"}) && (reader(i + 1) || reader(i + 2));
}

std::vector<StanceCue> FindStanceCues(const std::vector<Token>& tokens,
                                      const std::vector<bool>& in_time, const Lexicon& lexicon) {
  std::vector<StanceCue> cues;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (const auto stance = StanceAt(tokens, i, in_time, lexicon)) cues.push_back({*stance, i});
  }
  return cues;
}

}  // namespace chatfleet::meetings
