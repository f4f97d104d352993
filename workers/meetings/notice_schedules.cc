// Schedules the writer passes on: timetables, opening hours and service cuts.
#include "workers/meetings/notice_schedules.h"

#include <string_view>

#include "workers/meetings/word_helpers.h"

namespace chatfleet::meetings::schedule_stances {
namespace {

using word_helpers::Before;
using word_helpers::OneOf;
using word_helpers::OpensSentence;
using word_helpers::TextAt;
using word_helpers::WordAt;

// The head of a timetable: what a notice is titled with, not what a chat plans with.
bool ScheduleNoun(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"schedule", "timetable", "timetables"});
    case Language::kRu:
      return OneOf(w, {"график", "графики", "расписание"});
    case Language::kEs:
    case Language::kPt:
      return OneOf(w, {"horario", "horarios"});
  }
  return false;
}

// A place opens or closes: the verb or its participle, said of a shop, a gate, an office.
// Portuguese "fecha" only: in Spanish it is "the date".
bool OpeningVerb(std::string_view w, Language language) {
  switch (language) {
    case Language::kEn:
      return OneOf(w, {"open", "opens", "closes", "closed"});
    case Language::kRu:
      return OneOf(w, {"открыт", "открыто", "открыта", "закрыт", "закрыто", "закрыта",
                       "открывается", "закрывается"});
    case Language::kEs:
      return OneOf(
          w, {"abre", "abren", "abrimos", "cierra", "cierran", "cerramos", "abierto", "cerrado"});
    case Language::kPt:
      return OneOf(
          w, {"abre", "abrem", "abrimos", "fecha", "fecham", "fechamos", "aberto", "fechado"});
  }
  return false;
}

// The opening verb is followed by its hours ("open 8 till 10", "closes at 5", "open tues
// 10-8"), not by a noun it names ("open mic night", "open house").
bool HoursFollow(const std::vector<Token>& tokens, std::size_t i,
                 const std::vector<bool>& in_time) {
  for (std::size_t k = i + 1; k < tokens.size() && k <= i + 3; ++k) {
    if (tokens[k].EndsSentence()) return false;
    if (in_time[k]) return true;
    if (k == i + 1 && WordAt(tokens, k) &&
        !OneOf(tokens[k].text, {"at", "from", "until", "till", "a", "as", "las", "в", "с", "до",
                                "de", "das", "on"})) {
      return false;
    }
  }
  return false;
}

// "I'm open thursday", "we're open to it": the writer's own availability is read elsewhere.
bool SaidOfThePlace(const std::vector<Token>& tokens, std::size_t i) {
  return !OneOf(Before(tokens, i),
                {"i'm", "im", "i", "we're", "were", "you're", "youre", "am", "are"});
}

// A cut of power, water or traffic: "load shedding", "power outage", "отключение света",
// "apagones", "corte de energia", "pico y placa".
bool ServiceCut(const std::vector<Token>& tokens, std::size_t i, Language language) {
  const std::string_view w = tokens[i].text;
  const std::string_view next = TextAt(tokens, i + 1);
  switch (language) {
    case Language::kEn:
      return (w == "shedding" && Before(tokens, i) == "load") || OneOf(w, {"outage", "outages"});
    case Language::kRu:
      return w.starts_with("отключени");
    case Language::kEs:
      return OneOf(w, {"apagon", "apagones", "racionamiento"}) ||
             (w == "pico" && next == "y" && TextAt(tokens, i + 2) == "placa");
    case Language::kPt:
      return (w == "corte" || w == "cortes") && next == "de" &&
             OneOf(TextAt(tokens, i + 2), {"energia", "luz", "agua"});
  }
  return false;
}

// English puts what the timetable is of before its noun ("Bus timetable", "train schedule"); "my
// schedule" and "our schedule" are the writer's plans.
bool HeadsItsSentence(const std::vector<Token>& tokens, std::size_t i, Language language) {
  if (OpensSentence(tokens, i)) return true;
  return language == Language::kEn && WordAt(tokens, i - 1) && OpensSentence(tokens, i - 1) &&
         !OneOf(tokens[i - 1].text, {"my", "our", "your", "his", "her", "their"});
}

// The first letters of every word the readers above look for ("schedule", "horario", "график",
// "open", "cierra", "fecha", "outage", "apagones", "corte", "pico"…), so that most words cost a
// single compare: these readers run at every token.
bool MayStartANotice(std::string_view w) {
  if (w.size() < 4) return false;
  switch (static_cast<unsigned char>(w[0])) {
    case 'a':
    case 'c':
    case 'f':
    case 'h':
    case 'o':
    case 'p':
    case 'r':
    case 's':
    case 't':
    case 0xD0:  // Cyrillic: "график", "расписание", "отключение", "открыт", "закрыт"
    case 0xD1:
      return true;
    default:
      return false;
  }
}

}  // namespace

bool NoticeSchedule(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l) {
  const std::string_view w = tokens[i].text;
  if (!MayStartANotice(w)) return false;
  return (HeadsItsSentence(tokens, i, l.language) && ScheduleNoun(w, l.language)) ||
         ServiceCut(tokens, i, l.language);
}

bool OpeningHours(const std::vector<Token>& tokens, std::size_t i, const std::vector<bool>& in_time,
                  const Lexicon& l) {
  return MayStartANotice(tokens[i].text) && HoursFollow(tokens, i, in_time) &&
         OpeningVerb(tokens[i].text, l.language) && SaidOfThePlace(tokens, i);
}

}  // namespace chatfleet::meetings::schedule_stances
