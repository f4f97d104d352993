#include "workers/meetings/time_resolver.h"

#include <date/tz.h>

#include "workers/meetings/holiday_words.h"

namespace chatfleet::meetings {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using LocalDays = date::local_days;
using LocalMinutes = date::local_time<minutes>;

constexpr minutes kDefaultTime = hours{9};

std::optional<LocalDays> ResolveDay(const TimeMention& m, LocalDays today, minutes now_tod,
                                    minutes tod) {
  const auto weekday_today = date::weekday{today}.c_encoding();  // 0 = Sunday
  const DateExpression& d = m.date;
  switch (d.kind) {
    case DateExpression::Kind::kNone:
      if (m.next_week) return std::nullopt;  // "next week at 3": which day?
      if (m.part == DayPart::kTonight) return today;
      return tod > now_tod ? today : today + date::days{1};
    case DateExpression::Kind::kDayOffset:
      return today + date::days{d.day_offset};
    case DateExpression::Kind::kWeekday: {
      const int target = d.weekday;
      if (d.week_offset > 0) {
        const LocalDays monday = today - date::days{(weekday_today + 6) % 7};
        return monday + date::days{7 * d.week_offset + (target + 6) % 7};
      }
      if (m.next_week) {
        const LocalDays monday = today - date::days{(weekday_today + 6) % 7} + date::days{7};
        return monday + date::days{(target + 6) % 7};
      }
      int delta = (target - static_cast<int>(weekday_today) + 7) % 7;
      if (delta == 0 && (d.next || tod <= now_tod)) delta = 7;
      return today + date::days{delta};
    }
    case DateExpression::Kind::kCalendar: {
      const date::year_month_day now_ymd{today};
      date::year year = d.year != 0 ? date::year{d.year} : now_ymd.year();
      date::year_month_day ymd{year, date::month{static_cast<unsigned>(d.month)},
                               date::day{static_cast<unsigned>(d.day)}};
      if (d.year == 0 && ymd.ok() && LocalDays{ymd} < today) {
        ymd = date::year_month_day{year + date::years{1}, ymd.month(), ymd.day()};
      }
      if (!ymd.ok()) return std::nullopt;
      return LocalDays{ymd};
    }
    case DateExpression::Kind::kEaster: {
      // This year's, or next year's once this one's is past.
      const int year = static_cast<int>(date::year_month_day{today}.year());
      for (int y = year; y <= year + 1; ++y) {
        const MonthDay easter = EasterSunday(y, d.orthodox);
        const LocalDays day =
            LocalDays{date::year{y} / date::month{static_cast<unsigned>(easter.month)} /
                      date::day{static_cast<unsigned>(easter.day)}} +
            date::days{d.easter_offset};
        if (day >= today) return day;
      }
      return std::nullopt;
    }
    case DateExpression::Kind::kDayOfMonth: {
      const LocalDays from = d.week_offset > 0 ? today + date::days{7 * d.week_offset - 6} : today;
      const date::year_month_day from_ymd{from};
      date::year_month month = from_ymd.year() / from_ymd.month();
      for (int k = 0; k < 3; ++k, month += date::months{1}) {
        const date::year_month_day ymd{month / date::day{static_cast<unsigned>(d.day)}};
        if (ymd.ok() && LocalDays{ymd} >= from) return LocalDays{ymd};
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::chrono::sys_seconds ToSys(const date::time_zone& zone, LocalMinutes local) {
  // choose::earliest never throws: an ambiguous time takes the first offset, a time in the
  // spring-forward gap becomes the transition instant.
  return std::chrono::floor<std::chrono::seconds>(zone.to_sys(local, date::choose::earliest));
}

}  // namespace

std::optional<DayPart> PartOfTheDay(const TimeMention& m) {
  // "hoy en la noche", "hj à noite", "today evening": the evening or night of today is
  // tonight (20:00); of any other day it keeps its own hour ("sábado por la noche" 21:00).
  const bool today = m.date.kind == DateExpression::Kind::kDayOffset && m.date.day_offset == 0 &&
                     m.date.week_offset == 0;
  if (today && (m.part == DayPart::kEvening || m.part == DayPart::kNight)) return DayPart::kTonight;
  return m.part;
}

int Hour24(const ClockTime& c, std::optional<DayPart> mention_part) {
  const int h = c.hour;
  if (c.meridiem == ClockTime::Meridiem::kPm) return h < 12 ? h + 12 : h;
  if (c.meridiem == ClockTime::Meridiem::kAm) return h == 12 ? 0 : h;
  const std::optional<DayPart> part = c.part ? c.part : mention_part;
  if (part) {
    switch (*part) {
      case DayPart::kMorning:
      case DayPart::kEarlyMorning:
      case DayPart::kLateMorning:
        return h == 12 ? 0 : h;
      case DayPart::kNoon:
        return h <= 6 ? h + 12 : h;
      case DayPart::kAfternoon:
      case DayPart::kLateAfternoon:
      case DayPart::kEarlyEvening:
      case DayPart::kEvening:
      case DayPart::kTonight:
        return h < 12 ? h + 12 : h;
      case DayPart::kNight:
        // "às 20h30 à noite" is typed in 24 h; "9 de la noche" is 21; "1 de la noche" is 1.
        if (h >= 12) return h % 24;
        return h >= 6 ? h + 12 : h;
      case DayPart::kMidnight:
        return h % 24;
    }
  }
  if (!c.typed_24h && h >= 1 && h <= 6) return h + 12;
  return h % 24;
}

TimeMention DayNumberOrHour(TimeMention m, std::chrono::sys_seconds now,
                            const date::time_zone& zone) {
  const DateExpression& d = m.date;
  if (d.kind != DateExpression::Kind::kDayOfMonth || !d.after_weekday || m.start || d.day > 12) {
    return m;
  }
  const LocalDays today = std::chrono::floor<date::days>(zone.to_local(now));
  const auto day = ResolveDay(m, today, minutes{0}, minutes{0});
  if (!day || static_cast<int>(date::weekday{*day}.c_encoding()) == d.weekday) return m;
  ClockTime hour;
  hour.hour = d.day;
  m.start = hour;
  m.date.kind = DateExpression::Kind::kWeekday;
  m.date.after_weekday = false;
  return m;
}

std::optional<ResolvedTime> ResolveMention(const TimeMention& m, std::chrono::sys_seconds now,
                                           const date::time_zone& zone) {
  ResolvedTime out;
  if (m.offset_minutes) {
    // "in 2 hours" is exact elapsed time, not wall-clock arithmetic: it crosses DST correctly.
    out.start = std::chrono::floor<minutes>(now + minutes{*m.offset_minutes});
    if (m.duration_minutes) out.end = out.start + minutes{*m.duration_minutes};
    return out;
  }
  const auto local_now = zone.to_local(now);
  const LocalDays today = std::chrono::floor<date::days>(local_now);
  const minutes now_tod = std::chrono::floor<minutes>(local_now - today);

  const std::optional<DayPart> part = PartOfTheDay(m);
  minutes tod = kDefaultTime;
  if (m.start) {
    tod = hours{Hour24(*m.start, part)} + minutes{m.start->minute};
  } else if (part) {
    tod = hours{DefaultHour(*part)};
  } else {
    out.time_defaulted = true;
  }
  const auto day = ResolveDay(m, today, now_tod, tod);
  if (!day) return std::nullopt;
  out.start = ToSys(zone, LocalMinutes{*day + tod});
  if (m.end) {
    minutes end_tod =
        hours{Hour24(*m.end, m.end->part ? m.end->part : part)} + minutes{m.end->minute};
    // "de siete a nueve" in the evening, "de 4 a 7": an end said without a meridiem or a part
    // is that hour's first time after the start, so it stays the same evening.
    const bool bare_end = m.end->meridiem == ClockTime::Meridiem::kNone && !m.end->part &&
                          !m.end->typed_24h && m.end->hour < 12;
    if (bare_end && end_tod <= tod && end_tod + hours{12} > tod) end_tod += hours{12};
    // "10pm-1am" ends on the next day.
    const LocalDays end_day = end_tod > tod ? *day : *day + date::days{1};
    out.end = ToSys(zone, LocalMinutes{end_day + end_tod});
  } else if (m.duration_minutes) {
    out.end = out.start + minutes{*m.duration_minutes};
  }
  return out;
}

}  // namespace chatfleet::meetings
