#pragma once

#include "workers/meetings/lexicon.h"

namespace chatfleet::meetings {

/// Easter Sunday of a year (Gregorian calendar, 1900–2099): the Western date, or with
/// `orthodox` the Orthodox one (the Julian computus, shifted 13 days onto the Gregorian
/// calendar). Pure.
struct MonthDay {
  int month = 0;
  int day = 0;
};
MonthDay EasterSunday(int year, bool orthodox);

/// The holidays a language names as a day, by their date: a fixed one ("Christmas Eve" 24 Dec,
/// "Halloween", "Nochevieja", "véspera de Natal") or a day counted from Easter ("Easter Monday"
/// +1, "Good Friday" -2, "Jueves Santo" -3, "Páscoa" 0, Russian "Пасха" the Orthodox Easter).
/// Only names whose day does not depend on the country are listed.
PhraseTable<Holiday> HolidayWords(Language language);

}  // namespace chatfleet::meetings
