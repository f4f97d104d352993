#include "shared/i18n/message_catalog.h"

#include <utility>

#include "shared/i18n/catalog_tables.h"
#include "shared/i18n/plural.h"

namespace chatfleet::i18n {
namespace {

std::string Substitute(std::string_view text, std::initializer_list<MessageArg> args) {
  std::string out;
  out.reserve(text.size() + 32);
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find('{', at);
    if (open == std::string_view::npos) break;
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(text.substr(at, open - at));
    const std::string_view name = text.substr(open + 1, close - open - 1);
    const MessageArg* arg = nullptr;
    for (const MessageArg& candidate : args) {
      if (candidate.name == name) arg = &candidate;
    }
    // An argument the caller did not pass stays visible rather than vanishing silently.
    out.append(arg != nullptr ? std::string_view(arg->value) : text.substr(open, close - open + 1));
    at = close + 1;
  }
  out.append(text.substr(std::min(at, text.size())));
  return out;
}

std::string Number(Locale locale, Quantity q) {
  std::string out = std::to_string(q.integer);
  if (q.has_fraction) {
    out += DecimalSeparator(locale);
    out += static_cast<char>('0' + q.fraction);
  }
  return out;
}

std::string Unit(Locale locale, DurationUnit unit, Quantity q) {
  const std::string_view form = UnitForm(locale, unit, PluralCategoryFor(locale, q));
  std::string out;
  const std::size_t slot = form.find("{n}");
  if (slot == std::string_view::npos) return std::string(form);
  out.append(form.substr(0, slot));
  out.append(Number(locale, q));
  out.append(form.substr(slot + 3));
  return out;
}

}  // namespace

std::string_view MessageName(MessageId id) {
  static constexpr std::string_view kNames[kMessageCount] = {"follow_up_notice",
                                                             "follow_up",
                                                             "follow_up_without_subject",
                                                             "meeting_reminder",
                                                             "meeting_completion",
                                                             "meeting_follow_up_greeting",
                                                             "apology_delay",
                                                             "apology_error",
                                                             "apology_unavailable",
                                                             "error",
                                                             "schedule_header",
                                                             "schedule_empty",
                                                             "schedule_more",
                                                             "today",
                                                             "tomorrow",
                                                             "reminders_off",
                                                             "reminders_off_follow_ups",
                                                             "reminders_off_meetings",
                                                             "reminders_on",
                                                             "reminders_usage",
                                                             "timezone_set",
                                                             "timezone_unknown",
                                                             "meeting_cancelled",
                                                             "meeting_moved",
                                                             "meeting_which",
                                                             "meeting_not_found"};
  return kNames[static_cast<std::size_t>(id)];
}

std::string_view Template(Locale locale, MessageId id) { return TemplateText(locale, id); }

MessageCatalog::MessageCatalog(MissingTranslationHook on_missing)
    : on_missing_(std::move(on_missing)) {}

Locale MessageCatalog::Resolve(std::string_view language, MessageId id) const {
  const auto locale = ParseLocale(language);
  if (locale && !TemplateText(*locale, id).empty()) return *locale;
  if (on_missing_) on_missing_(language, id);
  return Locale::kEn;
}

std::string MessageCatalog::Render(std::string_view language, MessageId id,
                                   std::initializer_list<MessageArg> args) const {
  return Substitute(TemplateText(Resolve(language, id), id), args);
}

std::string MessageCatalog::Render(Locale locale, MessageId id,
                                   std::initializer_list<MessageArg> args) const {
  return Render(LocaleCode(locale), id, args);
}

std::string FormatDuration(Locale locale, std::chrono::minutes duration) {
  const long minutes = duration.count() < 0 ? 0 : duration.count();
  if (minutes < 60) return Unit(locale, DurationUnit::kMinute, {minutes});
  if (minutes % 1440 == 0) return Unit(locale, DurationUnit::kDay, {minutes / 1440});
  if (minutes % 60 == 0) return Unit(locale, DurationUnit::kHour, {minutes / 60});
  if (minutes % 30 == 0) return Unit(locale, DurationUnit::kHour, {minutes / 60, 5, true});
  return Unit(locale, DurationUnit::kHour, {minutes / 60}) + std::string(UnitJoin(locale)) +
         Unit(locale, DurationUnit::kMinute, {minutes % 60});
}

}  // namespace chatfleet::i18n
