#include "shared/i18n/locale.h"

#include <cctype>
#include <string>

namespace chatfleet::i18n {

std::optional<Locale> ParseLocale(std::string_view code) {
  std::string base;
  for (char c : code.substr(0, code.find_first_of("-_"))) {
    base += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (base == "en") return Locale::kEn;
  if (base == "ru") return Locale::kRu;
  if (base == "es") return Locale::kEs;
  if (base == "pt") return Locale::kPt;
  if (base == "he" || base == "iw") return Locale::kHe;
  return std::nullopt;
}

std::string_view LocaleCode(Locale locale) {
  switch (locale) {
    case Locale::kEn:
      return "en";
    case Locale::kRu:
      return "ru";
    case Locale::kEs:
      return "es";
    case Locale::kPt:
      return "pt";
    case Locale::kHe:
      return "he";
  }
  return "en";
}

char DecimalSeparator(Locale locale) {
  return locale == Locale::kEn || locale == Locale::kHe ? '.' : ',';
}

}  // namespace chatfleet::i18n
