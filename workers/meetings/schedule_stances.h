#pragma once

#include <cstddef>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings::schedule_stances {

/// The stances that say how the writer's (or a place's) time is taken rather than planned:
/// availability, habits and timetables, read at token i. Pure; `in_time[i]` says token i
/// belongs to a time mention. Dispatched by FindStanceCues (stance_cues.h), which documents what
/// each stance covers.
bool Availability(const std::vector<Token>& tokens, std::size_t i, const std::vector<bool>& in_time,
                  const Lexicon& l);
bool FrequencyAdverb(std::string_view w, Language language);
/// A frequency adverb at token i that says a habit: not "de siempre" (the usual place) nor a bare
/// "menudo" (the dish; "a menudo" is "often").
bool FrequencyAdverbAt(const std::vector<Token>& tokens, std::size_t i, Language language);
bool TimeQuantifier(const std::vector<Token>& tokens, std::size_t i,
                    const std::vector<bool>& in_time, const Lexicon& l);
bool PluralDay(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l);
bool Timetable(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l);

}  // namespace chatfleet::meetings::schedule_stances
