#include "shared/i18n/plural.h"

namespace chatfleet::i18n {

PluralCategory PluralCategoryFor(Locale locale, Quantity q) {
  const long n = q.integer < 0 ? -q.integer : q.integer;
  const bool whole = !q.has_fraction;
  switch (locale) {
    case Locale::kEn:
    case Locale::kEs:
      return whole && n == 1 ? PluralCategory::kOne : PluralCategory::kOther;
    case Locale::kPt:
      return n <= 1 ? PluralCategory::kOne : PluralCategory::kOther;
    case Locale::kHe:
      if (whole && n == 1) return PluralCategory::kOne;
      if (whole && n == 2) return PluralCategory::kTwo;
      return PluralCategory::kOther;
    case Locale::kRu:
      if (!whole) return PluralCategory::kOther;
      if (n % 10 == 1 && n % 100 != 11) return PluralCategory::kOne;
      if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) return PluralCategory::kFew;
      return PluralCategory::kMany;
  }
  return PluralCategory::kOther;
}

}  // namespace chatfleet::i18n
