// What a clause is instead of a plan (wishes, whereabouts, notes to self, jokes, the weather,
// measures; clock changes in clock_change.cc) and the reading of every stance in token order;
// schedule_stances.cc reads the time taken rather than planned (availability, habits, timetables).
#include "workers/meetings/stance_cues.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string_view>

#include "workers/meetings/clock_change.h"
#include "workers/meetings/notice_schedules.h"
#include "workers/meetings/schedule_stances.h"
#include "workers/meetings/word_helpers.h"

namespace chatfleet::meetings {
namespace {

using schedule_stances::Availability;
using schedule_stances::FrequencyAdverbAt;
using schedule_stances::NoticeSchedule;
using schedule_stances::OpeningHours;
using schedule_stances::PluralDay;
using schedule_stances::TimeQuantifier;
using schedule_stances::Timetable;
using word_helpers::AsksTheReader;
using word_helpers::Before;
using word_helpers::OneOf;
using word_helpers::TextAt;
using word_helpers::WordAt;
using word_helpers::Words;

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
      // "quem dera", "quem me dera", "quem nos dera".
      return OneOf(w, {"tomara", "oxala"}) ||
             (w == "quem" && (TextAt(tokens, i + 1) == "dera" ||
                              (OneOf(TextAt(tokens, i + 1), {"me", "te", "nos"}) &&
                               TextAt(tokens, i + 2) == "dera")));
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
  if (Timetable(tokens, i, l) || NoticeSchedule(tokens, i, l)) return Stance::kTimetable;
  // A plural day may be read as the day of a mention too ("по воскресеньям").
  if (PluralDay(tokens, i, l)) return Stance::kHabit;
  if (in_time[i]) return std::nullopt;
  if (Availability(tokens, i, in_time, l)) return Stance::kAvailability;
  // After availability: "my calendar is open Monday" is the writer's.
  if (OpeningHours(tokens, i, in_time, l)) return Stance::kOpeningHours;
  if (FrequencyAdverbAt(tokens, i, l.language) || TimeQuantifier(tokens, i, in_time, l)) {
    return Stance::kHabit;
  }
  if (Wish(tokens, i, l.language) || FirstPersonConditional(tokens, i, l.language)) {
    return Stance::kWish;
  }
  if (Whereabouts(tokens, i, l.language)) return Stance::kWhereabouts;
  if (NoteToSelf(tokens, i, in_time, l.language)) return Stance::kNoteToSelf;
  if (ClockChangeAt(tokens, i, in_time, l.language)) return Stance::kClockChange;
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
