#include "shared/i18n/schedule_listing.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "shared/core/utf8.h"

namespace chatfleet::i18n {
namespace {

using std::chrono::local_days;

// Short weekday (Sunday first) and month names per locale, in Locale order.
constexpr std::array<std::array<std::string_view, 7>, 5> kWeekdays = {{
    {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
    {"вс", "пн", "вт", "ср", "чт", "пт", "сб"},
    {"dom", "lun", "mar", "mié", "jue", "vie", "sáb"},
    {"dom", "seg", "ter", "qua", "qui", "sex", "sáb"},
    {"יום א׳", "יום ב׳", "יום ג׳", "יום ד׳", "יום ה׳", "יום ו׳", "שבת"},
}};
constexpr std::array<std::array<std::string_view, 12>, 5> kMonths = {{
    {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
    {"янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"},
    {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"},
    {"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"},
    {"ינו׳", "פבר׳", "מרץ", "אפר׳", "מאי", "יוני", "יולי", "אוג׳", "ספט׳", "אוק׳", "נוב׳", "דצמ׳"},
}};

std::string DayHeader(const MessageCatalog& catalog, Locale locale, local_days day,
                      local_days today) {
  if (day == today) return catalog.Render(locale, MessageId::kToday);
  if (day == today + std::chrono::days{1}) return catalog.Render(locale, MessageId::kTomorrow);
  const std::chrono::year_month_day ymd{day};
  const auto index = static_cast<std::size_t>(locale);
  const std::string_view weekday = kWeekdays[index][std::chrono::weekday{day}.c_encoding()];
  const std::string_view month = kMonths[index][static_cast<unsigned>(ymd.month()) - 1];
  const std::string number = std::to_string(static_cast<unsigned>(ymd.day()));
  if (locale == Locale::kEn) {
    return std::string(weekday) + ", " + std::string(month) + " " + number;  // "Tue, Mar 17"
  }
  return std::string(weekday) + ", " + number + " " + std::string(month);  // "вт, 17 мар"
}

std::string Clock(Locale locale, std::chrono::local_seconds at) {
  const auto day = std::chrono::floor<std::chrono::days>(at);
  const std::chrono::hh_mm_ss tod{std::chrono::floor<std::chrono::minutes>(at - day)};
  const int hour = static_cast<int>(tod.hours().count());
  const int minute = static_cast<int>(tod.minutes().count());
  char buffer[16];
  if (locale == Locale::kEn) {
    const int h12 = hour % 12 == 0 ? 12 : hour % 12;
    std::snprintf(buffer, sizeof buffer, "%d:%02d %s", h12, minute, hour < 12 ? "AM" : "PM");
  } else {
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", hour, minute);
  }
  return buffer;
}

// One line per entry whatever the title holds; cut on a code-point boundary.
std::string ShortTitle(std::string_view title, std::size_t width) {
  std::string out;
  std::size_t points = 0;
  for (std::size_t i = 0; i < title.size();) {
    if (++points > width) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      return out + "…";
    }
    const std::size_t length = DecodeCodePoint(title, i).length;
    const char first = title[i];
    const bool breaks_line = first == '\n' || first == '\r' || first == '\t';
    out.append(breaks_line ? " " : title.substr(i, length));
    i += length;
  }
  return out;
}

}  // namespace

std::string FormatClockTime(Locale locale, std::chrono::local_seconds at) {
  return Clock(locale, at);
}

std::string FormatDayAndTime(const MessageCatalog& catalog, Locale locale,
                             std::chrono::local_seconds at, local_days today) {
  return DayHeader(catalog, locale, std::chrono::floor<std::chrono::days>(at), today) + ", " +
         Clock(locale, at);
}

std::string FormatScheduleListing(const MessageCatalog& catalog, std::string_view language,
                                  std::vector<ScheduleEntry> entries, local_days today,
                                  ScheduleLayout layout) {
  const Locale locale = catalog.Resolve(language, MessageId::kScheduleHeader);
  if (entries.empty()) return catalog.Render(locale, MessageId::kScheduleEmpty);
  std::stable_sort(
      entries.begin(), entries.end(),
      [](const ScheduleEntry& a, const ScheduleEntry& b) { return a.start < b.start; });
  std::string out = "📅 " + catalog.Render(locale, layout.header) + "\n";
  std::optional<local_days> current_day;
  const std::size_t shown = std::min(entries.size(), layout.max_entries);
  for (std::size_t i = 0; i < shown; ++i) {
    const ScheduleEntry& e = entries[i];
    const local_days day = std::chrono::floor<std::chrono::days>(e.start);
    if (day != current_day) {
      out += "\n" + DayHeader(catalog, locale, day, today) + "\n";
      current_day = day;
    }
    std::string when = Clock(locale, e.start);
    // An end on another day would need its own date; a phone line shows the start only then.
    if (e.end && std::chrono::floor<std::chrono::days>(*e.end) == day && *e.end > e.start) {
      when += "–" + Clock(locale, *e.end);
    }
    out += "• " + when + " " + ShortTitle(e.title, layout.title_width) + "\n";
  }
  if (entries.size() > shown) {
    out += "\n" +
           catalog.Render(locale, MessageId::kScheduleMore,
                          {{"count", std::to_string(entries.size() - shown)}}) +
           "\n";
  }
  out.pop_back();  // no trailing new line
  return out;
}

}  // namespace chatfleet::i18n
