#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings {

/// How "3/4" reads: month/day for English in the Americas, day/month elsewhere.
enum class NumericDateOrder { kDayMonth, kMonthDay };

/// A clock time as typed, before a day part or the 1–6 → afternoon rule turns it into 24 h.
struct ClockTime {
  enum class Meridiem { kNone, kAm, kPm };
  int hour = 0;
  int minute = 0;
  Meridiem meridiem = Meridiem::kNone;
  std::optional<DayPart> part;  // "7 in the evening", "10 утра", "5 de la tarde"
  bool typed_24h = false;       // "09:00", "15:30": two-digit hour, never shifted
};

/// The date half of a mention, unresolved: it needs "now" and a time zone to become a day.
struct DateExpression {
  enum class Kind { kNone, kDayOffset, kWeekday, kCalendar, kDayOfMonth, kEaster };
  Kind kind = Kind::kNone;
  int day_offset = 0;  // kDayOffset: today 0, tomorrow 1, "in 3 days" 3
  int weekday = 0;     // kWeekday: 0 = Sunday … 6 = Saturday
  bool next = false;   // kWeekday: "next Friday", strictly after today
  int year = 0;        // kCalendar: 0 when typed without a year
  int month = 0;       // kCalendar
  int day = 0;         // kCalendar, kDayOfMonth
  // "in two weeks on Tuesday" (kWeekday): that weekday of the week N weeks after this one;
  // "in three weeks, on the 9th" (kDayOfMonth): the first such day from now + 7N - 6 days.
  int week_offset = 0;
  // kEaster: days from Easter Sunday ("Good Friday" -2, "Easter Monday" 1), the next one not
  // past; `orthodox` for the Orthodox Easter.
  int easter_offset = 0;
  bool orthodox = false;
  // kDayOfMonth: a bare number right after a weekday ("Sunday 11", "el sábado 14"), `weekday`
  // holding that weekday. The number is the date only if that date falls on it
  // (DayNumberOrHour); "sunday 11 brunch" on a month whose 11th is a Wednesday says the hour.
  bool after_weekday = false;
};

/// One time expression found in a message: what was said about the day, the time, the end or
/// duration, and which tokens said it.
struct TimeMention {
  DateExpression date;
  bool next_week = false;  // "next week Tuesday": the following Monday-to-Sunday week
  std::optional<ClockTime> start;
  std::optional<ClockTime> end;         // ranges: "3-4 PM", "с 16:00 до 17:30"
  std::optional<DayPart> part;          // standalone: "morning", "вечером"
  std::optional<int> duration_minutes;  // "for 45 minutes", "на полчаса"
  std::optional<int> offset_minutes;    // "in 2 hours": relative to now, exact
  std::size_t first_token = 0;          // inclusive token range of the whole mention
  std::size_t last_token = 0;
  int sentence = 0;
};

/// Sentence index of every token: '.', '!', '?', ';' and new lines end sentences, except a
/// '.' inside "14.30" or "15.03" and the dot of an abbreviated weekday or month ("sáb. 28",
/// "24 de oct. a las 21", "Sat. Mar. 7").
std::vector<int> SentenceIndex(const std::vector<Token>& tokens, const Lexicon& lexicon);

/// Finds the time expressions of a tokenized message, grouped into mentions (one date and one
/// time each; a mention without a date takes the previous mention's). Pure and total: any
/// input yields a possibly empty list.
std::vector<TimeMention> ParseTimeExpressions(const std::vector<Token>& tokens,
                                              const Lexicon& lexicon, NumericDateOrder order);

}  // namespace chatfleet::meetings
