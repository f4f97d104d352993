#pragma once

#include "shared/i18n/locale.h"

namespace chatfleet::i18n {

/// CLDR plural categories (https://cldr.unicode.org/index/cldr-spec/plural-rules).
enum class PluralCategory { kOne, kTwo, kFew, kMany, kOther };

/// A number as it will be printed: integer part and one optional decimal digit ("1.5" is
/// {1, 5, true}); plural rules depend on the visible fraction, not on the value alone.
struct Quantity {
  long integer = 0;
  int fraction = 0;
  bool has_fraction = false;
};

/// The CLDR category of `quantity` in `locale`:
///   en, es  one: 1 (no fraction) — other
///   pt      one: integer part 0 or 1 (Brazilian rule: "1,5 hora") — other
///   ru      one: …1 but not …11; few: …2-4 but not …12-14; many: the other integers;
///           other: any fraction ("1,5 часа")
///   he      one: 1; two: 2 (no fraction) — other
PluralCategory PluralCategoryFor(Locale locale, Quantity quantity);

}  // namespace chatfleet::i18n
