#include "workers/meetings/plan_cues.h"

#include <algorithm>
#include <cstddef>

#include "workers/meetings/clock_change.h"
#include "workers/meetings/mood_cues.h"
#include "workers/meetings/past_tense.h"
#include "workers/meetings/reported_speech.h"
#include "workers/meetings/word_helpers.h"

namespace chatfleet::meetings {
namespace {

using word_helpers::OneOf;
using word_helpers::TextAt;

// "we are coming to your hostel on Friday by 6.30 pm": a verb of coming earlier in the clause.
bool ComingEarlierInClause(const std::vector<Token>& tokens, std::size_t by) {
  for (std::size_t k = by; k > 0 && by - k < 10; --k) {
    const Token& t = tokens[k - 1];
    if (t.EndsSentence() || t.IsPunct(',')) return false;
    if (OneOf(t.text, {"coming", "arriving", "arrive", "reaching"})) return true;
  }
  return false;
}

// "be there by 8:30", "get here by 9", "arrive by 7": the words before "by" arrive somewhere.
bool ArrivesBy(const std::vector<Token>& tokens, std::size_t by) {
  const std::string_view before = by > 0 ? std::string_view(tokens[by - 1].text) : "";
  if (ComingEarlierInClause(tokens, by)) return true;
  return OneOf(before, {"there", "here", "arrive", "arriving", "in"}) &&
         !(before == "in" && by > 1 && !OneOf(tokens[by - 2].text, {"be", "get", "come"}));
}

// After arriving somewhere "by" is when the event starts, no deadline ("be there by 8:30").
void KeepArrivals(const std::vector<Token>& tokens, std::vector<CueHit>& cues) {
  std::erase_if(cues, [&](const CueHit& c) {
    return c.cue == Cue::kDeadlineBefore && ArrivesBy(tokens, c.span.first);
  });
}

// "I was thinking we could grab dinner Saturday", "estaba pensando", "tava pensando": the
// past of "be" before thinking aloud is the polite present of a proposal, no past.
void KeepThinkingAloud(const std::vector<Token>& tokens, std::vector<CueHit>& cues) {
  std::erase_if(cues, [&](const CueHit& c) {
    return c.cue == Cue::kPast && c.span.first == c.span.last &&
           OneOf(tokens[c.span.first].text, {"was", "were", "estaba", "estava", "tava"}) &&
           OneOf(TextAt(tokens, c.span.first + 1),
                 {"thinking", "wondering", "hoping", "planning", "pensando"});
  });
}

// "saturday 7pm were doing the boat tour", "halloween sat, were taking the kids out at 6": a
// "were" with no subject before it, ahead of an -ing form, is "we're" typed without its
// apostrophe, the writer's plan in the present; "we were doing" keeps its subject and its past.
void KeepWereTypedForWeAre(const std::vector<Token>& tokens,
                           const std::vector<TimeMention>& mentions, std::vector<CueHit>& cues) {
  std::erase_if(cues, [&](const CueHit& c) {
    const std::size_t i = c.span.first;
    if (c.cue != Cue::kPast || c.span.last != i || !tokens[i].IsWord("were")) return false;
    const bool no_subject =
        i == 0 || tokens[i - 1].kind != Token::Kind::kWord || CoveredByMention(i - 1, mentions);
    const std::string_view next = TextAt(tokens, i + 1);
    return no_subject && next.size() > 4 && next.ends_with("ing");
  });
}

// The word as typed starts with a capital letter: ASCII, Latin-1 accented (C3 80–9E) or
// Cyrillic (D0 90–AF), read from its first bytes without decoding.
bool Capitalized(const Token& t, std::string_view text) {
  if (t.begin >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[t.begin]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (t.begin + 1 >= text.size()) return false;
  const auto next = static_cast<unsigned char>(text[t.begin + 1]);
  return (c == 0xC3 && next >= 0x80 && next <= 0x9E) || (c == 0xD0 && next >= 0x90 && next <= 0xAF);
}

// "stargazing at Lost Dutchman", "drinks at the Last Call": a non-plan word capitalized inside a
// sentence before another capitalized word is part of a name, not the cue. A loss keeps its
// weight in a title-case notice ("Team Meeting Cancelled Tomorrow"), and so does a word before a
// day or a month.
void KeepNames(const std::vector<Token>& tokens, std::string_view text, const Lexicon& lexicon,
               std::vector<CueHit>& cues) {
  std::erase_if(cues, [&](const CueHit& c) {
    const std::size_t i = c.span.first;
    if (c.cue != Cue::kNotPlan || c.span.last != i || i == 0 || tokens[i - 1].EndsSentence() ||
        i + 1 >= tokens.size() || tokens[i + 1].kind != Token::Kind::kWord) {
      return false;
    }
    if (!Capitalized(tokens[i], text) || !Capitalized(tokens[i + 1], text)) return false;
    return !lexicon.weekdays.Match(tokens, i + 1) && !lexicon.months.Match(tokens, i + 1) &&
           !lexicon.day_offsets.Match(tokens, i + 1);
  });
}

// "Sunset is at 7:12pm", "O pôr do sol é às 18h30", "Закат в 18:10": the sun's hour is no plan
// when the sun is the subject the time is said of, before it. After the time ("sábado às 5 pôr do
// sol na Beira-Mar") or before another noun ("sunset hike") it is what the plan is for.
void KeepSunsetsAsActivities(const std::vector<Token>& tokens,
                             const std::vector<TimeMention>& mentions, std::vector<CueHit>& cues) {
  std::erase_if(cues, [&](const CueHit& c) {
    const std::string_view w = tokens[c.span.first].text;
    if (c.cue != Cue::kNotPlan || !OneOf(w, {"sunset", "sunrise", "закат", "рассвет", "atardecer",
                                             "amanecer", "puesta", "por", "nascer"})) {
      return false;
    }
    const bool time_after = std::any_of(mentions.begin(), mentions.end(),
                                        [&](const auto& m) { return m.first_token > c.span.last; });
    const std::size_t next = c.span.last + 1;
    const bool noun_after =
        next < tokens.size() && tokens[next].kind == Token::Kind::kWord &&
        !CoveredByMention(next, mentions) &&
        !OneOf(tokens[next].text, {"is", "will", "at", "today", "tonight", "tomorrow", "on", "es",
                                   "e", "sera", "a", "as", "на", "в", "будет", "сегодня"});
    return !time_after || noun_after;
  });
}

// "Могли бы созвониться в четверг?", "хотела бы пригласить вас": the subjunctive asks politely
// for the plan or invites to it, it does not wish it.
void KeepPoliteRequests(const std::vector<Token>& tokens, std::vector<CueHit>& cues) {
  std::erase_if(cues, [&](const CueHit& c) {
    return c.cue == Cue::kNotPlan && c.span.last == c.span.first &&
           PoliteSubjunctive(tokens, c.span.first);
  });
}

// Someone else's plan stated or asked about, or a question of who does it.
bool OthersPlanAt(const std::vector<Token>& tokens, std::size_t i, std::string_view text,
                  const Lexicon& lexicon) {
  return StatesOthersPlan(tokens, i, text, lexicon) || AsksWhoDoesIt(tokens, i, lexicon.language) ||
         AsksAboutOthersPlan(tokens, i, text, lexicon.language);
}

// Past tense, chores, hypotheticals by the words' form, beyond the lexicon's words: "we
// played", "мы играли", "need to do laundry", "iríamos"; others' plans by who the sentence
// names.
void AddFormCues(const std::vector<Token>& tokens, std::string_view text,
                 const std::vector<TimeMention>& mentions, const Lexicon& lexicon,
                 std::vector<CueHit>& cues) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (CoveredByMention(i, mentions)) continue;
    if (PastTenseVerb(tokens, i, text, lexicon.language)) {
      cues.push_back({Span{i, i}, Cue::kPast, false, true});
    } else if (const auto mood = MoodCueAt(tokens, i, text, lexicon)) {
      cues.push_back({Span{i, i}, *mood});
      // "Si tuviera tiempo, iría al partido": the condition makes its main clause unreal too.
      if (OpensUnrealCondition(tokens, i, lexicon.language)) {
        cues.back().scope = CueHit::Scope::kSentence;
      }
    } else if (const bool reports = ReportsOthersPlan(tokens, i, lexicon.language);
               reports || OthersPlanAt(tokens, i, text, lexicon)) {
      // "Маша сказала, что у неё завтра собеседование": the report may sit past a comma.
      CueHit hit{Span{i, i}, Cue::kNotPlan};
      hit.scope = CueHit::Scope::kSentence;
      hit.reports_what_follows = reports;
      cues.push_back(hit);
    }
  }
}

bool PresentToo(const CueHit& c, const std::vector<Token>& tokens, Language language) {
  return c.cue == Cue::kPast && c.span.first == c.span.last &&
         SharedPreteriteForm(tokens[c.span.first].text, language);
}

// "ya con la hora cambiada", "habrán cambiado la hora": a verb that moves plans, said of the
// clock, changes the clock and moves no plan.
void KeepClockChanges(const std::vector<StanceCue>& stances, std::vector<CueHit>& cues) {
  std::erase_if(cues, [&](const CueHit& c) {
    if (c.cue != Cue::kMoved && c.cue != Cue::kReschedule) return false;
    return std::any_of(stances.begin(), stances.end(), [&](const StanceCue& s) {
      return s.stance == Stance::kClockChange && s.token + 2 >= c.span.first &&
             s.token <= c.span.last + 2;
    });
  });
}

// Availability, habits, wishes, timetables, clock changes and jokes state no plan of the chat.
void AddStanceCues(const std::vector<Token>& tokens, const std::vector<TimeMention>& mentions,
                   const Lexicon& lexicon, const std::vector<StanceCue>& stances,
                   std::vector<CueHit>& cues) {
  for (const StanceCue& s : stances) {
    if (ReadsTheWords(s.stance)) continue;
    CueHit hit{Span{s.token, s.token}, Cue::kNotPlan};
    if (s.stance == Stance::kTimetable) hit.scope = CueHit::Scope::kSentence;
    if (s.stance == Stance::kJoke) hit.scope = CueHit::Scope::kMessage;
    if (s.stance == Stance::kClockChange) {
      hit.span = ClockChangeStretch(tokens, s.token, mentions, lexicon);
      hit.touching_only = true;
    }
    cues.push_back(hit);
  }
}

}  // namespace

