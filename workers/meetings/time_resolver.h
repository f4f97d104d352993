#pragma once

#include <chrono>
#include <optional>

#include "workers/meetings/time_expression_parser.h"

namespace date {
class time_zone;
}

namespace chatfleet::meetings {

struct ResolvedTime {
  std::chrono::sys_seconds start;
  std::optional<std::chrono::sys_seconds> end;
  bool time_defaulted = false;  // no clock time and no part of the day: 09:00 was assumed
};

/// The 24-hour hour of a typed clock time: am/pm first, then its own or the mention's part of
/// the day ("7 in the evening", "tomorrow evening at 7"), then the business-hours reading of a
/// bare 1–6 ("at 3" is 15:00; "03:00" typed with two digits is not shifted).
int Hour24(const ClockTime& clock, std::optional<DayPart> mention_part);

/// The part of the day a mention means: its own, except that the evening or night of today
/// ("hoy en la noche", "hj à noite", "today evening") is tonight. Night after any other day
/// ("Saturday night", "el sábado por la noche", "sexta à noite") stays night, 21:00.
std::optional<DayPart> PartOfTheDay(const TimeMention& mention);

/// "sunday 11 brunch", "sun 10??": a bare number after a weekday is that weekday's date only
/// when the next such date falls on it; otherwise, from 1 to 12 and with no clock time said, it
/// is the hour on the weekday. The mention comes back read either way. Pure.
TimeMention DayNumberOrHour(TimeMention mention, std::chrono::sys_seconds now,
                            const date::time_zone& zone);

/// Resolves a mention against `now` in `zone`, by the rules: morning 08:00, noon 12:00,
/// afternoon 14:00, evening 19:00, tonight 20:00; a bare weekday is its next occurrence (today
/// while the time is still ahead); "next <weekday>" is strictly after today; "next week
/// Tuesday" is the Tuesday of the following Monday-to-Sunday week; a date without a year is
/// this year while still ahead (today counts), else next year. Local times that do not exist
/// (spring-forward gap) move to the transition; ambiguous ones (fall-back) take the earlier.
/// nullopt when the mention names no day that exists (February 30, "next week" alone).
std::optional<ResolvedTime> ResolveMention(const TimeMention& mention, std::chrono::sys_seconds now,
                                           const date::time_zone& zone);

}  // namespace chatfleet::meetings
