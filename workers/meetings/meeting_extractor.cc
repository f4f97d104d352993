#include "workers/meetings/meeting_extractor.h"

#include <date/tz.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>

#include "workers/meetings/clause_index.h"
#include "workers/meetings/evening_hint.h"
#include "workers/meetings/event_hits.h"
#include "workers/meetings/language_guess.h"
#include "workers/meetings/meeting_title.h"
#include "workers/meetings/plan_cues.h"
#include "workers/meetings/plan_rejection.h"
#include "workers/meetings/spelling.h"
#include "workers/meetings/stance_cues.h"
#include "workers/meetings/text_tokens.h"
#include "workers/meetings/time_expression_parser.h"
#include "workers/meetings/time_resolver.h"
#include "workers/meetings/zone_words.h"

namespace chatfleet::meetings {
namespace {

// Everything the message says, read once: its tokens and times, its structure, the event words
// and the cues weighed against every mention.
struct MessageReading {
  std::string_view text;
  const Lexicon* lexicon = nullptr;
  std::vector<Token> tokens;
  std::vector<TimeMention> mentions;
  MessageStructure structure;
  std::vector<EventHit> events;
  std::vector<StanceCue> stances;
  std::vector<CueHit> cues;
};

// A meeting one mention gives, before it is merged with the others.
struct Candidate {
  ExtractedMeeting meeting;
  bool time_defaulted = false;
};

std::vector<bool> TimeTokens(const std::vector<Token>& tokens,
                             const std::vector<TimeMention>& mentions) {
  std::vector<bool> in_time(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) in_time[i] = CoveredByMention(i, mentions);
  return in_time;
}

NumericDateOrder OrderFor(Language language, std::string_view zone) {
  const bool americas =
      zone.starts_with("America/") || zone.starts_with("US/") || zone.starts_with("Canada/");
  return language == Language::kEn && americas ? NumericDateOrder::kMonthDay
                                               : NumericDateOrder::kDayMonth;
}

// The cues and events are read only when the message has a time.
MessageReading ReadMessage(const ExtractionRequest& request, std::vector<Token> tokens,
                           const date::time_zone& zone, Language language) {
  MessageReading r;
  r.text = request.text;
  r.lexicon = &LexiconFor(language);
  r.tokens = std::move(tokens);
  CorrectSpelling(r.tokens, *r.lexicon);
  r.mentions = ParseTimeExpressions(r.tokens, *r.lexicon, OrderFor(language, request.time_zone));
  if (r.mentions.empty()) return r;
  // Before the activity is looked for: "sunday 11 brunch" may turn out to say its hour.
  for (TimeMention& m : r.mentions) m = DayNumberOrHour(m, request.now, zone);
  const std::string_view text = request.text;
  r.structure.sentences = SentenceIndex(r.tokens, *r.lexicon);
  r.structure.clauses = ClauseIndex(r.tokens, r.structure.sentences);
  r.structure.consequences = ConsequenceIndex(r.tokens, r.structure.sentences, language);
  r.events = FindEvents(*r.lexicon, r.tokens, r.mentions);
  r.stances = FindStanceCues(r.tokens, TimeTokens(r.tokens, r.mentions), *r.lexicon);
  r.cues = FindPlanCues(r.tokens, text, r.mentions, *r.lexicon, r.stances);
  return r;
}

double Confidence(const TimeMention& m, const ResolvedTime& r, const EventHit& event,
                  bool same_sentence) {
  double c = 0.45;
  if (m.start || m.offset_minutes) {
    c += 0.25;
  } else if (m.part) {
    c += 0.1;
  }
  if (m.date.kind != DateExpression::Kind::kNone || m.offset_minutes) c += 0.1;
  c += event.strength == EventStrength::kNoun ? 0.15 : 0.05;
  if (r.end) c += 0.03;
  if (!same_sentence) c -= 0.1;
  // A day without a time ("the design review tomorrow") is worth reporting, but below the
  // default scheduling threshold (0.5): a reminder at a guessed hour would mislead.
  if (r.time_defaulted) c = std::min(c - 0.1, 0.45);
  return std::round(std::clamp(c, 0.05, 0.98) * 100) / 100;
}

// "every Tues? no, just this Tuesday 5pm": a day said without a time is dropped when the same
// message gives that day a time; the timed mention is the plan.
void DropDayOnlyRestatements(std::vector<ExtractedMeeting>& meetings,
                             const std::vector<bool>& time_defaulted, const date::time_zone& zone) {
  const auto local_day = [&zone](std::chrono::sys_seconds t) {
    return std::chrono::floor<date::days>(zone.to_local(t));
  };
  std::vector<ExtractedMeeting> kept;
  for (std::size_t k = 0; k < meetings.size(); ++k) {
    const bool restated =
        time_defaulted[k] && std::any_of(meetings.begin(), meetings.end(), [&](const auto& other) {
          const auto index = static_cast<std::size_t>(&other - meetings.data());
          return !time_defaulted[index] && local_day(other.start) == local_day(meetings[k].start);
        });
    if (!restated) kept.push_back(std::move(meetings[k]));
  }
  meetings = std::move(kept);
}

// The event a mention belongs to, named or guessed from the words, unless the cues take its plan
// away.
std::optional<NearEvent> EventOfPlan(const TimeMention& m, const MessageReading& r) {
  auto near = NearestEvent(m, r.events, r.structure.sentences);
  bool implicit = false;
  if (!near) {
    const auto guessed =
        ImplicitActivity(m, r.tokens, r.structure.sentences, *r.lexicon, r.mentions);
    if (!guessed) return std::nullopt;
    near = NearEvent{*guessed, true};
    implicit = true;
  }
  if (Rejected(m, near->event, r.cues, r.structure) ||
      LeftByAMove(m, r.cues, r.tokens, *r.lexicon, r.structure.sentences)) {
    return std::nullopt;
  }
  if (implicit && WordsAreNoActivity(m, r.stances, r.structure.clauses)) return std::nullopt;
  return near;
}

// The meeting a mention plans, if any, resolved at `now` in the sender's zone.
std::optional<Candidate> MeetingFor(const TimeMention& m, const MessageReading& r,
                                    std::chrono::sys_seconds now, const date::time_zone& zone) {
  const auto near = EventOfPlan(m, r);
  if (!near) return std::nullopt;
  // "5pm EST": the time is read in the zone the text names; printed in the sender's.
  const date::time_zone* reading = &zone;
  if (const auto named = ZoneNamed(r.tokens, m.first_token, m.last_token)) {
    if (const auto located = LocateZone(*named)) reading = *located;
  }
  const auto resolved = ResolveMention(
      WithEveningHint(m, r.tokens, r.structure.sentences, r.mentions), now, *reading);
  if (!resolved || resolved->start < now) return std::nullopt;
  const double confidence = Confidence(m, *resolved, near->event, near->same_sentence);
  return Candidate{{Title(r.text, r.tokens, near->event, r.events, *r.lexicon, r.mentions,
                          r.structure.sentences),
                    resolved->start, resolved->end, confidence},
                   resolved->time_defaulted};
}

// The same start twice is one meeting: keep the first title, the end if any, the best
// confidence.
void AddOrMerge(Candidate c, std::vector<ExtractedMeeting>& meetings,
                std::vector<bool>& time_defaulted) {
  auto same = std::find_if(meetings.begin(), meetings.end(),
                           [&](const ExtractedMeeting& e) { return e.start == c.meeting.start; });
  if (same == meetings.end()) {
    time_defaulted.push_back(c.time_defaulted);
    meetings.push_back(std::move(c.meeting));
    return;
  }
  // "Busy day tomorrow: budget review at 9am": a said time confirms a day's default hour.
  if (!c.time_defaulted) time_defaulted[static_cast<std::size_t>(same - meetings.begin())] = false;
  if (!same->end) same->end = c.meeting.end;
  same->confidence = std::max(same->confidence, c.meeting.confidence);
}

}  // namespace

Result<const date::time_zone*> LocateZone(std::string_view name) {
  try {
    return date::locate_zone(name);
  } catch (const std::runtime_error& e) {
    // date::locate_zone reports an unknown name by throwing std::runtime_error.
    return Fail(Error::Permanent("unknown time zone '" + std::string(name) + "'"));
  }
}

Result<Extraction> ExtractMeetings(const ExtractionRequest& request) {
  auto zone = LocateZone(request.time_zone);
  if (!zone) return Fail(zone.error());
  Extraction out;
  out.zone = *zone;
  std::vector<Token> tokens = Tokenize(request.text);
  out.language = request.language ? *request.language : GuessLanguage(request.text, tokens);
  const MessageReading reading = ReadMessage(request, std::move(tokens), **zone, out.language);
  std::vector<bool> time_defaulted;
  for (const TimeMention& m : reading.mentions) {
    if (auto candidate = MeetingFor(m, reading, request.now, **zone)) {
      AddOrMerge(std::move(*candidate), out.meetings, time_defaulted);
    }
  }
  DropDayOnlyRestatements(out.meetings, time_defaulted, **zone);
  return out;
}

}  // namespace chatfleet::meetings
