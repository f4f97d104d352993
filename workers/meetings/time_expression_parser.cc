#include "workers/meetings/time_expression_parser.h"

#include <algorithm>

#include "workers/meetings/time_components.h"

namespace chatfleet::meetings {
namespace {

using detail::Component;
using detail::Slot;

bool Filled(const TimeMention& m, Slot slot) {
  switch (slot) {
    case Slot::kDate:
      return m.date.kind != DateExpression::Kind::kNone || m.offset_minutes.has_value();
    case Slot::kTime:
      return m.start.has_value() || m.offset_minutes.has_value();
    case Slot::kPart:
      return m.part.has_value() || m.offset_minutes.has_value();
    case Slot::kDuration:
      return m.duration_minutes.has_value() || m.end.has_value();
    case Slot::kNextWeek:
      return m.next_week;
  }
  return false;
}

// Only markers ("at", "в", "a las", "às") or a comma between two token ranges.
bool Adjacent(std::size_t last, std::size_t first, const std::vector<Token>& tokens,
              const Lexicon& lexicon) {
  for (std::size_t i = last + 1; i < first; ++i) {
    if (!tokens[i].IsPunct(',') && !lexicon.markers.Match(tokens, i)) return false;
  }
  return true;
}

void Apply(TimeMention& m, const Component& c, const std::vector<Token>& tokens,
           const Lexicon& lexicon) {
  switch (c.slot) {
    case Slot::kDate:
      m.date = c.date;
      break;
    case Slot::kTime:
      if (c.is_offset) {
        m.offset_minutes = c.minutes;
      } else {
        m.start = c.start;
        m.end = c.end;
      }
      break;
    case Slot::kPart:
      m.part = c.part;
      break;
    case Slot::kDuration:
      m.duration_minutes = c.minutes;
      break;
    case Slot::kNextWeek:
      m.next_week = true;
      break;
  }
  // A component far from the rest ("Tomorrow at 12:45 choir practice for an hour") joins the
  // mention without stretching its span over the words between, which name the activity.
  if (c.first > m.last_token && !Adjacent(m.last_token, c.first, tokens, lexicon)) return;
  if (c.last < m.first_token && !Adjacent(c.last, m.first_token, tokens, lexicon)) return;
  m.first_token = std::min(m.first_token, c.first);
  m.last_token = std::max(m.last_token, c.last);
}

bool RestatesWeekday(const TimeMention& m, const Component& c) {
  using Kind = DateExpression::Kind;
  return c.slot == Slot::kDate && m.date.kind == Kind::kWeekday && !m.date.next &&
         (c.date.kind == Kind::kCalendar || c.date.kind == Kind::kDayOfMonth) &&
         c.first <= m.last_token + 3;
}

// "el 2 de abril (jueves)", "Dia 20 de março, sexta-feira, às 15h": a weekday after a date,
// with only a pause between, names the same day again.
bool WeekdayRestatesDate(const TimeMention& m, const Component& c,
                         const std::vector<Token>& tokens) {
  using Kind = DateExpression::Kind;
  if (c.slot != Slot::kDate || c.date.kind != Kind::kWeekday || c.date.next ||
      (m.date.kind != Kind::kCalendar && m.date.kind != Kind::kDayOfMonth) ||
      c.first <= m.last_token || c.first > m.last_token + 3) {
    return false;
  }
  for (std::size_t i = m.last_token + 1; i < c.first; ++i) {
    if (!tokens[i].IsPunct(',') && !tokens[i].IsPunct('(') && !tokens[i].IsPunct('-')) {
      return false;
    }
  }
  return true;
}

// "in two weeks on Tuesday", "через 2 недели в среду", "daqui a três semanas, no dia 9": the
// day inside the weeks offset.
bool NarrowsWeeks(const TimeMention& m, const Component& c) {
  using Kind = DateExpression::Kind;
  return c.slot == Slot::kDate && m.date.kind == Kind::kDayOffset && m.date.week_offset > 0 &&
         (c.date.kind == Kind::kWeekday || c.date.kind == Kind::kDayOfMonth) && !c.date.next &&
         c.first <= m.last_token + 3;
}

// "в воскресенье через неделю", "the Thursday in two weeks": the weekday of the week N weeks
// on, said before the weeks.
bool WeeksAfterWeekday(const TimeMention& m, const Component& c) {
  using Kind = DateExpression::Kind;
  return c.slot == Slot::kDate && c.date.kind == Kind::kDayOffset && c.date.week_offset > 0 &&
         m.date.kind == Kind::kWeekday && !m.date.next && m.date.week_offset == 0 && !m.next_week &&
         c.first > m.last_token && c.first <= m.last_token + 2;
}

// "à noite, mas sexta às 21h", "on Fridays, but this Friday at 7": a contrast (or a colon before
// words) opens a clause with a time of its own, so the times either side are two mentions (a later
// one without a day still takes the day said before it, below).
bool ContrastBetween(std::size_t last, std::size_t first, const std::vector<Token>& tokens) {
  for (std::size_t i = last + 1; i < first; ++i) {
    const Token& t = tokens[i];
    // "livre domingo: trilha às 7h": a colon before words opens what the day announces.
    if (t.IsPunct(':') && i + 1 < tokens.size() && tokens[i + 1].kind == Token::Kind::kWord &&
        tokens[i + 1].space_before) {
      return true;
    }
    if (t.IsWord("but") || t.IsWord("however") || t.IsWord("но") || t.IsWord("pero") ||
        t.IsWord("mas") || t.IsWord("porem")) {
      return true;
    }
  }
  return false;
}

// "sab", "dom", "oct", "сб" glued to the dot after them: a short name the lexicon knows as a
// weekday or a month, so the dot abbreviates it.
bool AbbreviatedDayOrMonth(const std::vector<Token>& tokens, std::size_t i,
                           const Lexicon& lexicon) {
  const Token& t = tokens[i];
  if (t.kind != Token::Kind::kWord || tokens[i + 1].space_before) return false;
  if (CodePoints(t.text).size() > 4) return false;
  const auto day = lexicon.weekdays.Match(tokens, i);
  const auto month = lexicon.months.Match(tokens, i);
  return (day && day->length == 1) || (month && month->length == 1);
}

// "clocks go forward saturday, football is 10am sunday": a time said right before a day of its
// own is that day's, not the day's said further back in its sentence.
bool TimeOfTheNextDay(const TimeMention& m, const std::vector<Component>& components, std::size_t k,
                      const std::vector<Token>& tokens, const Lexicon& lexicon) {
  const Component& c = components[k];
  if (c.slot != Slot::kTime || k + 1 >= components.size()) return false;
  const Component& next = components[k + 1];
  return next.slot == Slot::kDate && Filled(m, Slot::kDate) && !Filled(m, Slot::kTime) &&
         Adjacent(c.last, next.first, tokens, lexicon) &&
         !Adjacent(m.last_token, c.first, tokens, lexicon);
}

bool Schedulable(const TimeMention& m) {
  return m.date.kind != DateExpression::Kind::kNone || m.start || m.part || m.offset_minutes;
}

}  // namespace

std::vector<int> SentenceIndex(const std::vector<Token>& tokens, const Lexicon& lexicon) {
  std::vector<int> index(tokens.size());
  int sentence = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    index[i] = sentence;
    const Token& t = tokens[i];
    if (!t.EndsSentence()) continue;
    // "14.30", "15.03.2026", "a.m.": a dot glued to what follows does not end a sentence.
    if (t.IsPunct('.') && i + 1 < tokens.size() && !tokens[i + 1].space_before) continue;
    if (t.IsPunct('.') && i > 0 && AbbreviatedDayOrMonth(tokens, i - 1, lexicon)) continue;
    // "1.º de abril", "2.ª feira": the dot of an ordinal day before its month or "feira".
    if (t.IsPunct('.') && i > 0 && tokens[i - 1].IsNumber() && !t.space_before &&
        i + 1 < tokens.size() &&
        (tokens[i + 1].IsWord("feira") || (detail::IsOneOf(tokens[i + 1], {"de", "do", "da"}) &&
                                           lexicon.months.Match(tokens, i + 2)))) {
      continue;
    }
    ++sentence;
  }
  return index;
}

