#pragma once

#include <optional>
#include <string_view>

namespace chatfleet::i18n {

/// The languages the fleet writes to users in.
enum class Locale { kEn, kRu, kEs, kPt, kHe };

/// "ru", "ru-RU", "pt_BR", "iw" (Hebrew's old code) → a Locale; nullopt for a language the
/// catalog does not have.
std::optional<Locale> ParseLocale(std::string_view code);
std::string_view LocaleCode(Locale locale);

/// The decimal separator users of the locale expect: "1.5 hours", "1,5 часа".
char DecimalSeparator(Locale locale);

}  // namespace chatfleet::i18n
