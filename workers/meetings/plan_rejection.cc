#include "workers/meetings/plan_rejection.h"

#include <algorithm>
#include <cstddef>

namespace chatfleet::meetings {
namespace {

// "tomorrow", "tonight", "in 2 hours", "next Friday": the mention says it is ahead.
bool SaidAhead(const TimeMention& m) {
  return (m.date.kind == DateExpression::Kind::kDayOffset && m.date.day_offset > 0) ||
         m.part == DayPart::kTonight || (m.start && m.start->part == DayPart::kTonight) ||
         m.offset_minutes.has_value() || m.date.next || m.next_week;
}

// The mention names a day after today: a form that is also the present reads as the future.
bool DayAhead(const TimeMention& m) {
  using Kind = DateExpression::Kind;
  switch (m.date.kind) {
    case Kind::kDayOffset:
      return m.date.day_offset > 0;
    case Kind::kWeekday:
    case Kind::kCalendar:
    case Kind::kDayOfMonth:
    case Kind::kEaster:
      return true;
    case Kind::kNone:
      return false;
  }
  return false;
}

// "from Thursday", "с четверга", "del jueves", "de quinta": the mention is opened by a range's
// "from" right after `after` (the verb that moves the plan) or one word later.
bool OpenedByFrom(const std::vector<Token>& tokens, const TimeMention& m, const Lexicon& l,
                  std::size_t after) {
  for (std::size_t k = after + 1; k <= m.first_token && k <= after + 2; ++k) {
    const auto marker = l.markers.Match(tokens, k);
    if (marker && marker->value == Marker::kRangeFrom && k + marker->length >= m.first_token) {
      return true;
    }
  }
  return false;
}

bool InMentionClause(const TimeMention& m, std::size_t i, const std::vector<int>& clauses) {
  return clauses[i] >= clauses[m.first_token] && clauses[i] <= clauses[m.last_token];
}

// "moved to Friday at 3", "перенесли на понедельник": the new time follows the cue.
bool Rescheduled(const TimeMention& m, const std::vector<CueHit>& cues,
                 const std::vector<int>& clauses) {
  return std::any_of(cues.begin(), cues.end(), [&](const CueHit& c) {
    return (c.cue == Cue::kReschedule || c.cue == Cue::kMoved) &&
           InMentionClause(m, c.span.first, clauses) && c.span.last < m.first_token;
  });
}

// Tokens strictly between the cue and the mention; 0 when they touch or overlap.
std::size_t Gap(const TimeMention& m, const CueHit& c) {
  if (c.span.first > m.last_token) return c.span.first - m.last_token - 1;
  if (c.span.last < m.first_token) return m.first_token - c.span.last - 1;
  return 0;
}

bool NotPlanRejects(const TimeMention& m, const CueHit& c, const MessageStructure& s) {
  if (c.reports_what_follows && m.last_token < c.span.first) return false;
  if (c.touching_only && Gap(m, c) > 0) return false;
  if (InMentionClause(m, c.span.first, s.clauses)) return true;
  if (c.scope == CueHit::Scope::kMessage) return true;
  return c.scope == CueHit::Scope::kSentence && s.sentences[c.span.first] == m.sentence &&
         s.consequences[c.span.first] == s.consequences[m.first_token];
}

// A past, a cancellation or a deadline in the mention's clause or the event's.
bool LossRejects(const TimeMention& m, const EventHit& event, const CueHit& c, bool rescheduled,
                 const std::vector<int>& clauses) {
  if ((c.present_too && DayAhead(m)) || (c.by_form && SaidAhead(m))) return false;
  // A new time overrides what was said before it, not a loss named after it.
  if (rescheduled && c.span.first < m.first_token) return false;
  return InMentionClause(m, c.span.first, clauses) ||
         clauses[c.span.first] == clauses[event.span.first];
}

}  // namespace

bool Rejected(const TimeMention& m, const EventHit& event, const std::vector<CueHit>& cues,
              const MessageStructure& structure) {
  const bool rescheduled = Rescheduled(m, cues, structure.clauses);
  return std::any_of(cues.begin(), cues.end(), [&](const CueHit& c) {
    // "the dentist on Tuesday at 4 so I can't pick up the kids", "a las diez vamos a misa así
    // que levántate temprano": past a consequence the writer says what the plan causes, which
    // takes nothing from it.
    if (structure.sentences[c.span.first] == structure.sentences[m.last_token] &&
        structure.consequences[c.span.first] > structure.consequences[m.last_token]) {
      return false;
    }
    switch (c.cue) {
      case Cue::kDeadlineBefore:
        // "by Friday", "до пятницы", "até sexta": right before the time it is a deadline.
        return c.span.last + 1 == m.first_token;
      case Cue::kNotPlan:
        return NotPlanRejects(m, c, structure);
      case Cue::kPast:
      case Cue::kCancel:
      case Cue::kDeadline:
        return LossRejects(m, event, c, rescheduled, structure.clauses);
      case Cue::kMoved:
      case Cue::kReschedule:
        return false;
    }
    return false;
  });
}

bool LeftByAMove(const TimeMention& m, const std::vector<CueHit>& cues,
                 const std::vector<Token>& tokens, const Lexicon& l,
                 const std::vector<int>& sentences) {
  return std::any_of(cues.begin(), cues.end(), [&](const CueHit& c) {
    return c.cue == Cue::kMoved && sentences[c.span.first] == m.sentence &&
           (m.last_token < c.span.first || OpenedByFrom(tokens, m, l, c.span.last));
  });
}

bool WordsAreNoActivity(const TimeMention& m, const std::vector<StanceCue>& stances,
                        const std::vector<int>& clauses) {
  return std::any_of(stances.begin(), stances.end(), [&](const StanceCue& s) {
    return ReadsTheWords(s.stance) && InMentionClause(m, s.token, clauses);
  });
}

}  // namespace chatfleet::meetings