// Only punctuation between two components: "Halloween Saturday", "St Patrick's, Wednesday".
bool SideBySide(const Component& a, const Component& b, const std::vector<Token>& tokens) {
  const std::size_t from = std::min(a.last, b.last) + 1;
  const std::size_t to = std::max(a.first, b.first);
  for (std::size_t i = from; i < to; ++i) {
    if (tokens[i].kind != Token::Kind::kPunct) return false;
  }
  return true;
}

bool CommaBetween(const Component& a, const Component& b, const std::vector<Token>& tokens) {
  const std::size_t from = std::min(a.last, b.last) + 1;
  const std::size_t to = std::max(a.first, b.first);
  for (std::size_t i = from; i < to; ++i) {
    if (tokens[i].IsPunct(',')) return true;
  }
  return false;
}

// "cena de Navidad", "mercado de Natal": a holiday after "de" qualifies the noun before it.
bool QualifiesANoun(const Component& h, const std::vector<Token>& tokens) {
  return h.first > 1 && detail::IsOneOf(tokens[h.first - 1], {"de", "del", "do", "da"}) &&
         tokens[h.first - 2].kind == Token::Kind::kWord;
}

// "office Christmas party Fri 11 December", "el sábado cena de Navidad", "Sunday 11am, Christmas
// fair": with another day in its sentence (before it, or after it in its clause), a holiday
// names what the event is about, not its day. "Christmas lunch at Mum's, 12" names no other day,
// "Halloween Saturday" restates it, and "el domingo de Pascua almuerzo…, ojo que el sábado se
// atrasa la hora" names another day for something else.
bool AttributiveHoliday(const Component& h, const std::vector<Component>& components,
                        const std::vector<int>& sentences, const std::vector<Token>& tokens) {
  if (!h.holiday) return false;
  const bool qualifies = QualifiesANoun(h, tokens);
  return std::any_of(components.begin(), components.end(), [&](const Component& c) {
    return c.slot == Slot::kDate && !c.holiday && sentences[c.first] == sentences[h.first] &&
           (qualifies || !SideBySide(h, c, tokens)) &&
           (c.first < h.first || !CommaBetween(h, c, tokens));
  });
}

