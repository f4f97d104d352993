#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

#include "shared/i18n/locale.h"

namespace chatfleet::i18n {

/// Every text the fleet writes to a user. Templates name their arguments in braces.
enum class MessageId {
  kFollowUpNotice,           // "I will follow up in {duration}."
  kFollowUp,                 // the due follow-up: "... {subject} ..."
  kFollowUpWithoutSubject,   // the due follow-up when no subject is known
  kMeetingReminder,          // preparation: "{title} starts in {duration}, at {time}"
  kMeetingCompletion,        // after the end: "{title} ... How did it go?"
  kMeetingFollowUpGreeting,  // no end known, after the start: "How did {title} go?"
  kApologyDelay,             // the reply is late (timeout)
  kApologyError,             // something failed on our side
  kApologyUnavailable,       // the bot cannot help right now
  kError,                    // a generic error the user may retry
  kScheduleHeader,           // /schedule: "Your upcoming meetings"
  kScheduleEmpty,            // /schedule with nothing ahead
  kScheduleMore,             // "…and {count} more"
  kToday,
  kTomorrow,
  kRemindersOff,           // /reminders off: no reminders nor follow-ups from now on
  kRemindersOffFollowUps,  // /reminders off followups
  kRemindersOffMeetings,   // /reminders off meetings
  kRemindersOn,            // /reminders on
  kRemindersUsage,         // /reminders with anything else
  kTimezoneSet,            // "{zone}" is the user's timezone from now on
  kTimezoneUnknown,        // "{zone}" is no timezone we know
  kMeetingCancelled,       // "{title}, {when}" cancelled with its reminders
  kMeetingMoved,           // "{title}" moved to "{when}", reminders planned again
  kMeetingWhich,           // several meetings match: which one? (a listing follows)
  kMeetingNotFound,        // no upcoming meeting matches
};
inline constexpr std::size_t kMessageCount =
    static_cast<std::size_t>(MessageId::kMeetingNotFound) + 1;

std::string_view MessageName(MessageId id);  // "follow_up_notice": a metric label

struct MessageArg {
  std::string_view name;  // without braces: "duration"
  std::string value;
};

/// Called when a text is rendered in English because the user's language (or that message
/// in it) is missing; wire it to a counter. Must be thread-safe if the catalog is shared.
using MissingTranslationHook = std::function<void(std::string_view language, MessageId id)>;

/// The localized message catalog (en, ru, es, pt, he). Immutable after construction and
/// thread-safe. A message is always written in one language only: the user's, else English.
class MessageCatalog {
 public:
  explicit MessageCatalog(MissingTranslationHook on_missing = {});

  /// `language` is a code as stored in profiles ("ru", "pt-BR"). Unknown arguments stay as
  /// written; a missing language or message falls back to English and calls the hook.
  std::string Render(std::string_view language, MessageId id,
                     std::initializer_list<MessageArg> args = {}) const;
  std::string Render(Locale locale, MessageId id,
                     std::initializer_list<MessageArg> args = {}) const;

  /// The locale a message in `language` renders in (English when missing), counting misses.
  Locale Resolve(std::string_view language, MessageId id) const;

 private:
  MissingTranslationHook on_missing_;
};

/// A duration as users read it, with the locale's plural forms and decimal separator, in the
/// form that follows "in"/"через"/"en"/"em"/"בעוד": "1.5 hours", "1,5 часа", "2 часа",
/// "21 минуту", "15 minutos", "שעתיים", "1 hour 20 minutes". Whole half hours print as
/// decimals; exact days as days.
std::string FormatDuration(Locale locale, std::chrono::minutes duration);

/// The raw template, empty when the catalog has none for that locale (tests, tooling).
std::string_view Template(Locale locale, MessageId id);

}  // namespace chatfleet::i18n
