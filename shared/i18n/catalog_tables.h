#pragma once

#include <string_view>

#include "shared/i18n/locale.h"
#include "shared/i18n/message_catalog.h"
#include "shared/i18n/plural.h"

// Internal to shared/i18n: the declarative tables behind MessageCatalog and FormatDuration.
namespace chatfleet::i18n {

enum class DurationUnit { kMinute, kHour, kDay };

std::string_view TemplateText(Locale locale, MessageId id);  // empty when missing
std::string_view UnitForm(Locale locale, DurationUnit unit, PluralCategory category);
std::string_view UnitJoin(Locale locale);

}  // namespace chatfleet::i18n
