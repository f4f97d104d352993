#include "workers/meetings/iso_time.h"

#include <date/tz.h>

#include <cstdio>

namespace chatfleet::meetings {
namespace {

bool Digits(std::string_view s, std::size_t at, std::size_t count, int* value) {
  if (at + count > s.size()) return false;
  int v = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *value = v;
  return true;
}

}  // namespace

std::optional<std::chrono::sys_seconds> ParseIsoInstant(std::string_view s) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!Digits(s, 0, 4, &year) || s.size() < 16 || s[4] != '-' || !Digits(s, 5, 2, &month) ||
      s[7] != '-' || !Digits(s, 8, 2, &day) || (s[10] != 'T' && s[10] != ' ') ||
      !Digits(s, 11, 2, &hour) || s[13] != ':' || !Digits(s, 14, 2, &minute)) {
    return std::nullopt;
  }
  std::size_t at = 16;
  if (at < s.size() && s[at] == ':') {
    if (!Digits(s, at + 1, 2, &second)) return std::nullopt;
    at += 3;
    if (at < s.size() && s[at] == '.') {
      ++at;
      while (at < s.size() && s[at] >= '0' && s[at] <= '9') ++at;
    }
  }
  int offset_minutes = 0;
  if (at < s.size() && (s[at] == 'Z' || s[at] == 'z')) {
    ++at;
  } else if (at < s.size() && (s[at] == '+' || s[at] == '-')) {
    int oh = 0, om = 0;
    const int sign = s[at] == '-' ? -1 : 1;
    if (!Digits(s, at + 1, 2, &oh)) return std::nullopt;
    at += 3;
    if (at < s.size() && s[at] == ':') ++at;
    if (!Digits(s, at, 2, &om)) return std::nullopt;
    at += 2;
    offset_minutes = sign * (oh * 60 + om);
  } else {
    return std::nullopt;
  }
  if (at != s.size() || hour > 23 || minute > 59 || second > 60) return std::nullopt;
  const date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month)},
                                 date::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  const auto days = date::sys_days{ymd}.time_since_epoch();
  return std::chrono::sys_seconds{std::chrono::duration_cast<std::chrono::seconds>(days)} +
         std::chrono::hours{hour} + std::chrono::minutes{minute} + std::chrono::seconds{second} -
         std::chrono::minutes{offset_minutes};
}

std::string FormatIsoInZone(std::chrono::sys_seconds instant, const date::time_zone& zone) {
  const auto info = zone.get_info(instant);
  const auto local = instant + info.offset;
  const auto day = std::chrono::floor<date::days>(local);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss tod{local - day};
  const int offset = static_cast<int>(info.offset.count() / 60);
  const int abs_offset = offset < 0 ? -offset : offset;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d%c%02d:%02d",
                static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()), static_cast<int>(tod.hours().count() % 24),
                static_cast<int>(tod.minutes().count()), static_cast<int>(tod.seconds().count()),
                offset < 0 ? '-' : '+', abs_offset / 60, abs_offset % 60);
  return buffer;
}

}  // namespace chatfleet::meetings
