// Calendar dates: "15 March", "March 15th, 2026", "15 de marzo", "15/03", "2026-03-15", "the 15th".
#include <string_view>

#include "workers/meetings/time_components.h"

namespace chatfleet::meetings::detail {

bool ComponentFinder::OrdinalSuffixAt(std::size_t i, std::size_t* length) const {
  // "30го", "1ого", "24е": Russian chats drop the hyphen before the ending.
  if (i < t_.size() && Attached(i) &&
      IsOneOf(t_[i], {"st", "nd", "rd", "th", "o", "a", "го", "ого", "е"})) {
    *length = 1;
    return true;
  }
  if (i + 1 < t_.size() && t_[i].IsPunct('-') && IsOneOf(t_[i + 1], {"го", "e", "е", "ого"})) {
    *length = 2;
    return true;
  }
  return false;
}

std::size_t ComponentFinder::YearAfter(std::size_t i, int* year) const {
  std::size_t at = i;
  if (At(at) && (t_[at].IsPunct(',') || t_[at].IsWord("de") || t_[at].IsWord("of"))) ++at;
  if (NumberAt(at) && t_[at].digits == 4 && t_[at].value >= 2000 && t_[at].value <= 2100) {
    *year = t_[at].value;
    ++at;
    if (At(at) && IsOneOf(t_[at], {"года", "г", "год"})) ++at;
    return at;
  }
  return i;
}

bool ComponentFinder::Emit(std::size_t first, std::size_t end, int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  Component c = Make(Slot::kDate, first, end - 1);
  c.date.kind = DateExpression::Kind::kCalendar;
  c.date.year = year;
  c.date.month = month;
  c.date.day = day;
  out_.push_back(c);
  return true;
}

std::size_t ComponentFinder::TryCalendarDate(std::size_t i) {
  // Month-name forms: "15 March", "15th of March", "15 марта", "15 de marzo", "March 15th".
  if (const auto month = l_.months.Match(t_, i);
      month && NumberAt(AfterAbbreviationDot(i, i + month->length))) {
    const std::size_t at = AfterAbbreviationDot(i, i + month->length);
    if (t_[at].digits <= 2) {
      std::size_t end = at + 1, suffix = 0;
      if (OrdinalSuffixAt(end, &suffix)) end += suffix;
      int year = 0;
      // "March 15, 3pm" must not read 3 as a year: YearAfter only takes four digits.
      end = YearAfter(end, &year);
      if (Emit(i, end, year, month->value, t_[at].value)) return end;
    }
  }
  // "el primero de abril", "el quince de marzo", "dia vinte de maio": the day in words.
  if (l_.language == Language::kEs || l_.language == Language::kPt) {
    const auto word = l_.number_words.Match(t_, i);
    const bool first = IsOneOf(t_[i], {"primero", "primeiro"});
    const std::size_t de = first ? i + 1 : word ? i + word->length : i;
    if ((first || word) && de > i && At(de) && t_[de].IsWord("de")) {
      if (const auto month = l_.months.Match(t_, de + 1)) {
        int year = 0;
        const std::size_t end = YearAfter(de + 1 + month->length, &year);
        if (Emit(i, end, year, month->value, first ? 1 : word->value)) return end;
      }
    }
  }
  // "двадцать восьмого марта", "первого апреля": the Russian day as a genitive ordinal.
  if (l_.language == Language::kRu) {
    if (const auto day = RussianOrdinalDayAt(t_, i, l_)) {
      if (const auto month = l_.months.Match(t_, i + day->second)) {
        int year = 0;
        const std::size_t end = YearAfter(i + day->second + month->length, &year);
        if (Emit(i, end, year, month->value, day->first)) return end;
      }
    }
  }
  if (!NumberAt(i)) return kNone;
  const Token& n = t_[i];
  if (n.digits <= 2) {
    std::size_t at = i + 1, suffix = 0;
    if (OrdinalSuffixAt(at, &suffix)) at += suffix;
    // "1.º de abril", "1.ª": the ordinal sign is no letter, so only its dot is left.
    if (At(at) && t_[at].IsPunct('.') && Attached(at) && At(at + 1) && t_[at + 1].space_before &&
        IsOneOf(t_[at + 1], {"de", "do", "da"})) {
      ++at;
    }
    // "4 d abril": chats shorten "de" to "d" before the month.
    if (At(at) && IsOneOf(t_[at], {"of", "de", "do", "da", "d"})) ++at;
    if (const auto month = l_.months.Match(t_, at)) {
      int year = 0;
      const std::size_t end = YearAfter(AfterAbbreviationDot(at, at + month->length), &year);
      if (Emit(i, end, year, month->value, n.value)) return end;
    }
  }
  // ISO "2026-03-15".
  if (n.digits == 4 && i + 4 < t_.size() && t_[i + 1].IsPunct('-') && NumberAt(i + 2) &&
      t_[i + 3].IsPunct('-') && NumberAt(i + 4)) {
    if (Emit(i, i + 5, n.value, t_[i + 2].value, t_[i + 4].value)) return i + 5;
  }
  // Numeric "15/03", "3/15" (en in the Americas), "15.03.2026".
  if (n.digits <= 2 && i + 2 < t_.size() && (t_[i + 1].IsPunct('/') || t_[i + 1].IsPunct('.')) &&
      Attached(i + 1) && NumberAt(i + 2) && Attached(i + 2) && t_[i + 2].digits <= 2) {
    const bool dotted = t_[i + 1].IsPunct('.');
    // "в 14.30" is a time: a dotted pair after a time preposition never reads as a date.
    if (dotted && prep_end_ == i) return kNone;
    std::size_t end = i + 3;
    int year = 0;
    if (end + 1 < t_.size() && t_[end].IsPunct(t_[i + 1].text[0]) && Attached(end) &&
        NumberAt(end + 1) && Attached(end + 1) &&
        (t_[end + 1].digits == 4 || t_[end + 1].digits == 2)) {
      year = t_[end + 1].value < 100 ? 2000 + t_[end + 1].value : t_[end + 1].value;
      end += 2;
    } else if (dotted && t_[i + 2].digits == 2 &&
               (MarkerAt(end) == Marker::kAm || MarkerAt(end) == Marker::kPm ||
                l_.hour_parts.Match(t_, end))) {
      return kNone;  // "14.30 pm": a time after all
    }
    const bool month_first = order_ == NumericDateOrder::kMonthDay && !dotted;
    const int month = month_first ? n.value : t_[i + 2].value;
    const int day = month_first ? t_[i + 2].value : n.value;
    if (Emit(i, end, year, month, day)) return end;
  }
  return kNone;
}

// "the 15th", "el 15", "dia 15", "15-го", "15 числа".
std::size_t ComponentFinder::TryDayOfMonth(std::size_t i) {
  std::size_t length = 0;
  std::size_t at = i;
  // Portugal's "a 28 às 21h", "a 3, sexta": "a" before a bare day, when a time or a pause follows.
  // "à 1" (a + a, one byte more) is "at one o'clock", no day.
  const bool pt_a = l_.language == Language::kPt && t_[i].IsWord("a") &&
                    t_[i].end - t_[i].begin == 1 && NumberAt(i + 1) && At(i + 2) &&
                    (MarkerAt(i + 2) == Marker::kTimePrep || t_[i + 2].IsPunct(','));
  const bool article = pt_a || MarkerAt(i, &length) == Marker::kArticle;
  if (pt_a) length = 1;
  if (article) at = i + length;
  if (!NumberAt(at) || t_[at].digits > 2 || t_[at].value < 1 || t_[at].value > 31) return kNone;
  std::size_t end = at + 1, suffix = 0;
  const bool ordinal = OrdinalSuffixAt(end, &suffix);
  if (ordinal) end += suffix;
  // "el 20 de julio", "dia 24 de junho", "the 5th of May": a calendar date, read at the number.
  const std::size_t month_at =
      At(end) && IsOneOf(t_[end], {"of", "de", "do", "da"}) ? end + 1 : end;
  if (l_.months.Match(t_, month_at)) return kNone;
  if (At(end) && t_[end].IsWord("числа")) {
    ++end;
  } else if (!ordinal && (!article || l_.language == Language::kEn)) {
    return kNone;
  }
  // "10 утра" is an hour, but "28-го днём" a day whose time of day follows.
  if (At(end) && (t_[end].IsPunct(':') || t_[end].IsPunct('.') || t_[end].IsPunct('/') ||
                  l_.units.Match(t_, end) || MarkerAt(end) == Marker::kAm ||
                  MarkerAt(end) == Marker::kPm || (!ordinal && l_.hour_parts.Match(t_, end)))) {
    return kNone;
  }
  Component c = Make(Slot::kDate, i, end - 1);
  c.date.kind = DateExpression::Kind::kDayOfMonth;
  c.date.day = t_[at].value;
  out_.push_back(c);
  return end;
}

// "from 20 to 24 July", "с 12 по 15 марта", "from the 23rd till the 4th", "del 1 al 15": a range
// of days names a period (leave, days off, a stay), never one meeting's start, so its tokens are
// consumed and give no component. Hours ("from 10 to 11:30", "de 7 a 11 de la noche") have no
// month after them, no ordinals and no "по"/"al".
std::size_t ComponentFinder::TryDayRange(std::size_t i) {
  // Read where the opener's words end ("from", "с", "desde", or after "del"), so that no token
  // costs a look-up of its own.
  if (from_end_ != i && !(i > 0 && t_[i - 1].IsWord("del"))) return kNone;
  const auto day_at = [&](std::size_t k) {
    if (At(k) && IsOneOf(t_[k], {"the", "el"})) ++k;
    return NumberAt(k) && t_[k].digits <= 2 && t_[k].value >= 1 && t_[k].value <= 31 ? k : kNone;
  };
  const std::size_t first = day_at(i);
  if (first == kNone) return kNone;
  std::size_t end = first + 1, suffix = 0;
  const bool first_ordinal = OrdinalSuffixAt(end, &suffix);
  if (first_ordinal) end += suffix;
  std::size_t to = 0;
  const bool days_only = At(end) && IsOneOf(t_[end], {"по", "al"});
  if (days_only) {
    to = 1;
  } else if (MarkerAt(end, &to) != Marker::kRangeTo) {
    return kNone;
  }
  const std::size_t second = day_at(end + to);
  if (second == kNone) return kNone;
  std::size_t last = second + 1;
  const bool second_ordinal = OrdinalSuffixAt(last, &suffix);
  if (second_ordinal) last += suffix;
  const std::size_t month_at =
      At(last) && IsOneOf(t_[last], {"of", "de", "do", "da"}) ? last + 1 : last;
  if (const auto month = l_.months.Match(t_, month_at)) return month_at + month->length;
  return days_only || (first_ordinal && second_ordinal) ? last : kNone;
}

// A holiday names its day: a fixed date, like a calendar date without a year, or a day counted
// from Easter, which moves every year.
std::size_t ComponentFinder::TryHoliday(std::size_t i) {
  if (t_[i].kind != Token::Kind::kWord || !l_.holidays.MayStartAt(t_, i)) return kNone;
  const auto holiday = l_.holidays.Match(t_, i);
  if (!holiday) return kNone;
  const Holiday& h = holiday->value;
  const std::size_t end = i + holiday->length;
  if (!h.from_easter) {
    if (!Emit(i, end, 0, h.month, h.day)) return kNone;
    out_.back().holiday = true;
    return end;
  }
  Component c = Make(Slot::kDate, i, end - 1);
  c.date.kind = DateExpression::Kind::kEaster;
  c.date.easter_offset = h.easter_offset;
  c.date.orthodox = h.orthodox;
  c.holiday = true;
  out_.push_back(c);
  return end;
}

// "first" … "thirty-first", typed as one word or two ("twenty first"): the day and its length.
std::optional<std::pair<int, std::size_t>> EnglishOrdinalDayAt(const std::vector<Token>& t,
                                                               std::size_t i) {
  static constexpr std::string_view kUnits[] = {"first", "second",  "third",  "fourth", "fifth",
                                                "sixth", "seventh", "eighth", "ninth"};
  static constexpr std::string_view kTeens[] = {
      "tenth",     "eleventh",  "twelfth",     "thirteenth", "fourteenth",
      "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
  const auto unit_of = [](std::string_view w) {
    for (int k = 0; k < 9; ++k) {
      if (w == kUnits[k]) return k + 1;
    }
    return 0;
  };
  if (i >= t.size() || t[i].kind != Token::Kind::kWord) return std::nullopt;
  const std::string_view w = t[i].text;
  if (const int unit = unit_of(w)) return std::pair{unit, std::size_t{1}};
  for (int k = 0; k < 10; ++k) {
    if (w == kTeens[k]) return std::pair{10 + k, std::size_t{1}};
  }
  if (w == "twentieth") return std::pair{20, std::size_t{1}};
  if (w == "thirtieth") return std::pair{30, std::size_t{1}};
  for (const auto& [tens, value] :
       {std::pair{std::string_view("twenty"), 20}, std::pair{std::string_view("thirty"), 30}}) {
    if (w.starts_with(tens) && w.size() > tens.size() + 1 && w[tens.size()] == '-') {
      const int unit = unit_of(w.substr(tens.size() + 1));
      if (unit != 0 && value + unit <= 31) return std::pair{value + unit, std::size_t{1}};
    }
    if (w == tens && i + 1 < t.size()) {
      const int unit = unit_of(t[i + 1].text);
      if (unit != 0 && value + unit <= 31) return std::pair{value + unit, std::size_t{2}};
    }
  }
  return std::nullopt;
}

std::optional<std::pair<int, std::size_t>> RussianOrdinalDayAt(const std::vector<Token>& t,
                                                               std::size_t i, const Lexicon& l) {
  static constexpr std::pair<std::string_view, int> kDays[] = {
      {"тринадцатого", 13},   {"четырнадцатого", 14}, {"пятнадцатого", 15},
      {"шестнадцатого", 16},  {"семнадцатого", 17},   {"восемнадцатого", 18},
      {"девятнадцатого", 19}, {"двадцатого", 20},     {"тридцатого", 30}};
  if (i >= t.size() || t[i].kind != Token::Kind::kWord) return std::nullopt;
  const std::string_view w = t[i].text;
  // Every such ordinal ends in "-го" but the tens that open two-word ones: most words stop here.
  if (!w.ends_with("го") && w != "двадцать" && w != "тридцать") return std::nullopt;
  if (const auto hit = l.hour_ordinals.Match(t, i)) return std::pair{hit->value, hit->length};
  for (const auto& [word, day] : kDays) {
    if (t[i].text == word) return std::pair{day, std::size_t{1}};
  }
  const int tens = t[i].text == "двадцать" ? 20 : t[i].text == "тридцать" ? 30 : 0;
  if (tens == 0) return std::nullopt;
  const auto unit = l.hour_ordinals.Match(t, i + 1);
  if (!unit || unit->value > 9 || tens + unit->value > 31) return std::nullopt;
  return std::pair{tens + unit->value, 1 + unit->length};
}

}  // namespace chatfleet::meetings::detail
