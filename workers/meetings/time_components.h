#pragma once

// Internal to workers/meetings: the component finder behind ParseTimeExpressions, split by
// kind of expression (time_components.cc, weekday_matchers.cc, date_matchers.cc,
// clock_matchers.cc, clock_ranges.cc).

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "workers/meetings/lexicon.h"
#include "workers/meetings/text_tokens.h"
#include "workers/meetings/time_expression_parser.h"

namespace chatfleet::meetings::detail {

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);

enum class Slot { kDate, kTime, kPart, kDuration, kNextWeek };

struct Component {
  Slot slot = Slot::kDate;
  std::size_t first = 0;
  std::size_t last = 0;
  DateExpression date;
  std::optional<ClockTime> start;
  std::optional<ClockTime> end;
  DayPart part = DayPart::kMorning;
  int minutes = 0;         // kDuration, or an exact offset from now in kTime
  bool is_offset = false;  // kTime from "in 2 hours"
  bool holiday = false;    // kDate from a holiday's name ("Christmas Eve", "Pâscoa")
};

inline Component Make(Slot slot, std::size_t first, std::size_t last) {
  Component c;
  c.slot = slot;
  c.first = first;
  c.last = last;
  return c;
}

struct Amount {
  double value = 0;
  std::size_t length = 0;
};

inline bool IsOneOf(const Token& t, std::initializer_list<std::string_view> words) {
  return t.kind == Token::Kind::kWord &&
         std::find(words.begin(), words.end(), t.text) != words.end();
}

/// "first" … "thirty-first", typed as one word or two ("twenty first"): the day of the month
/// and how many tokens it takes (date_matchers.cc).
std::optional<std::pair<int, std::size_t>> EnglishOrdinalDayAt(const std::vector<Token>& tokens,
                                                               std::size_t i);

/// "первого" … "тридцать первого": the Russian day of the month as a genitive ordinal, and how
/// many tokens it takes (date_matchers.cc).
std::optional<std::pair<int, std::size_t>> RussianOrdinalDayAt(const std::vector<Token>& tokens,
                                                               std::size_t i, const Lexicon& l);

/// Scans tokens left to right and emits the date, time, part-of-day, duration and "next week"
/// components it recognizes; grouping them into mentions is ParseTimeExpressions's job.
/// Single use: construct, call Run() once.
class ComponentFinder {
 public:
  ComponentFinder(const std::vector<Token>& tokens, const Lexicon& lexicon, NumericDateOrder order)
      : t_(tokens), l_(lexicon), order_(order) {}

  std::vector<Component> Run();

 private:
  const Token* At(std::size_t i) const { return i < t_.size() ? &t_[i] : nullptr; }
  bool NumberAt(std::size_t i) const { return i < t_.size() && t_[i].IsNumber(); }
  // Attached: no whitespace between token i-1 and i ("2:30", "15h", "3pm" typed together).
  bool Attached(std::size_t i) const { return i < t_.size() && !t_[i].space_before; }
  std::optional<Marker> MarkerAt(std::size_t i, std::size_t* length = nullptr) const {
    const auto hit = l_.markers.Match(t_, i);
    if (!hit) return std::nullopt;
    if (length != nullptr) *length = hit->length;
    return hit->value;
  }

