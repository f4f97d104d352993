#include "shared/core/clock.h"

#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

namespace chatfleet {
namespace {

// Days from 1970-01-01 to a civil date (Howard Hinnant's days_from_civil algorithm).
std::int64_t DaysFromCivil(int year, unsigned month, unsigned day) {
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const unsigned year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

}  // namespace

std::optional<std::chrono::system_clock::time_point> ParseRfc3339(std::string_view text) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, consumed = 0;
  const std::string input(text);
  if (std::sscanf(input.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &year, &month, &day, &hour, &minute,
                  &second, &consumed) != 6 ||
      consumed != 19) {
    return std::nullopt;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return std::nullopt;
  }
  std::size_t position = 19;
  std::int64_t nanos = 0;
  if (position < input.size() && input[position] == '.') {
    std::int64_t scale = 100000000;
    ++position;
    while (position < input.size() && std::isdigit(static_cast<unsigned char>(input[position]))) {
      nanos += (input[position] - '0') * scale;
      scale /= 10;
      ++position;
    }
  }
  std::int64_t offset_seconds = 0;
  if (position < input.size() && (input[position] == 'Z' || input[position] == 'z')) {
    ++position;
  } else if (position + 6 == input.size() && (input[position] == '+' || input[position] == '-')) {
    int offset_hours = 0, offset_minutes = 0;
    if (std::sscanf(input.c_str() + position + 1, "%2d:%2d", &offset_hours, &offset_minutes) != 2) {
      return std::nullopt;
    }
    offset_seconds =
        (offset_hours * 3600 + offset_minutes * 60) * (input[position] == '-' ? -1 : 1);
    position += 6;
  } else {
    return std::nullopt;
  }
  if (position != input.size()) return std::nullopt;
  const std::int64_t seconds =
      DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
      hour * 3600 + minute * 60 + second - offset_seconds;
  return std::chrono::system_clock::time_point(
      std::chrono::duration_cast<std::chrono::system_clock::duration>(
          std::chrono::seconds(seconds) + std::chrono::nanoseconds(nanos)));
}

std::string FormatRfc3339Utc(std::chrono::system_clock::time_point time) {
  const auto seconds = std::chrono::system_clock::to_time_t(time);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  // Room for every int the fields could hold, not just real dates: g++ warns of truncation
  // otherwise, and a 20-character result costs nothing more in a larger buffer.
  char buffer[80];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
  return buffer;
}

std::chrono::system_clock::time_point FileClock::Now() const {
  std::ifstream file(path_);
  if (!file) throw std::runtime_error("clock file " + path_ + " cannot be read");
  std::string text;
  std::getline(file, text);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  const auto parsed = ParseRfc3339(text);
  if (!parsed) throw std::runtime_error("clock file " + path_ + ": not an RFC 3339 time: " + text);
  return *parsed;
}

std::unique_ptr<Clock> MakeClock(const std::string& clock_file) {
  if (clock_file.empty()) return std::make_unique<SystemClock>();
  return std::make_unique<FileClock>(clock_file);
}

}  // namespace chatfleet
