#include "workers/meetings/holiday_words.h"

namespace chatfleet::meetings {
namespace {

Holiday Fixed(int month, int day) { return Holiday{month, day, false, 0, false}; }
Holiday Easter(int offset) { return Holiday{0, 0, true, offset, false}; }
Holiday OrthodoxEaster(int offset) { return Holiday{0, 0, true, offset, true}; }

PhraseTable<Holiday> English() {
  return {{"christmas eve", Fixed(12, 24)},
          {"xmas eve", Fixed(12, 24)},
          {"christmas day", Fixed(12, 25)},
          {"christmas", Fixed(12, 25)},
          {"xmas", Fixed(12, 25)},
          {"chrissy", Fixed(12, 25)},
          {"boxing day", Fixed(12, 26)},
          {"new year's eve", Fixed(12, 31)},
          {"new years eve", Fixed(12, 31)},
          {"nye", Fixed(12, 31)},
          {"new year's day", Fixed(1, 1)},
          {"new years day", Fixed(1, 1)},
          {"halloween", Fixed(10, 31)},
          {"valentine's day", Fixed(2, 14)},
          {"valentines day", Fixed(2, 14)},
          {"st patrick's day", Fixed(3, 17)},
          {"st patrick's", Fixed(3, 17)},
          {"st . patrick's day", Fixed(3, 17)},
          {"st . patrick's", Fixed(3, 17)},
          {"paddy's day", Fixed(3, 17)},
          {"patrick's day", Fixed(3, 17)},
          {"bonfire night", Fixed(11, 5)},
          {"guy fawkes night", Fixed(11, 5)},
          {"palm sunday", Easter(-7)},
          {"maundy thursday", Easter(-3)},
          {"holy thursday", Easter(-3)},
          {"good friday", Easter(-2)},
          {"easter saturday", Easter(-1)},
          {"easter sunday", Easter(0)},
          {"easter sun", Easter(0)},
          {"easter day", Easter(0)},
          {"easter", Easter(0)},
          {"easter monday", Easter(1)},
          {"easter mon", Easter(1)}};
}

PhraseTable<Holiday> Russian() {
  return {{"пасха", OrthodoxEaster(0)}, {"пасху", OrthodoxEaster(0)}, {"пасхи", OrthodoxEaster(0)}};
}

PhraseTable<Holiday> Spanish() {
  // Bare "Pascua" is Christmas in Chile and Easter elsewhere: only the named days are read.
  return {{"nochebuena", Fixed(12, 24)},     {"navidad", Fixed(12, 25)},
          {"dia de navidad", Fixed(12, 25)}, {"nochevieja", Fixed(12, 31)},
          {"ano nuevo", Fixed(1, 1)},        {"dia de reyes", Fixed(1, 6)},
          {"halloween", Fixed(10, 31)},      {"san valentin", Fixed(2, 14)},
          {"domingo de ramos", Easter(-7)},  {"jueves santo", Easter(-3)},
          {"viernes santo", Easter(-2)},     {"sabado santo", Easter(-1)},
          {"domingo de pascua", Easter(0)},  {"domingo de resurreccion", Easter(0)},
          {"lunes de pascua", Easter(1)}};
}

PhraseTable<Holiday> Portuguese() {
  return {{"vespera de natal", Fixed(12, 24)}, {"natal", Fixed(12, 25)},
          {"dia de natal", Fixed(12, 25)},     {"reveillon", Fixed(12, 31)},
          {"dia de ano novo", Fixed(1, 1)},    {"halloween", Fixed(10, 31)},
          {"domingo de ramos", Easter(-7)},    {"quinta-feira santa", Easter(-3)},
          {"sexta-feira santa", Easter(-2)},   {"sexta santa", Easter(-2)},
          {"sabado de aleluia", Easter(-1)},   {"pascoa", Easter(0)},
          {"domingo de pascoa", Easter(0)}};
}

}  // namespace

MonthDay EasterSunday(int year, bool orthodox) {
  if (orthodox) {
    // Meeus's Julian algorithm; the Julian calendar runs 13 days behind in 1900–2099.
    const int a = year % 4;
    const int b = year % 7;
    const int c = year % 19;
    const int d = (19 * c + 15) % 30;
    const int e = (2 * a + 4 * b - d + 34) % 7;
    const int month = (d + e + 114) / 31;
    int day = (d + e + 114) % 31 + 1 + 13;
    int m = month;
    const int days_in = m == 3 ? 31 : 30;
    if (day > days_in) {
      day -= days_in;
      ++m;
    }
    return MonthDay{m, day};
  }
  // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return MonthDay{month, day};
}

PhraseTable<Holiday> HolidayWords(Language language) {
  switch (language) {
    case Language::kRu:
      return Russian();
    case Language::kEs:
      return Spanish();
    case Language::kPt:
      return Portuguese();
    case Language::kEn:
      break;
  }
  return English();
}

}  // namespace chatfleet::meetings
