// Clock times: "2:30 PM", "15h30", "at 3", "10 утра", "half past 3"; ranges in clock_ranges.cc.
#include "workers/meetings/time_components.h"

namespace chatfleet::meetings::detail {

namespace {

// "5 km", "4 человека", "20 euros": a number that counts something is no clock time.
bool MeasureWord(const Token& t) {
  return IsOneOf(t, {"km",     "kms",      "kg",       "mi",      "miles",    "км",      "кг",
                     "метров", "человек",  "человека", "персон",  "гостей",   "people",  "persons",
                     "guests", "personas", "pessoas",  "euros",   "eur",      "dollars", "bucks",
                     "usd",    "pesos",    "reais",    "рублей",  "руб",      "dolares", "grados",
                     "graus",  "degrees",  "градусов", "percent", "процентов"});
}

// The hour sign of a 24-hour time, typed apart from its number: "17 h", "21 hs", "18 hrs",
// "19 ч".
bool SpacedHourSign(const Token& t) { return IsOneOf(t, {"h", "hs", "hrs", "hr", "ч"}); }

}  // namespace

// "half past", "quarter to", "без четверти": the minutes said before the hour.
std::size_t ComponentFinder::LeadingMinutes(std::size_t i, int* minute_offset) const {
  // "10 past 4", "20 past 6": the minutes in digits before "past" and an hour.
  if (l_.language == Language::kEn && NumberAt(i) && t_[i].digits <= 2 && t_[i].value > 0 &&
      t_[i].value < 60 && At(i + 1) && t_[i + 1].IsWord("past") && NumberAt(i + 2) &&
      t_[i + 2].value <= 12) {
    *minute_offset = t_[i].value;
    return i + 2;
  }
  const auto said = l_.minutes_before_hour.Match(t_, i);
  if (!said) return i;
  *minute_offset = said->value;
  return i + said->length;
}

// "a las siete", "в семь", "at half past four": an hour in words, only right after a time
// preposition or minutes said before it. "a"/"an"/"um" are articles before "dozen" or "day".
std::optional<std::pair<ClockTime, std::size_t>> ComponentFinder::WordClockAt(
    std::size_t at, bool accept_bare) const {
  ClockTime clock;
  // "в час дня", "в час": Russian names one o'clock by the word for hour alone.
  if (l_.language == Language::kRu && At(at) && t_[at].IsWord("час") &&
      (accept_bare || l_.hour_parts.Match(t_, at + 1))) {
    clock.hour = 1;
    return std::pair{clock, at + 1};
  }
  const auto word = l_.number_words.Match(t_, at);
  if (!word || word->value < 1 || word->value > 12 ||
      (word->length == 1 && t_[at].text.size() <= 2)) {
    return std::nullopt;
  }
  const std::size_t after = at + word->length;
  const bool unit = l_.units.Match(t_, after).has_value();
  // "eight o'clock", "два часа дня", "в три часа": an hour in words said with its clock word is
  // a time without a preposition too; "два часа" alone may be a length, so without one it
  // needs the part of the day after it.
  const auto with_clock_word = [&] {
    std::size_t clock_word = 0;
    return MarkerAt(after, &clock_word) == Marker::kOclock &&
           (!unit || accept_bare || l_.hour_parts.Match(t_, after + clock_word));
  };
  if ((!accept_bare || unit) && !with_clock_word()) return std::nullopt;
  clock.hour = word->value;
  return std::pair{clock, after};
}

// "полпятого", "в половине седьмого", "четверть восьмого": Russian names the hour under way, so
// half of the seventh hour is 6:30. The form says a time by itself, with or without "в".
std::optional<std::pair<ClockTime, std::size_t>> ComponentFinder::HourUnderWayAt(
    std::size_t i) const {
  if (!At(i) || t_[i].kind != Token::Kind::kWord) return std::nullopt;
  int minute = 0;
  std::optional<int> ordinal;
  std::size_t end = i + 1;
  const std::string_view word = t_[i].text;
  constexpr std::string_view kHalf = "пол";
  if (const auto under_way = l_.hours_under_way.Match(t_, i)) {
    minute = under_way->value;
    end = i + under_way->length;
    if (const auto hit = l_.hour_ordinals.Match(t_, end)) {
      ordinal = hit->value;
      end += hit->length;
    }
  } else if (word.size() > kHalf.size() && word.starts_with(kHalf)) {
    // One word, "полпятого" or "пол-пятого".
    std::string_view rest = word.substr(kHalf.size());
    if (rest.starts_with('-')) rest.remove_prefix(1);
    minute = 30;
    ordinal = l_.hour_ordinals.Lookup(rest);
  }
  if (!ordinal) return std::nullopt;
  ClockTime clock;
  clock.hour = *ordinal == 1 ? 12 : *ordinal - 1;
  clock.minute = minute;
  int no_offset = 0;
  bool seen = false;
  end = ClockSuffixes(end, &clock, &no_offset, &seen);
  return std::pair{clock, end};
}

// The digits of a clock time at `at`: "14", "2:30", "14.30" (after a preposition), "15h",
// "15h30". Returns the index after them; `explicit_form` says minutes or "h" were typed.
std::size_t ComponentFinder::ClockDigits(std::size_t at, bool accept_bare, ClockTime* clock,
                                         bool* explicit_form) const {
  clock->hour = t_[at].value;
  clock->typed_24h = t_[at].digits == 2 && (t_[at].text[0] == '0' || clock->hour >= 13);
  std::size_t end = at + 1;
  // Right after a date ("sábado 28/3, 20.30", "el jueves 26, 19 h") a dotted time or an hour
  // sign typed apart reads as the time, as it does after a preposition; elsewhere "12.50" is
  // a price and "6 h de viaje" a length of time.
  const bool loose = accept_bare || AfterDate(at);
  const bool colon = At(end) && t_[end].IsPunct(':') && Attached(end);
  // "by 6.30 pm": a meridiem after the minutes makes a dotted time a time anywhere.
  const auto meridiem_after = [&] {
    const auto marker = MarkerAt(end + 2);
    return marker == Marker::kAm || marker == Marker::kPm;
  };
  const bool dot = At(end) && t_[end].IsPunct('.') && Attached(end) && (loose || meridiem_after());
  if ((colon || dot) && NumberAt(end + 1) && Attached(end + 1) && t_[end + 1].digits == 2 &&
      t_[end + 1].value < 60) {
    clock->minute = t_[end + 1].value;
    clock->typed_24h = clock->typed_24h || t_[at].digits == 2;
    *explicit_form = true;
    end += 2;
    // "20.30 h", "19:00 hs": the sign after the minutes adds nothing.
    if (At(end) && SpacedHourSign(t_[end])) ++end;
    return end;
  }
  // "at 9 15 in the morning", "starting at 5 30 with the kids": dictation drops the colon.
  // Only after a preposition or a date, on the five-minute marks a voice says, and not before
  // what a number counts ("at 9 15 people", "the 8 15 minutes").
  if (loose && SpacedMinutes(end)) {
    clock->minute = t_[end].value;
    *explicit_form = true;
    return end + 1;
  }
  // "3p", "6a": a meridiem's letter typed onto the hour in English chats.
  if (l_.language == Language::kEn && At(end) && Attached(end) &&
      (t_[end].IsWord("p") || t_[end].IsWord("a"))) {
    clock->meridiem = t_[end].IsWord("p") ? ClockTime::Meridiem::kPm : ClockTime::Meridiem::kAm;
    *explicit_form = true;
    return end + 1;
  }
  // "15hs", "15hrs": Latin American chats write the hour's "h" so too.
  const bool hours_suffix = (l_.language == Language::kEs || l_.language == Language::kPt) &&
                            At(end) && IsOneOf(t_[end], {"hs", "hrs"});
  if (At(end) && Attached(end) &&
      (t_[end].IsWord("h") || hours_suffix || MarkerAt(end) == Marker::kHourSuffix)) {
    ++end;
    *explicit_form = true;
    clock->typed_24h = true;
    if (NumberAt(end) && Attached(end) && t_[end].digits == 2 && t_[end].value < 60) {
      clock->minute = t_[end].value;
      ++end;
      if (At(end) && IsOneOf(t_[end], {"min", "m"})) ++end;
    }
  } else if (At(end) && loose && SpacedHourSign(t_[end])) {
    // "a las 17 h", "sábado, 21 hs", "14 марта, 19 ч": the sign typed apart.
    ++end;
    *explicit_form = true;
    clock->typed_24h = true;
  }
  return end;
}

bool ComponentFinder::SpacedMinutes(std::size_t at) const {
  if (!NumberAt(at) || Attached(at) || t_[at].digits != 2 || t_[at].value >= 60 ||
      t_[at].value % 5 != 0) {
    return false;
  }
  const std::size_t after = at + 1;
  if (NumberAt(after) || l_.units.Match(t_, after) || l_.months.Match(t_, after)) return false;
  return !At(after) ||
         !(MeasureWord(t_[after]) || (t_[after].kind == Token::Kind::kPunct &&
                                      !t_[after].EndsSentence() && !t_[after].IsPunct(',')));
}

// "seven thirty", "cinco y media", "oito e um quarto", "ocho menos cuarto": signed minutes and
// their length, unless a quantity follows ("3 twenty people", "two thirty-minute calls").
std::optional<std::pair<int, std::size_t>> ComponentFinder::MinutesAfterHour(std::size_t at) const {
  const auto said = l_.minutes_after_hour.Match(t_, at);
  if (!said) return std::nullopt;
  const std::size_t end = at + said->length;
  if (l_.units.Match(t_, end) || (At(end) && (MeasureWord(t_[end]) || t_[end].IsPunct('-')))) {
    return std::nullopt;
  }
  return std::pair{said->value, said->length};
}

// What may follow the hour, up to three: meridiem, "o'clock", "y media", "menos cuarto", a
// part of the day. Returns the index after them; `seen` says any was there.
std::size_t ComponentFinder::ClockSuffixes(std::size_t end, ClockTime* clock, int* minute_offset,
                                           bool* seen) const {
  for (int round = 0; round < 3; ++round) {
    std::size_t len = 0;
    const auto marker = MarkerAt(end, &len);
    if (marker == Marker::kAm || marker == Marker::kPm) {
      clock->meridiem = marker == Marker::kAm ? ClockTime::Meridiem::kAm : ClockTime::Meridiem::kPm;
    } else if (marker == Marker::kOclock) {
    } else if (const auto said = MinutesAfterHour(end);
               said && clock->minute == 0 && *minute_offset == 0) {
      // "y media", "menos cuarto", "e um quarto", "seven thirty".
      (said->first < 0 ? *minute_offset : clock->minute) = said->first;
      len = said->second;
    } else if (const auto part = l_.hour_parts.Match(t_, end); part && !clock->part) {
      clock->part = part->value;
      len = part->length;
    } else {
      break;
    }
    end += len;
    *seen = true;
  }
  return end;
}

// One clock time at i: "2:30 PM", "14:00", "15h30", "3pm", "at 3", "10 утра",
// "las 5 de la tarde", "half past 3", "3 y media". `accept_bare` lets a bare number count.
std::optional<std::pair<ClockTime, std::size_t>> ComponentFinder::ClockAt(std::size_t i,
                                                                          bool accept_bare) const {
  if (auto under_way = HourUnderWayAt(i)) return under_way;
  int minute_offset = 0;
  const std::size_t at = LeadingMinutes(i, &minute_offset);
  const bool leading = at != i;
  ClockTime clock;
  std::size_t end = at;
  bool explicit_form = leading;
  bool in_words = false;
  if (NumberAt(at) && (t_[at].digits == 3 || t_[at].digits == 4) && !leading) {
    // "fri 730", "at 1930", "6-730": hours and minutes typed without their colon, after a
    // preposition or a day only.
    const int value = t_[at].value;
    if (!(accept_bare || AfterDate(at)) || value % 100 >= 60 || value / 100 > 23 ||
        (t_[at].digits == 3 && value / 100 == 0)) {
      return std::nullopt;
    }
    clock.hour = value / 100;
    clock.minute = value % 100;
    clock.typed_24h = t_[at].digits == 4;
    explicit_form = true;
    end = at + 1;
  } else if (NumberAt(at)) {
    if (t_[at].digits > 2 || t_[at].value > 24) return std::nullopt;
    end = ClockDigits(at, accept_bare, &clock, &explicit_form);
    if (clock.minute != 0 && minute_offset != 0) return std::nullopt;
  } else {
    const auto word = WordClockAt(at, accept_bare || leading);
    if (!word) return std::nullopt;
    clock = word->first;
    end = word->second;
    in_words = true;
  }
  bool suffix_seen = false;
  end = ClockSuffixes(end, &clock, &minute_offset, &suffix_seen);
  if (clock.hour > 12 && clock.meridiem == ClockTime::Meridiem::kAm) return std::nullopt;
  if (!explicit_form && !suffix_seen && !accept_bare) return std::nullopt;
  // A number followed by a unit, a month or a measure is a quantity or a date, not a time
  // ("half 3 hours" too); typed forms ("2:30", "15h") are times whatever follows.
  // "в час дня день рождения", "Sat 7pm Day of the Dead dinner", "6pm March break": with its
  // meridiem or part of the day said, the time is complete.
  const bool typed = (explicit_form && !leading && !in_words) || clock.part.has_value() ||
                     clock.meridiem != ClockTime::Meridiem::kNone;
  if (!typed &&
      (l_.units.Match(t_, end) || l_.months.Match(t_, end) || (At(end) && MeasureWord(t_[end])))) {
    return std::nullopt;
  }
  if (minute_offset < 0) {
    // "quarter to one" is 12:45, "без четверти пять" 4:45: the hour before, on the same dial.
    const bool dial = !clock.typed_24h && clock.hour >= 1 && clock.hour <= 12;
    clock.hour = dial ? (clock.hour == 1 ? 12 : clock.hour - 1) : (clock.hour + 23) % 24;
    clock.minute = 60 + minute_offset;
  } else if (minute_offset > 0) {
    clock.minute = minute_offset;
  }
  return std::pair{clock, end};
}

}  // namespace chatfleet::meetings::detail
