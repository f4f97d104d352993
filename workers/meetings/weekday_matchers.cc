// Weekdays and what follows them: "next Friday", "el lunes que viene", "Saturday week", "6ª
// feira", and the day number or ordinal that restates the date ("el sábado 14", "sunday the
// fourth", "в воскресенье двадцать восьмого").
#include "workers/meetings/time_components.h"

namespace chatfleet::meetings::detail {

std::size_t ComponentFinder::TryWeekday(std::size_t i) {
  std::size_t length = 0;
  const auto marker = MarkerAt(i, &length);
  bool next = false;
  std::size_t at = i;
  if (marker == Marker::kNext || marker == Marker::kThis) {
    next = marker == Marker::kNext;
    at = i + length;
  }
  auto day = l_.weekdays.Match(t_, at);
  if (!day) day = OrdinalWeekdayAt(at);
  if (!day) return kNone;
  std::size_t end = AfterAbbreviationDot(at, at + day->length);
  // "el lunes que viene", "segunda que vem", "el lunes próximo".
  std::size_t suffix = 0;
  const auto after = MarkerAt(end, &suffix);
  if (after == Marker::kNextSuffix || (after == Marker::kNext && l_.language != Language::kEn &&
                                       !l_.weekdays.Match(t_, end + suffix))) {
    next = true;
    end += suffix;
  }
  Component c = Make(Slot::kDate, i, end - 1);
  c.date.kind = DateExpression::Kind::kWeekday;
  c.date.weekday = day->value;
  c.date.next = next;
  out_.push_back(c);
  // "Saturday week", "the Saturday after next": that weekday of the next calendar week.
  if (l_.language == Language::kEn && At(end) &&
      (t_[end].IsWord("week") ||
       (t_[end].IsWord("after") && At(end + 1) && t_[end + 1].IsWord("next")))) {
    const std::size_t length = t_[end].IsWord("week") ? 1 : 2;
    out_.push_back(Make(Slot::kNextWeek, end, end + length - 1));
    return end + length;
  }
  // "sunday the fourth eight o'clock", "sunday the first at two": the date in words.
  // "в воскресенье двадцать восьмого": the Russian genitive ordinal, without an article.
  const bool article = l_.language == Language::kEn && At(end) && t_[end].IsWord("the");
  const auto ordinal = article                        ? EnglishOrdinalDayAt(t_, end + 1)
                       : l_.language == Language::kRu ? RussianOrdinalDayAt(t_, end, l_)
                                                      : std::nullopt;
  if (ordinal) {
    const std::size_t from = article ? end + 1 : end;
    Component restated = Make(Slot::kDate, end, from + ordinal->second - 1);
    restated.date.kind = DateExpression::Kind::kDayOfMonth;
    restated.date.day = ordinal->first;
    out_.push_back(restated);
    return from + ordinal->second;
  }
  // "el viernes 20 a las 21:00", "sexta 20, às 10h", "el sábado 14 cenamos a las 9": a bare
  // day number right after the weekday restates the date when a time preposition, a pause or
  // a word that does not go on with a time or a quantity follows it.
  if (NumberAt(end) && t_[end].digits <= 2 && t_[end].value >= 1 && t_[end].value <= 31 &&
      (end + 1 == t_.size() || t_[end + 1].IsPunct(',') ||
       (t_[end + 1].EndsSentence() && !(t_[end + 1].IsPunct('.') && Attached(end + 2))) ||
       MarkerAt(end + 1) == Marker::kTimePrep || StartsNewWords(end + 1) ||
       (NumberAt(end + 1) && t_[end + 1].space_before) || RangeOpensAfter(end + 1))) {
    Component restated = Make(Slot::kDate, end, end);
    restated.date.kind = DateExpression::Kind::kDayOfMonth;
    restated.date.day = t_[end].value;
    restated.date.weekday = day->value;
    restated.date.after_weekday = true;
    out_.push_back(restated);
    return end + 1;
  }
  return end;
}

// "el sábado 14 de 7 a 11", "el domingo 25 de once a una", "sábado 13 das 14h às 18h": after a
// day number, a "de" that opens a range of hours rather than naming a month.
bool ComponentFinder::RangeOpensAfter(std::size_t i) const {
  if (!At(i) || !IsOneOf(t_[i], {"de", "das", "desde"}) || l_.months.Match(t_, i + 1)) {
    return false;
  }
  const auto start = ClockAt(i + 1, true);
  if (!start) return false;
  // "sábado 13 das 14h às 18h": Portuguese closes "das" with "às", its time preposition.
  return MarkerAt(start->second) == Marker::kRangeTo ||
         (t_[i].IsWord("das") && At(start->second) && IsOneOf(t_[start->second], {"as", "a"}));
}

// Portuguese "2ª feira" … "6ª feira", "6a feira", "2.ª feira": Monday to Friday by their
// number (the ordinal sign is no letter, so "6ª" reaches here as "6").
std::optional<PhraseTable<int>::Hit> ComponentFinder::OrdinalWeekdayAt(std::size_t at) const {
  if (l_.language != Language::kPt || !NumberAt(at) || t_[at].digits != 1 || t_[at].value < 2 ||
      t_[at].value > 6) {
    return std::nullopt;
  }
  std::size_t k = at + 1;
  if (At(k) && Attached(k) && t_[k].IsPunct('.')) ++k;
  if (At(k) && Attached(k) && t_[k].IsWord("a")) ++k;
  if (!At(k) || !t_[k].IsWord("feira")) return std::nullopt;
  return PhraseTable<int>::Hit{t_[at].value - 1, k + 1 - at};
}

std::size_t ComponentFinder::AfterAbbreviationDot(std::size_t word, std::size_t end) const {
  const bool dot = At(end) && t_[end].IsPunct('.') && Attached(end) && end == word + 1;
  return dot && CodePoints(t_[word].text).size() <= 4 ? end + 1 : end;
}

}  // namespace chatfleet::meetings::detail
