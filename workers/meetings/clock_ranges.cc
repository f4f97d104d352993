// Ranges of clock times: "3-4 PM", "с 16:00 до 17:30", "de 3 a 4 de la tarde", "9 to noon"; and
// the numbers that look like a time and are not (a score, a length of hours).
#include "workers/meetings/time_components.h"

namespace chatfleet::meetings::detail {

namespace {

// "and", "y": they close a range only after "between"/"entre" ("a las 10 y 15" is no range).
bool AndWord(const Token& t) { return IsOneOf(t, {"and", "y"}); }

}  // namespace

// "oficina de 2 horas", "taller de 3 horas": after a bare "de" an amount of hours with no range
// end after it says how long, not when ("de 2 a 4 horas" is still a range).
bool ComponentFinder::LengthOfTime(std::size_t i, std::size_t end) const {
  if (from_end_ != i || prep_end_ == i || i == 0 || !IsOneOf(t_[i - 1], {"de", "do", "da"})) {
    return false;
  }
  return IsOneOf(t_[end - 1], {"horas", "hours", "hora"}) && MarkerAt(end) != Marker::kRangeTo;
}

// "deu 2 a 2", "empate 1 x 1", "2-2": one number twice around a connector is a score.
bool ComponentFinder::ScoreAt(std::size_t i) const {
  return NumberAt(i) && NumberAt(i + 2) && t_[i].text == t_[i + 2].text &&
         (IsOneOf(t_[i + 1], {"a", "x"}) || t_[i + 1].IsPunct('-')) &&
         !(At(i + 3) && (t_[i + 3].IsPunct(':') || t_[i + 3].IsWord("h") ||
                         MarkerAt(i + 3) == Marker::kAm || MarkerAt(i + 3) == Marker::kPm));
}

std::optional<std::pair<ClockTime, std::size_t>> ComponentFinder::RangeEndAt(
    std::size_t i, bool accept_bare) const {
  if (auto clock = ClockAt(i, accept_bare)) return clock;
  const auto part = l_.day_parts.Match(t_, i);
  if (!part || part->value != DayPart::kNoon) return std::nullopt;
  ClockTime noon;
  noon.hour = 12;
  noon.typed_24h = true;
  return std::pair{noon, i + part->length};
}

// "Chrissy lunch at Mum's, 12, prawns are sorted": a bare 1 to 12 standing between pauses, in
// a sentence that has named its day and no time yet, is the time.
bool ComponentFinder::HourStandingAlone(std::size_t i) const {
  if (!NumberAt(i) || t_[i].digits > 2 || t_[i].value < 1 || t_[i].value > 12 || i == 0 ||
      !t_[i - 1].IsPunct(',')) {
    return false;
  }
  if (At(i + 1) && !t_[i + 1].IsPunct(',') && !t_[i + 1].EndsSentence()) return false;
  for (auto c = out_.rbegin(); c != out_.rend(); ++c) {
    for (std::size_t k = c->last + 1; k < i; ++k) {
      if (t_[k].EndsSentence()) return false;
    }
    if (c->slot == Slot::kTime || c->slot == Slot::kDuration) return false;
    if (c->slot == Slot::kDate) return true;
  }
  return false;
}

std::size_t ComponentFinder::TryClockRange(std::size_t i) {
  if (ScoreAt(i)) return i + 3;
  const bool after_prep = prep_end_ == i || from_end_ == i || HourStandingAlone(i);
  auto start = ClockAt(i, after_prep);
  if (!start && NumberAt(i)) {
    // "3-4 PM": a bare start counts when a range connector and a clear end follow.
    std::size_t length = 0;
    const auto bare = ClockAt(i, true);
    // "Sat 2-4", "tomorrow 10-12": right after a day, two bare hours are a range too.
    const bool after_day = !out_.empty() && out_.back().slot == Slot::kDate &&
                           out_.back().last + 1 == i && t_[i].digits <= 2;
    if (bare && MarkerAt(bare->second, &length) == Marker::kRangeTo &&
        (from_end_ == i || !AndWord(t_[bare->second])) &&
        RangeEndAt(bare->second + length, after_day)) {
      start = bare;
    }
  }
  if (!start) return kNone;
  if (LengthOfTime(i, start->second)) return kNone;
  Component c = Make(Slot::kTime, i, start->second - 1);
  c.start = start->first;
  std::size_t end = start->second;
  std::size_t length = 0;
  const auto connector = MarkerAt(end, &length);
  // "das 14h às 15h", "de 3 a las 4": after a range opener a time preposition connects too.
  // "and" closes a range only after "between": "at 9:30 and a 1-on-1 at 3" is two times.
  const bool opened = from_end_ == i;
  const bool ranged = (connector == Marker::kRangeTo && (opened || !AndWord(t_[end]))) ||
                      (connector == Marker::kTimePrep && opened);
  if (ranged) {
    if (auto finish = RangeEndAt(end + length, true)) {
      ClockTime& s = *c.start;
      const ClockTime& e = finish->first;
      // "3-4 PM", "de 3 a 4 de la tarde": the start borrows the end's meridiem or part when
      // that keeps it before the end ("11-1pm" stays 11 am).
      if (s.meridiem == ClockTime::Meridiem::kNone && !s.part) {
        if (e.meridiem != ClockTime::Meridiem::kNone && s.hour <= 12) {
          const int s12 = s.hour % 12, e12 = e.hour % 12;
          s.meridiem = s12 <= e12
                           ? e.meridiem
                           : (e.meridiem == ClockTime::Meridiem::kPm ? ClockTime::Meridiem::kAm
                                                                     : ClockTime::Meridiem::kPm);
        } else if (e.part) {
          s.part = e.part;
        }
      }
      c.end = e;
      c.last = finish->second - 1;
      end = finish->second;
    }
  }
  out_.push_back(c);
  return end;
}

}  // namespace chatfleet::meetings::detail