std::vector<Component> WithoutAttributiveHolidays(const std::vector<Component>& components,
                                                  const std::vector<int>& sentences,
                                                  const std::vector<Token>& tokens) {
  std::vector<Component> kept;
  for (const Component& c : components) {
    if (!AttributiveHoliday(c, components, sentences, tokens)) kept.push_back(c);
  }
  return kept;
}

std::vector<TimeMention> ParseTimeExpressions(const std::vector<Token>& tokens,
                                              const Lexicon& lexicon, NumericDateOrder order) {
  const std::vector<int> sentences = SentenceIndex(tokens, lexicon);
  const std::vector<Component> components = WithoutAttributiveHolidays(
      detail::ComponentFinder(tokens, lexicon, order).Run(), sentences, tokens);
  std::vector<TimeMention> mentions;
  for (std::size_t k = 0; k < components.size(); ++k) {
    const Component& c = components[k];
    const int sentence = sentences[c.first];
    if (!mentions.empty() && RestatesWeekday(mentions.back(), c)) {
      // "Tuesday, March 17" / "el martes 17 de marzo": one day said twice; the date wins.
      mentions.back().date = c.date;
      mentions.back().last_token = std::max(mentions.back().last_token, c.last);
      continue;
    }
    if (!mentions.empty() && WeekdayRestatesDate(mentions.back(), c, tokens)) {
      mentions.back().last_token = c.last;
      continue;
    }
    if (!mentions.empty() && mentions.back().sentence == sentence &&
        WeeksAfterWeekday(mentions.back(), c)) {
      mentions.back().date.week_offset = c.date.week_offset;
      mentions.back().last_token = std::max(mentions.back().last_token, c.last);
      continue;
    }
    if (!mentions.empty() && NarrowsWeeks(mentions.back(), c)) {
      const int weeks = mentions.back().date.week_offset;
      mentions.back().date = c.date;
      mentions.back().date.week_offset = weeks;
      mentions.back().last_token = std::max(mentions.back().last_token, c.last);
      continue;
    }
    if (mentions.empty() || mentions.back().sentence != sentence ||
        Filled(mentions.back(), c.slot) ||
        ContrastBetween(mentions.back().last_token, c.first, tokens) ||
        TimeOfTheNextDay(mentions.back(), components, k, tokens, lexicon)) {
      TimeMention m;
      m.first_token = c.first;
      m.last_token = c.last;
      m.sentence = sentence;
      mentions.push_back(m);
    }
    Apply(mentions.back(), c, tokens, lexicon);
  }
  // "Tomorrow: a call at 10 and the review at 2" — the second time shares the first's day.
  const TimeMention* previous = nullptr;
  std::vector<TimeMention> out;
  for (TimeMention& m : mentions) {
    if (m.date.kind == DateExpression::Kind::kNone && !m.offset_minutes && previous != nullptr &&
        (m.start || m.part)) {
      m.date = previous->date;
      m.next_week = m.next_week || previous->next_week;
    }
    if (m.date.kind != DateExpression::Kind::kNone) previous = &m;
    if (Schedulable(m)) out.push_back(m);
  }
  return out;
}

}  // namespace chatfleet::meetings
