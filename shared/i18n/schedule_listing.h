#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/i18n/message_catalog.h"

namespace chatfleet::i18n {

/// One upcoming meeting in the user's local time (the caller converts with the user's zone).
struct ScheduleEntry {
  std::string title;
  std::chrono::local_seconds start;
  std::optional<std::chrono::local_seconds> end;
};

struct ScheduleLayout {
  std::size_t max_entries = 10;                   // the rest become "…and N more"
  std::size_t title_width = 24;                   // code points; longer titles end in "…"
  MessageId header = MessageId::kScheduleHeader;  // "Which meeting do you mean?" when asking
};

/// The answer to `/schedule`, formatted for a phone screen in the user's language only:
///
///   📅 Your upcoming meetings
///
///   Today
///   • 15:00–16:00 Team meeting
///
///   Tue, Mar 17
///   • 10:00 Dentist
///
/// Entries are sorted by start and grouped by day ("Today", "Tomorrow", then a short weekday
/// and date); English uses 12-hour times ("3:00 PM"), the others 24-hour. Titles are cut on
/// code-point boundaries and a line break in a title becomes a space, so one entry is one line.
/// A local time of day as the locale writes it: "3:00 PM" in English, "15:00" elsewhere.
std::string FormatClockTime(Locale locale, std::chrono::local_seconds at);
/// A local time with its day as the listing heads it: "Today, 3:00 PM", "вт, 17 мар, 10:00".
std::string FormatDayAndTime(const MessageCatalog& catalog, Locale locale,
                             std::chrono::local_seconds at, std::chrono::local_days today);

std::string FormatScheduleListing(const MessageCatalog& catalog, std::string_view language,
                                  std::vector<ScheduleEntry> entries, std::chrono::local_days today,
                                  ScheduleLayout layout = {});

}  // namespace chatfleet::i18n
