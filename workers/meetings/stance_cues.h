#pragma once

#include <cstddef>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings {

/// What a clause does with its times when it states no plan, read from its grammar (closed word
/// classes and their order) rather than from a list of events or of whole phrases.
enum class Stance {
  // A predicate of being free, at home or at work: "I'm free after 5", "Free Thursday afternoon?",
  // "estoy
  // libre el jueves", "я свободна", "tô livre depois das 5", "я дома с утра". An attributive
  // "free" before its noun ("free yoga class"), "al aire libre"/"ao ar livre" and availability
  // as the condition of a proposal ("if you're free Friday at 7, dinner at ours?") and a question
  // that names the activity ("free for drinks tonight at 8?") are not.
  kAvailability,
  // A habit or routine: a frequency adverb ("usually", "всегда", "siempre", "costuma"), a
  // quantifier over times ("every Tuesday", "каждый вторник", "todos los martes", "toda terça",
  // "cada 20 minutos"), a plural day ("on Sundays", "по воскресеньям", "los domingos", "aos
  // domingos").
  kHabit,
  // A timetable: a range of weekdays or an exception ("Tuesday to Sunday", "с понедельника по
  // пятницу", "кроме понедельника", "de martes a domingo"), or hours announced as such ("Store
  // hours: 9am-9pm", "часы работы", "horario de atención", "horário de funcionamento"). Holds for
  // the whole sentence, since a
  // timetable lists its hours and its days in separate clauses.
  kTimetable,
  // A place opening or closing at its hours: "Tesco's open 8 till 10", "La tienda cierra a las
  // 9", "dia 24 fechamos às 16h". Holds for its clause only, so the plan beside it keeps its time.
  kOpeningHours,
  // A wish or an unreal plan judged: an impersonal conditional copula before a judgement and an
  // infinitive ("would be nice to", "it'd be great to", "sería genial cenar", "seria ótimo
  // jantar"), a wish word ("I wish", "ojalá", "tomara", "quem dera", "мечтаю") or the Russian
  // subjunctive "бы" ("хорошо бы", "вот бы"; not a polite request, "не мог бы ты"). A judged plan
  // asked of the reader ("would be great to grab dinner at 8, are you in?") proposes instead.
  kWish,
  // Where the writer will be, not what they will do: a first-person copula before a place or
  // "around" ("I'll be in the office tomorrow from 9", "я на работе с 9", "estoy en la oficina",
  // "tô no escritório"), or coming back ("vuelvo a las 8", "volto às 20h", "home at 7"). Like a
  // measure, it only outweighs an activity guessed from the words.
  kWhereabouts,
  // A note to self: the clause's first word past its time is a bare infinitive ("Regar las
  // plantas mañana a las 7", "Завтра в 7 утра полить цветы", "Regar as plantas amanhã"). Like a
  // whereabouts, it only outweighs an activity guessed from the words.
  kNoteToSelf,
  // The clock itself changes: "clocks go back on Sunday at 2am", "часы переводят", "el cambio de
  // hora", "o horário de verão acaba".
  kClockChange,
  // A joke takes the message back: "just kidding", "шучу", "es broma", "brincadeira", April
  // Fools and Inocentes. Holds for the whole message, before or after the joke word.
  kJoke,
  // A number of a measure: "15 degrees", "5 km", "30 reais", "до 15 градусов". It says the clause
  // reports a quantity, so only an activity guessed from the clause's words yields to it.
  kMeasure,
  // The weather said or forecast: "обещают грозу", "storms tomorrow at 3", "va a llover", "vai
  // chover". Like a measure, it only outweighs an activity guessed from the words.
  kWeather,
};

struct StanceCue {
  Stance stance;
  std::size_t token;  // where the cue starts
};

/// The Russian subjunctive "бы" at token i asks or invites rather than wishes: after "can"
/// ("не мог бы ты", "могли бы созвониться") or as "would like to" with the reader as its object
/// ("хотела бы пригласить вас"). Pure.
bool PoliteSubjunctive(const std::vector<Token>& tokens, std::size_t i);

/// Every stance cue of a tokenized message, in token order. `in_time[i]` says token i belongs to
/// a time mention (so "free after 5" reads "after 5" as the time, not as what is free). Pure.
std::vector<StanceCue> FindStanceCues(const std::vector<Token>& tokens,
                                      const std::vector<bool>& in_time, const Lexicon& lexicon);

}  // namespace chatfleet::meetings
