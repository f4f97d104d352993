// The component finder's loop and its relative, duration, part-of-day and day matchers;
// weekdays in weekday_matchers.cc.
#include "workers/meetings/time_components.h"

#include <cmath>

namespace chatfleet::meetings::detail {

std::vector<Component> ComponentFinder::Run() {
  std::size_t i = 0;
  while (i < t_.size()) {
    const std::size_t next = TryComponents(i);
    if (next != kNone) {
      i = next;
      continue;
    }
    i = ConsumeMarker(i);
  }
  return std::move(out_);
}

// Runs the matchers in order of specificity; returns the index after the match or kNone.
std::size_t ComponentFinder::TryComponents(std::size_t i) {
  for (auto matcher :
       {&ComponentFinder::TryRelative, &ComponentFinder::TryDuration, &ComponentFinder::TryHoliday,
        &ComponentFinder::TryWeekday, &ComponentFinder::TryNextWeek, &ComponentFinder::TryDayRange,
        &ComponentFinder::TryCalendarDate, &ComponentFinder::TryClockRange,
        &ComponentFinder::TryDayPart, &ComponentFinder::TryDayOffset,
        &ComponentFinder::TryDayOfMonth}) {
    if (const std::size_t next = (this->*matcher)(i); next != kNone) return next;
  }
  return kNone;
}

std::size_t ComponentFinder::ConsumeMarker(std::size_t i) {
  std::size_t length = 1;
  const auto marker = MarkerAt(i, &length);
  if (marker == Marker::kTimePrep) prep_end_ = i + length;
  if (marker == Marker::kRangeFrom) from_end_ = i + length;
  // "o culto é às dez", "o jantar é às 8": "é" folds to "e", and "e as" closes a range only
  // after its start, which a range reads whole; reached here, it is "is at".
  if (marker == Marker::kRangeTo && l_.language == Language::kPt && t_[i].IsWord("e") &&
      length == 2) {
    prep_end_ = i + length;
  }
  // Russian "на 10 утра" books a time with "на", the word that also introduces durations.
  if (marker == Marker::kFor && l_.language == Language::kRu) prep_end_ = i + length;
  return i + (marker ? length : 1);
}

// "2", "1.5", "two", "a couple of".
std::optional<Amount> ComponentFinder::AmountAt(std::size_t i) const {
  if (NumberAt(i)) {
    if (t_[i].digits > 4) return std::nullopt;
    Amount amount{static_cast<double>(t_[i].value), 1};
    if (i + 2 < t_.size() && (t_[i + 1].IsPunct('.') || t_[i + 1].IsPunct(',')) &&
        Attached(i + 1) && NumberAt(i + 2) && Attached(i + 2) && t_[i + 2].digits == 1) {
      amount.value += t_[i + 2].value / 10.0;
      amount.length = 3;
    }
    return amount;
  }
  if (const auto word = l_.number_words.Match(t_, i)) {
    return Amount{static_cast<double>(word->value), word->length};
  }
  return std::nullopt;
}

// amount? unit → minutes; returns the index after it.
std::optional<std::pair<int, std::size_t>> ComponentFinder::QuantityAt(std::size_t i) const {
  const auto amount = AmountAt(i);
  const std::size_t unit_at = amount ? i + amount->length : i;
  const auto unit = l_.units.Match(t_, unit_at);
  if (!unit || (!amount && unit->value.needs_number)) return std::nullopt;
  // "in an hour": the number word "an" and the unit "hour" both match; "a" alone counts 1.
  const double count = amount ? amount->value : 1.0;
  const int minutes = static_cast<int>(std::lround(count * unit->value.minutes));
  if (minutes <= 0 || minutes > 366 * 1440) return std::nullopt;
  return std::pair{minutes, unit_at + unit->length};
}

std::size_t ComponentFinder::TryRelative(std::size_t i) {
  std::size_t length = 0;
  std::size_t tail = 0;
  if (MarkerAt(i, &length) != Marker::kIn) {
    // "two weeks from today", "3 days from now": the offset said after its amount.
    if (l_.language != Language::kEn || !AmountAt(i)) return kNone;
    const auto quantity = QuantityAt(i);
    if (!quantity || quantity->second + 1 >= t_.size() || !t_[quantity->second].IsWord("from") ||
        !IsOneOf(t_[quantity->second + 1], {"today", "now"})) {
      return kNone;
    }
    length = 0;
    tail = 2;
  }
  // "de 20 em 20 minutos", "de hora en hora": a frequency, not an offset from now.
  if (i >= 2 && (NumberAt(i - 1) || l_.units.Match(t_, i - 1)) && IsOneOf(t_[i - 2], {"de"})) {
    return kNone;
  }
  const auto quantity = QuantityAt(i + length);
  if (!quantity) return kNone;
  const std::size_t end = quantity->second + tail;
  Component c;
  c.first = i;
  c.last = end - 1;
  if (quantity->first >= 1440) {
    c.slot = Slot::kDate;
    c.date.kind = DateExpression::Kind::kDayOffset;
    c.date.day_offset = quantity->first / 1440;
    if (quantity->first % 10080 == 0) c.date.week_offset = quantity->first / 10080;
  } else {
    c.slot = Slot::kTime;
    c.is_offset = true;
    c.minutes = quantity->first;
  }
  out_.push_back(c);
  return end;
}

std::size_t ComponentFinder::TryDuration(std::size_t i) {
  std::size_t length = 0;
  if (MarkerAt(i, &length) != Marker::kFor) return kNone;
  // "por 2h", "for 1h30", "durante 1h30min": hours typed with the hour sign.
  if (const std::size_t at = i + length;
      NumberAt(at) && t_[at].digits <= 2 && t_[at].value > 0 && Attached(at + 1) &&
      (t_[at + 1].IsWord("h") || MarkerAt(at + 1) == Marker::kHourSuffix)) {
    std::size_t end = at + 2;
    int minutes = t_[at].value * 60;
    if (NumberAt(end) && Attached(end) && t_[end].digits == 2 && t_[end].value < 60) {
      minutes += t_[end].value;
      ++end;
      if (At(end) && Attached(end) && IsOneOf(t_[end], {"min", "m"})) ++end;
    }
    if (minutes < 1440) {
      Component c = Make(Slot::kDuration, i, end - 1);
      c.minutes = minutes;
      out_.push_back(c);
      return end;
    }
  }
  const auto quantity = QuantityAt(i + length);
  if (!quantity || quantity->first >= 1440) return kNone;
  Component c = Make(Slot::kDuration, i, quantity->second - 1);
  c.minutes = quantity->first;
  out_.push_back(c);
  return quantity->second;
}

std::size_t ComponentFinder::TryNextWeek(std::size_t i) {
  std::size_t length = 0;
  if (MarkerAt(i, &length) != Marker::kNextWeek) return kNone;
  out_.push_back(Make(Slot::kNextWeek, i, i + length - 1));
  return i + length;
}

// "parents' evening", "quiz night", "noite de quiz", "tarde de juegos": a part of the day that
// is the name of the activity, not its time.
bool ComponentFinder::NamesAnActivity(std::size_t i, std::size_t length) const {
  // "2mrw afternoon", "Sat night": right after a day the part is that day's time.
  if (!out_.empty() && out_.back().slot == Slot::kDate && out_.back().last + 1 == i) return false;
  if (l_.language == Language::kEn && length == 1 && i > 0) {
    const Token& before = t_[i - 1];
    if (before.IsPunct('\'')) return true;
    return before.kind == Token::Kind::kWord && !l_.weekdays.Match(t_, i - 1) &&
           !l_.day_offsets.Match(t_, i - 1) && !l_.markers.Match(t_, i - 1) &&
           !l_.title_stop_words.Match(t_, i - 1) && !IsOneOf(before, {"and", "or", "every"});
  }
  const std::size_t after = i + length;
  return (l_.language == Language::kPt || l_.language == Language::kEs) && after + 1 < t_.size() &&
         IsOneOf(t_[after], {"de", "do", "da", "del"}) &&
         t_[after + 1].kind == Token::Kind::kWord && !l_.weekdays.Match(t_, after + 1) &&
         !l_.day_offsets.Match(t_, after + 1) && !l_.months.Match(t_, after + 1) &&
         !IsOneOf(t_[after + 1], {"hoje", "hoy", "sexta"});
}

// The word at i is no part of a time, a date or a quantity begun by the number before it:
// not "de"/"of" (a month follows), "h", "pm", "de la tarde", "y media", "horas", "personas".
bool ComponentFinder::StartsNewWords(std::size_t i) const {
  if (i >= t_.size() || t_[i].kind != Token::Kind::kWord || !t_[i].space_before) return false;
  if (IsOneOf(t_[i], {"de",       "d",       "of",     "do",      "da",    "del",  "h",     "hs",
                      "hrs",      "hr",      "ч",      "y",       "e",     "и",    "and",   "or",
                      "o",        "ou",      "или",    "лет",     "год",   "года", "years", "anos",
                      "personas", "pessoas", "people", "человек", "гостей"})) {
    return false;
  }
  const auto marker = MarkerAt(i);
  if (marker && marker != Marker::kNext && marker != Marker::kThis) return false;
  return !l_.hour_parts.Match(t_, i) && !l_.units.Match(t_, i) && !l_.months.Match(t_, i) &&
         !l_.day_parts.Match(t_, i) && !l_.number_words.Match(t_, i) && !l_.weekdays.Match(t_, i);
}

// "Hora:", "Time:", "Время:", "Início:": a word that labels the time after its colon.
bool ComponentFinder::TimeLabel(std::size_t i) const {
  return At(i + 1) && t_[i + 1].IsPunct(':') &&
         IsOneOf(t_[i], {"hora", "horario", "time", "время", "начало", "inicio", "comienzo"});
}

bool ComponentFinder::AfterDate(std::size_t i) const {
  if (out_.empty() || out_.back().slot != Slot::kDate || out_.back().last >= i) return false;
  for (std::size_t k = out_.back().last + 1; k < i; ++k) {
    const Token& t = t_[k];
    // "sábado 14 de marzo. Hora: 21 h": a label of the time, and the stop before it.
    const bool label = TimeLabel(k) || (t.IsPunct('.') && TimeLabel(k + 1));
    if (!t.IsPunct(',') && !t.IsPunct('-') && !t.IsPunct(':') && !t.IsPunct('(') &&
        !t.IsPunct(')') && MarkerAt(k) != Marker::kTimePrep && !label) {
      return false;
    }
  }
  return true;
}

std::size_t ComponentFinder::TryDayPart(std::size_t i) {
  // "this morning", "tonight", "сегодня вечером", "esta tarde", "hoje à noite": also today.
  auto part = l_.today_parts.Match(t_, i);
  if (part) {
    Component today = Make(Slot::kDate, i, i + part->length - 1);
    today.date.kind = DateExpression::Kind::kDayOffset;
    out_.push_back(today);
  } else {
    part = l_.day_parts.Match(t_, i);
    if (part && NamesAnActivity(i, part->length)) return kNone;
    // "the clocks go back that morning", "esa mañana", "nessa noite": a part of the day named
    // by a demonstrative points back at a day already said; it gives no plan its time.
    if (part && i > 0 &&
        IsOneOf(t_[i - 1], {"that", "esa", "essa", "nessa", "aquela", "naquela"})) {
      return kNone;
    }
  }
  if (!part) return kNone;
  // "noon-3pm", "midday to 2": noon opens a range as a clock time would.
  if (part->value == DayPart::kNoon) {
    std::size_t length = 0;
    const std::size_t after = i + part->length;
    if (MarkerAt(after, &length) == Marker::kRangeTo && !t_[after].IsWord("and")) {
      if (const auto finish = ClockAt(after + length, true)) {
        Component range = Make(Slot::kTime, i, finish->second - 1);
        range.start = ClockTime{};
        range.start->hour = 12;
        range.start->typed_24h = true;
        range.end = finish->first;
        out_.push_back(range);
        return finish->second;
      }
    }
  }
  Component c = Make(Slot::kPart, i, i + part->length - 1);
  c.part = part->value;
  out_.push_back(c);
  // "tonight at 8" / "сегодня вечером в 8": what follows is a time.
  prep_end_ = i + part->length;
  return i + part->length;
}

std::size_t ComponentFinder::TryDayOffset(std::size_t i) {
  const auto offset = l_.day_offsets.Match(t_, i);
  if (!offset) return kNone;
  Component c = Make(Slot::kDate, i, i + offset->length - 1);
  c.date.kind = DateExpression::Kind::kDayOffset;
  c.date.day_offset = offset->value;
  out_.push_back(c);
  return i + offset->length;
}

}  // namespace chatfleet::meetings::detail
