#include "scheduler/compose/due_texts.h"

#include <date/tz.h>

#include "shared/i18n/message_catalog.h"
#include "shared/i18n/schedule_listing.h"

namespace chatfleet::scheduler {
namespace {

using i18n::MessageId;

/// The meeting's start in the user's zone: the offset in force at that instant (DST-safe).
std::chrono::local_seconds LocalStart(const DueMessage& due) {
  const auto start = std::chrono::floor<std::chrono::seconds>(*due.starts_at);
  const date::time_zone* zone = nullptr;
  try {
    zone = date::locate_zone(due.timezone.empty() ? "UTC" : due.timezone);
  } catch (const std::exception&) {
    zone = date::locate_zone("UTC");
  }
  const auto local =
      date::make_zoned(zone, date::sys_seconds(start.time_since_epoch())).get_local_time();
  return std::chrono::local_seconds(local.time_since_epoch());
}

}  // namespace

std::string RenderDueMessage(const i18n::MessageCatalog& catalog, const DueMessage& due) {
  if (due.source == DueMessage::Source::kFollowUp) {
    // A conversation whose subject was never made out: no "as promised: ." with nothing in it.
    if (due.title.empty()) return catalog.Render(due.language, MessageId::kFollowUpWithoutSubject);
    return catalog.Render(due.language, MessageId::kFollowUp, {{"subject", due.title}});
  }
  switch (due.reminder_kind) {
    case DueMessage::ReminderKind::kPreparation: {
      const auto lead =
          std::chrono::ceil<std::chrono::minutes>(due.starts_at.value_or(due.due_at) - due.due_at);
      const auto locale = catalog.Resolve(due.language, MessageId::kMeetingReminder);
      return catalog.Render(
          locale, MessageId::kMeetingReminder,
          {{"title", due.title},
           {"duration", i18n::FormatDuration(locale, std::max(lead, std::chrono::minutes(1)))},
           {"time", due.starts_at ? i18n::FormatClockTime(locale, LocalStart(due)) : ""}});
    }
    case DueMessage::ReminderKind::kCompletion:
      return catalog.Render(due.language, MessageId::kMeetingCompletion, {{"title", due.title}});
    case DueMessage::ReminderKind::kFollowUpGreeting:
      return catalog.Render(due.language, MessageId::kMeetingFollowUpGreeting,
                            {{"title", due.title}});
  }
  return due.title;
}

}  // namespace chatfleet::scheduler
