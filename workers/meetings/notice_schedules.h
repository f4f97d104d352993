#pragma once

#include <cstddef>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings::schedule_stances {

/// A schedule passed on rather than planned, read by its grammar: a schedule noun heading its
/// sentence ("Horario de apagones en el circuito 8: …", "расписание электричек меняется…") or
/// a service cut ("load shedding tonight 18:00-20:30", "corte de energia amanhã", "график
/// отключения"). Nobody attends a timetable, so its sentence states no plan of the chat. True at
/// the word that says it. Pure.
bool NoticeSchedule(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l);

/// A place's opening or closing verb before its hours ("Tesco's open 8 till 10", "dia 24
/// fechamos às 16h", "La tienda cierra a las 9"), not before a noun ("open mic night"), nor the
/// writer's own "I'm open". Holds for its clause only: "Pharmacy opens at 8, I'll meet you there
/// at 8:15" plans the second time. `in_time[i]` says token i belongs to a time mention. Pure.
bool OpeningHours(const std::vector<Token>& tokens, std::size_t i, const std::vector<bool>& in_time,
                  const Lexicon& l);

}  // namespace chatfleet::meetings::schedule_stances