  // The loop's own matchers (time_components.cc; the weekday's in weekday_matchers.cc).
  // Runs the matchers in order of specificity; returns the index after the match or kNone.
  std::size_t TryComponents(std::size_t i);
  std::size_t ConsumeMarker(std::size_t i);
  // "2", "1.5", "two", "a couple of".
  std::optional<Amount> AmountAt(std::size_t i) const;
  // amount? unit → minutes; returns the index after it.
  std::optional<std::pair<int, std::size_t>> QuantityAt(std::size_t i) const;
  std::size_t TryRelative(std::size_t i);
  std::size_t TryDuration(std::size_t i);
  std::size_t TryNextWeek(std::size_t i);
  std::size_t TryWeekday(std::size_t i);
  std::size_t TryDayPart(std::size_t i);
  bool NamesAnActivity(std::size_t i, std::size_t length) const;
  // The token at i follows the last component, a date, with only a pause between: "sábado 4
  // de abril, 17 h", "Sat 28/3 19.00", "el 2 de abril (jueves)".
  bool AfterDate(std::size_t i) const;
  // Minutes dictated apart from their hour at `at`: "9 15", "5 30".
  bool SpacedMinutes(std::size_t at) const;
  bool StartsNewWords(std::size_t i) const;
  bool RangeOpensAfter(std::size_t i) const;
  // A range's end: a clock time, or noon ("9 to noon", "de 10 al mediodía").
  std::optional<std::pair<ClockTime, std::size_t>> RangeEndAt(std::size_t i,
                                                              bool accept_bare) const;
  bool TimeLabel(std::size_t i) const;
  // "sab.", "oct.": the index after the dot that abbreviates the word at `word`, else `end`.
  std::size_t AfterAbbreviationDot(std::size_t word, std::size_t end) const;
  std::optional<PhraseTable<int>::Hit> OrdinalWeekdayAt(std::size_t at) const;
  std::size_t TryDayOffset(std::size_t i);

  // Calendar dates (date_matchers.cc).
  bool OrdinalSuffixAt(std::size_t i, std::size_t* length) const;
  std::size_t YearAfter(std::size_t i, int* year) const;
  bool Emit(std::size_t first, std::size_t end, int year, int month, int day);
  std::size_t TryCalendarDate(std::size_t i);
  // "the 15th", "el 15", "dia 15", "15-го", "15 числа".
  std::size_t TryDayOfMonth(std::size_t i);
  // "from 20 to 24 July", "с 12 по 15 марта": a period, consumed without a component.
  std::size_t TryDayRange(std::size_t i);
  // "Christmas Eve", "Easter Monday", "Nochevieja", "sexta-feira santa".
  std::size_t TryHoliday(std::size_t i);

  // Clock times (clock_matchers.cc) and ranges (clock_ranges.cc).
  // One clock time at i: "2:30 PM", "14:00", "15h30", "3pm", "at 3", "10 утра",
  // "las 5 de la tarde", "half past 3", "3 y media". `accept_bare` lets a bare number count.
  std::optional<std::pair<ClockTime, std::size_t>> ClockAt(std::size_t i, bool accept_bare) const;
  // ClockAt's steps: the minutes before the hour, an hour in words, the typed digits, and
  // what follows them.
  std::size_t LeadingMinutes(std::size_t i, int* minute_offset) const;
  std::optional<std::pair<ClockTime, std::size_t>> WordClockAt(std::size_t at,
                                                               bool accept_bare) const;
  std::size_t ClockDigits(std::size_t at, bool accept_bare, ClockTime* clock,
                          bool* explicit_form) const;
  std::size_t ClockSuffixes(std::size_t end, ClockTime* clock, int* minute_offset,
                            bool* seen) const;
  // "seven thirty", "y media", "menos cuarto": signed minutes after the hour, and their length.
  std::optional<std::pair<int, std::size_t>> MinutesAfterHour(std::size_t at) const;
  // "полпятого", "в половине седьмого", "четверть восьмого": the Russian hour under way.
  std::optional<std::pair<ClockTime, std::size_t>> HourUnderWayAt(std::size_t i) const;
  bool ScoreAt(std::size_t i) const;
  bool LengthOfTime(std::size_t i, std::size_t end) const;
  bool HourStandingAlone(std::size_t i) const;
  std::size_t TryClockRange(std::size_t i);

  const std::vector<Token>& t_;
  const Lexicon& l_;
  NumericDateOrder order_;
  std::size_t prep_end_ = kNone;
  std::size_t from_end_ = kNone;
  std::vector<Component> out_;
};

}  // namespace chatfleet::meetings::detail