bool ReadsTheWords(Stance stance) {
  return stance == Stance::kMeasure || stance == Stance::kWhereabouts ||
         stance == Stance::kNoteToSelf || stance == Stance::kWeather;
}

std::vector<CueHit> FindPlanCues(const std::vector<Token>& tokens, std::string_view text,
                                 const std::vector<TimeMention>& mentions, const Lexicon& lexicon,
                                 const std::vector<StanceCue>& stances) {
  auto cues = FindPhraseHits<Cue, CueHit>(lexicon.cues, tokens, mentions);
  KeepPoliteRequests(tokens, cues);
  KeepThinkingAloud(tokens, cues);
  KeepWereTypedForWeAre(tokens, mentions, cues);
  KeepArrivals(tokens, cues);
  KeepNames(tokens, text, lexicon, cues);
  KeepSunsetsAsActivities(tokens, mentions, cues);
  AddFormCues(tokens, text, mentions, lexicon, cues);
  // After the forms are read too: "¿Cenamos el viernes?" is past by its form and present alike.
  for (CueHit& c : cues) c.present_too = PresentToo(c, tokens, lexicon.language);
  KeepClockChanges(stances, cues);
  AddStanceCues(tokens, mentions, lexicon, stances, cues);
  return cues;
}

}  // namespace chatfleet::meetings
