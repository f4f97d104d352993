#include "workers/meetings/meeting_extractor.h"

#include <date/tz.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <stdexcept>

#include "workers/meetings/language_guess.h"
#include "workers/meetings/mood_cues.h"
#include "workers/meetings/past_tense.h"
#include "workers/meetings/reported_speech.h"
#include "workers/meetings/spelling.h"
#include "workers/meetings/stance_cues.h"
#include "workers/meetings/text_tokens.h"
#include "workers/meetings/time_expression_parser.h"
#include "workers/meetings/time_resolver.h"
#include "workers/meetings/word_helpers.h"
#include "workers/meetings/zone_words.h"

namespace chatfleet::meetings {
namespace {

using word_helpers::OneOf;
using word_helpers::TextAt;

struct Span {
  std::size_t first = 0;
  std::size_t last = 0;
};

struct EventHit {
  Span span;
  EventStrength strength;
};

struct CueHit {
  Span span;
  Cue cue;
  // es/pt first person plural "-amos"/"-imos" ("salimos", "saímos", "jugamos"): the preterite
  // and the present are one form, so a day ahead makes it a plan ("pasado mañana salimos").
  bool present_too = false;
  // Read from a verb's form, not from the lexicon ("Haunted house tour tonight" starts with an
  // -ed adjective): an explicit future word outweighs it.
  bool by_form = false;
  // Most cues hold for their clause; a timetable's days and hours sit in separate clauses
  // ("10am to 6pm, Tuesday to Sunday"), and a joke takes back the whole message.
  enum class Scope { kClause, kSentence, kMessage };
  Scope scope = Scope::kClause;
};

bool SharedPreteriteForm(std::string_view w, Language language) {
  if (language != Language::kEs && language != Language::kPt) return false;
  if (w.size() < 6) return false;
  if (w.ends_with("amos")) return true;
  // -ir verbs share the form too ("salimos"); irregular preterites do not ("tuvimos", "fuimos",
  // "hicimos", "dijimos", "pudimos", "vimos").
  return w.ends_with("imos") && w != "vimos" &&
         !(w.ends_with("uvimos") || w.ends_with("uimos") || w.ends_with("icimos") ||
           w.ends_with("ijimos") || w.ends_with("isimos") || w.ends_with("udimos"));
}

bool PresentToo(const CueHit& c, const std::vector<Token>& tokens, Language language) {
  return c.cue == Cue::kPast && c.span.first == c.span.last &&
         SharedPreteriteForm(tokens[c.span.first].text, language);
}

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
      return true;
    case Kind::kNone:
      return false;
  }
  return false;
}

bool Covered(std::size_t i, const std::vector<TimeMention>& mentions) {
  return std::any_of(mentions.begin(), mentions.end(),
                     [i](const TimeMention& m) { return i >= m.first_token && i <= m.last_token; });
}

// "Todo mundo tá livre domingo: trilha às 7h": a colon before words (not inside "14:00")
// opens what the first half announces.
bool ColonBeforeWords(const std::vector<Token>& tokens, std::size_t i) {
  return tokens[i].IsPunct(':') && i + 1 < tokens.size() &&
         tokens[i + 1].kind == Token::Kind::kWord && tokens[i + 1].space_before;
}

// Clauses split sentences at commas, colons before words and "but", so "the old call was cancelled,
// the new one is Friday at 3" rejects only the first half.
std::vector<int> ClauseIndex(const std::vector<Token>& tokens, const std::vector<int>& sentences) {
  std::vector<int> clause(tokens.size());
  int current = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0 && sentences[i] != sentences[i - 1]) ++current;
    const Token& t = tokens[i];
    if (t.IsPunct(',') || ColonBeforeWords(tokens, i) || t.IsWord("but") || t.IsWord("но") ||
        t.IsWord("pero") || t.IsWord("mas") || t.IsWord("however")) {
      ++current;
    }
    clause[i] = current;
  }
  return clause;
}

// "Маша сказала, что придёт, так что собираемся в субботу", "A Bia disse que vem, então o
// almoço é domingo": a consequence drawn from what a sentence reports or supposes is the
// writer's own statement, so the sentence-wide cues stop at it.
bool OpensConsequence(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  const std::string_view next = TextAt(tokens, i + 1);
  return t.IsWord("so") || t.IsWord("therefore") || t.IsWord("поэтому") ||
         (t.IsWord("так") && next == "что") || t.IsWord("entonces") || t.IsWord("entao") ||
         (t.IsWord("asi") && next == "que") ||
         ((t.IsWord("por") && (next == "eso" || next == "isso")));
}

std::vector<int> ConsequenceIndex(const std::vector<Token>& tokens,
                                  const std::vector<int>& sentences) {
  std::vector<int> index(tokens.size());
  int current = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0 && sentences[i] != sentences[i - 1]) ++current;
    if (OpensConsequence(tokens, i)) ++current;
    index[i] = current;
  }
  return index;
}

template <typename T, typename Hit>
std::vector<Hit> FindAll(const PhraseTable<T>& table, const std::vector<Token>& tokens,
                         const std::vector<TimeMention>& mentions) {
  std::vector<Hit> hits;
  for (std::size_t i = 0; i < tokens.size();) {
    const auto match = Covered(i, mentions) ? std::nullopt : table.Match(tokens, i);
    if (!match) {
      ++i;
      continue;
    }
    hits.push_back({Span{i, i + match->length - 1}, match->value});
    i += match->length;
  }
  return hits;
}

std::size_t Distance(Span a, const TimeMention& m) {
  if (a.last < m.first_token) return m.first_token - a.last;
  if (a.first > m.last_token) return a.first - m.last_token;
  return 0;
}

std::optional<EventHit> NearestEvent(const TimeMention& m, const std::vector<EventHit>& events,
                                     const std::vector<int>& sentences, bool* same_sentence) {
  const EventHit* best = nullptr;
  std::size_t best_score = static_cast<std::size_t>(-1);
  for (const EventHit& e : events) {
    const int gap = std::abs(sentences[e.span.first] - m.sentence);
    if (gap > 1) continue;
    // Prefer the same sentence; a neighbouring one only when close ("Dentist! Tomorrow at 9").
    const std::size_t distance = Distance(e.span, m);
    if (gap == 1 && distance > 12) continue;
    const std::size_t score =
        distance + (gap == 1 ? 1000 : 0) + (e.span.first > m.last_token ? 1 : 0);
    if (score < best_score) {
      best_score = score;
      best = &e;
    }
  }
  if (best == nullptr) return std::nullopt;
  *same_sentence = sentences[best->span.first] == m.sentence;
  return *best;
}

// Any word that can name an activity: not part of a time, not a cue, marker or filler.
bool ContentWord(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l,
                 const std::vector<TimeMention>& mentions) {
  const Token& t = tokens[i];
  // "¿Cenamos el viernes?": a past cue that is the present too can name the activity.
  const auto cue = l.cues.Match(tokens, i);
  const bool cue_word = cue && !(cue->value == Cue::kPast && cue->length == 1 &&
                                 SharedPreteriteForm(t.text, l.language));
  return t.kind == Token::Kind::kWord && !Covered(i, mentions) &&
         !l.title_stop_words.Match(tokens, i) && !cue_word && !l.markers.Match(tokens, i) &&
         !l.day_offsets.Match(tokens, i) && !l.weekdays.Match(tokens, i) &&
         !l.months.Match(tokens, i) && !l.day_parts.Match(tokens, i) &&
         !l.today_parts.Match(tokens, i) && !l.hour_parts.Match(tokens, i) &&
         !l.number_words.Match(tokens, i) && !l.units.Match(tokens, i) &&
         !l.title_links.Match(tokens, i);
}

// "давай в 18:00 сходим в кино", "let's go at 6", "bora às 7": a hortative or a first-person
// plural of going proposes, so a time without a day is today's plan.
std::optional<std::size_t> ProposingWord(const std::vector<Token>& tokens,
                                         const std::vector<int>& sentences, int sentence) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (sentences[i] != sentence || tokens[i].kind != Token::Kind::kWord) continue;
    if (OneOf(tokens[i].text, {"давай", "давайте", "let's", "lets", "bora", "vamos", "vamo", "идём",
                               "идем", "пойдём", "пойдем", "сходим", "едем", "поедем"})) {
      return i;
    }
  }
  return std::nullopt;
}

// A plan whose activity no lexicon names ("school play Friday at 6pm", "новоселье в субботу в
// 15:00"): the nearest run of content words in the mention's sentence is the activity. Only
// for a mention that names both a day and a time, so a bare "it's 3pm" stays no plan.
std::optional<EventHit> ImplicitActivity(const TimeMention& m, const std::vector<Token>& tokens,
                                         const std::vector<int>& sentences, const Lexicon& l,
                                         const std::vector<TimeMention>& mentions) {
  // "tonight" names the day too ("Movie at 9:45pm tonight").
  const bool tonight =
      m.part == DayPart::kTonight || (m.start && m.start->part == DayPart::kTonight);
  const bool has_day = m.date.kind != DateExpression::Kind::kNone || m.offset_minutes || tonight ||
                       ProposingWord(tokens, sentences, m.sentence).has_value();
  const bool has_time = m.start || m.part || m.offset_minutes;
  if (!has_day || !has_time) return std::nullopt;
  std::optional<Span> best;
  std::size_t best_distance = static_cast<std::size_t>(-1);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (sentences[i] != m.sentence || !ContentWord(tokens, i, l, mentions)) continue;
    Span run{i, i};
    while (run.last + 1 < tokens.size() && sentences[run.last + 1] == m.sentence &&
           ContentWord(tokens, run.last + 1, l, mentions)) {
      ++run.last;
    }
    const std::size_t distance = Distance(run, m) + (run.first > m.last_token ? 1 : 0);
    if (distance < best_distance) {
      best_distance = distance;
      best = run;
    }
    i = run.last;
  }
  if (!best) {
    // "давай в субботу в 14:00": a proposal is an event even when it names no activity.
    const auto proposing = ProposingWord(tokens, sentences, m.sentence);
    if (!proposing) return std::nullopt;
    return EventHit{Span{*proposing, *proposing}, EventStrength::kNoun};
  }
  // "school play at Masha's" / "спектакль у Маши" / "futebol com a galera": the activity is the
  // phrase the linked words hang on, so the run moves back across a link to its head.
  for (int hops = 0; hops < 2; ++hops) {
    std::size_t j = best->first;
    while (j > 0 && l.title_stop_words.Match(tokens, j - 1) && !l.title_links.Match(tokens, j - 1))
      --j;
    if (j < 2 || !l.title_links.Match(tokens, j - 1)) break;
    std::size_t head = j - 2;
    while (head > 0 && l.title_stop_words.Match(tokens, head) && !l.title_links.Match(tokens, head))
      --head;
    if (sentences[head] != m.sentence || !ContentWord(tokens, head, l, mentions)) break;
    while (head > 0 && sentences[head - 1] == m.sentence &&
           ContentWord(tokens, head - 1, l, mentions))
      --head;
    best->first = head;
  }
  return EventHit{*best, EventStrength::kNoun};
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

// "be there by 8:30", "get here by 9", "arrive by 7": the words before "by" arrive somewhere.
bool ArrivesBy(const std::vector<Token>& tokens, std::size_t by) {
  const std::string_view before = by > 0 ? std::string_view(tokens[by - 1].text) : "";
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

// "Планёрку в четверг в 10 перенесли", "the 3pm call moved to 4": a time before the verb that
// moves the plan, in its sentence, is the time the plan leaves; so is one it moves from
// ("переносим с четверга на пятницу", "moved from Thursday to Friday").
bool LeftByAMove(const TimeMention& m, const std::vector<CueHit>& cues,
                 const std::vector<Token>& tokens, const Lexicon& l,
                 const std::vector<int>& sentences) {
  return std::any_of(cues.begin(), cues.end(), [&](const CueHit& c) {
    return c.cue == Cue::kMoved && sentences[c.span.first] == m.sentence &&
           (m.last_token < c.span.first || OpenedByFrom(tokens, m, l, c.span.last));
  });
}

bool Rejected(const TimeMention& m, const EventHit& event, const std::vector<CueHit>& cues,
              const std::vector<int>& clauses, const std::vector<int>& sentences,
              const std::vector<int>& consequences) {
  const auto in_mention_clause = [&](std::size_t i) {
    return clauses[i] >= clauses[m.first_token] && clauses[i] <= clauses[m.last_token];
  };
  const bool rescheduled = std::any_of(cues.begin(), cues.end(), [&](const CueHit& c) {
    // "moved to Friday at 3", "перенесли на понедельник": the new time follows the cue.
    return (c.cue == Cue::kReschedule || c.cue == Cue::kMoved) && in_mention_clause(c.span.first) &&
           c.span.last < m.first_token;
  });
  for (const CueHit& c : cues) {
    switch (c.cue) {
      case Cue::kDeadlineBefore:
        // "by Friday", "до пятницы", "até sexta": right before the time it is a deadline.
        if (c.span.last + 1 == m.first_token) return true;
        break;
      case Cue::kNotPlan:
        if (in_mention_clause(c.span.first)) return true;
        if (c.scope == CueHit::Scope::kMessage) return true;
        if (c.scope == CueHit::Scope::kSentence && sentences[c.span.first] == m.sentence &&
            consequences[c.span.first] == consequences[m.first_token]) {
          return true;
        }
        break;
      case Cue::kPast:
      case Cue::kCancel:
      case Cue::kDeadline:
        if ((c.present_too && DayAhead(m)) || (c.by_form && SaidAhead(m))) break;
        // A new time overrides what was said before it, not a loss named after it.
        if (rescheduled && c.span.first < m.first_token) break;
        if (in_mention_clause(c.span.first) || clauses[c.span.first] == clauses[event.span.first]) {
          return true;
        }
        break;
      case Cue::kMoved:
      case Cue::kReschedule:
        break;
    }
  }
  return false;
}

std::string Capitalized(std::string title) {
  if (title.empty()) return title;
  const auto b0 = static_cast<unsigned char>(title[0]);
  if (b0 >= 'a' && b0 <= 'z') {
    title[0] = static_cast<char>(b0 - 32);
  } else if (title.size() > 1) {
    const auto b1 = static_cast<unsigned char>(title[1]);
    if (b0 == 0xD0 && b1 >= 0xB0 && b1 <= 0xBF) {  // а..п → А..П
      title[1] = static_cast<char>(b1 - 0x20);
    } else if (b0 == 0xD1 && b1 >= 0x80 && b1 <= 0x8F) {  // р..я → Р..Я
      title[0] = static_cast<char>(0xD0);
      title[1] = static_cast<char>(b1 + 0x20);
    } else if (b0 == 0xC3 && b1 >= 0xA0 && b1 <= 0xBE && b1 != 0xB7) {  // à..þ
      title[1] = static_cast<char>(b1 - 0x20);
    }
  }
  return title;
}

bool TitleWord(const Token& t, std::size_t i, const Lexicon& l, const std::vector<Token>& tokens,
               const std::vector<TimeMention>& mentions) {
  return t.kind != Token::Kind::kPunct && !Covered(i, mentions) &&
         !l.title_stop_words.Match(tokens, i) && !l.cues.Match(tokens, i) &&
         !l.markers.Match(tokens, i) && !l.day_offsets.Match(tokens, i) &&
         !l.weekdays.Match(tokens, i);
}

std::string Title(std::string_view text, const std::vector<Token>& tokens, const EventHit& event,
                  const std::vector<EventHit>& events, const Lexicon& l,
                  const std::vector<TimeMention>& mentions, const std::vector<int>& sentences) {
  if (event.strength == EventStrength::kVerb) return std::string(l.default_title);
  std::size_t first = event.span.first;
  std::size_t last = event.span.last;
  // "consulta com o dentista", "appointment with the dentist": the phrase starts at the
  // first of two event nouns joined by words only.
  for (const EventHit& e : events) {
    if (e.strength != EventStrength::kNoun || e.span.last >= first || e.span.last + 4 < first ||
        sentences[e.span.first] != sentences[first]) {
      continue;
    }
    bool joined = true;
    for (std::size_t i = e.span.last + 1; i < first && joined; ++i) {
      joined = tokens[i].kind == Token::Kind::kWord && !Covered(i, mentions);
    }
    if (joined) first = e.span.first;
  }
  // Up to two modifiers before the noun: "team meeting", "weekly sync", "важная встреча".
  for (int k = 0; k < 2 && first > 0; ++k) {
    const std::size_t i = first - 1;
    if (sentences[i] != sentences[first] || tokens[i].kind != Token::Kind::kWord ||
        !TitleWord(tokens[i], i, l, tokens, mentions)) {
      break;
    }
    first = i;
  }
  // A link and one or two words after it: "call with Anna", "reunión de equipo",
  // "consulta com o dentista".
  if (const auto link = l.title_links.Match(tokens, last + 1)) {
    std::size_t at = last + 1 + link->length;
    std::size_t taken = 0;
    std::size_t end = last;
    for (int k = 0; k < 3 && at < tokens.size() && taken < 2; ++k, ++at) {
      if (sentences[at] != sentences[last]) break;
      const Token& t = tokens[at];
      if (t.kind == Token::Kind::kWord && l.title_stop_words.Match(tokens, at) && taken == 0 &&
          !Covered(at, mentions)) {
        continue;  // an article inside the phrase: "com o dentista"
      }
      if (!TitleWord(t, at, l, tokens, mentions)) break;
      end = at;
      ++taken;
    }
    if (taken > 0) last = end;
  }
  return Capitalized(
      std::string(text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin)));
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

// "Могли бы созвониться в четверг?", "хотела бы пригласить вас": the subjunctive asks politely
// for the plan or invites to it, it does not wish it.
void KeepPoliteRequests(const std::vector<Token>& tokens, std::vector<CueHit>& cues) {
  std::erase_if(cues, [&](const CueHit& c) {
    return c.cue == Cue::kNotPlan && c.span.last == c.span.first &&
           PoliteSubjunctive(tokens, c.span.first);
  });
}

std::vector<bool> TimeTokens(const std::vector<Token>& tokens,
                             const std::vector<TimeMention>& mentions) {
  std::vector<bool> in_time(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) in_time[i] = Covered(i, mentions);
  return in_time;
}

// A measure, a whereabouts or a note to self only says what the clause's words are about: a
// quantity, a place, a chore.
bool ReadsTheWords(Stance stance) {
  return stance == Stance::kMeasure || stance == Stance::kWhereabouts ||
         stance == Stance::kNoteToSelf || stance == Stance::kWeather;
}

// Availability, habits, wishes, timetables, clock changes and jokes state no plan of the chat.
void AddStanceCues(const std::vector<StanceCue>& stances, std::vector<CueHit>& cues) {
  for (const StanceCue& s : stances) {
    if (ReadsTheWords(s.stance)) continue;
    CueHit hit{Span{s.token, s.token}, Cue::kNotPlan};
    if (s.stance == Stance::kTimetable) hit.scope = CueHit::Scope::kSentence;
    if (s.stance == Stance::kJoke) hit.scope = CueHit::Scope::kMessage;
    cues.push_back(hit);
  }
}

// "Tomorrow afternoon high of 15 degrees", "Я на работе завтра с 9": no activity is named, and
// the words a guessed activity would come from report a quantity or a place.
bool WordsAreNoActivity(const TimeMention& m, const std::vector<StanceCue>& stances,
                        const std::vector<int>& clauses) {
  return std::any_of(stances.begin(), stances.end(), [&](const StanceCue& s) {
    return ReadsTheWords(s.stance) && clauses[s.token] >= clauses[m.first_token] &&
           clauses[s.token] <= clauses[m.last_token];
  });
}

// "dinner", "ужин", "cenamos", "jantar", "after work": what is only done in the evening.
bool EveningActivity(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  if (t.kind != Token::Kind::kWord) return false;
  const std::string_view w = t.text;
  const std::string_view next = TextAt(tokens, i + 1);
  const std::string_view after = TextAt(tokens, i + 2);
  const bool after_work = (w == "after" && next == "work") || (w == "после" && next == "работы") ||
                          (OneOf(w, {"despues", "depois", "saliendo", "saindo"}) &&
                           OneOf(next, {"del", "do"}) && after.starts_with("trabaj"));
  return after_work || OneOf(w, {"dinner", "supper", "drinks"}) || w.starts_with("ужин") ||
         w.starts_with("поужин") ||
         OneOf(w, {"cena", "cenar", "cenamos", "cenemos", "cenita", "jantar", "janta", "jantamos",
                   "jantinha"});
}

// "drinks at 7", "кино в 8", "uma cerveja às 7", "tomar algo a las 8": going out, a bar, a
// film, a party, what friends do together after the day is done. Unlike dinner, these happen
// in the morning now and then, so they only settle the hours up to 10.
bool NightOutActivity(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  if (t.kind != Token::Kind::kWord) return false;
  const std::string_view w = t.text;
  const std::string_view next = TextAt(tokens, i + 1);
  const bool drink_out = OneOf(w, {"tomar", "tomamos", "tomemos"}) &&
                         OneOf(next, {"algo", "uma", "unas", "umas", "una", "cerveja"});
  // "game night", "quiz nite": an activity named after the night it fills; "a gig", "концерт":
  // a night out named as such.
  const bool named_night =
      OneOf(w, {"night", "nite"}) && i > 0 && tokens[i - 1].kind == Token::Kind::kWord;
  return drink_out || named_night || OneOf(w, {"gig", "gigs", "concert", "концерт", "concierto"}) ||
         OneOf(w, {"bar",        "pub",    "beer",    "beers",    "pizza",   "movie",
                   "movies",     "cinema", "bowling", "party",    "karaoke", "cerveja",
                   "cervejinha", "chopp",  "cerveza", "cervezas", "cine",    "festa",
                   "fiesta",     "бар",    "баре",    "паб",      "кино"}) ||
         w.starts_with("пицц") || w.starts_with("вечеринк") || w.starts_with("посидим");
}

// "dinner 2moro @ 7", "часов в 7 после работы": a bare hour from 7 to 11 in a sentence about
// an evening activity is that evening's (1 to 6 is the afternoon's anyway).
TimeMention WithEveningHint(TimeMention m, const std::vector<Token>& tokens,
                            const std::vector<int>& sentences) {
  if (!m.start || m.part || m.start->part || m.start->typed_24h ||
      m.start->meridiem != ClockTime::Meridiem::kNone || m.start->hour < 7 || m.start->hour > 11) {
    return m;
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (sentences[i] != m.sentence) continue;
    if (EveningActivity(tokens, i) || (m.start->hour <= 10 && NightOutActivity(tokens, i))) {
      m.start->part = DayPart::kEvening;
      return m;
    }
  }
  return m;
}

NumericDateOrder OrderFor(Language language, std::string_view zone) {
  const bool americas =
      zone.starts_with("America/") || zone.starts_with("US/") || zone.starts_with("Canada/");
  return language == Language::kEn && americas ? NumericDateOrder::kMonthDay
                                               : NumericDateOrder::kDayMonth;
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
  const Lexicon& lexicon = LexiconFor(out.language);
  CorrectSpelling(tokens, lexicon);
  const std::vector<TimeMention> mentions =
      ParseTimeExpressions(tokens, lexicon, OrderFor(out.language, request.time_zone));
  if (mentions.empty()) return out;

  const std::vector<int> sentences = SentenceIndex(tokens, lexicon);
  const std::vector<int> clauses = ClauseIndex(tokens, sentences);
  const std::vector<int> consequences = ConsequenceIndex(tokens, sentences);
  const auto events = FindAll<EventStrength, EventHit>(lexicon.events, tokens, mentions);
  auto cues = FindAll<Cue, CueHit>(lexicon.cues, tokens, mentions);
  KeepPoliteRequests(tokens, cues);
  KeepThinkingAloud(tokens, cues);
  KeepArrivals(tokens, cues);
  // Past tense, chores, hypotheticals by the words' form, beyond the lexicon's words: "we
  // played", "мы играли", "need to do laundry", "iríamos".
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (Covered(i, mentions)) continue;
    if (PastTenseVerb(tokens, i, request.text, out.language)) {
      cues.push_back({Span{i, i}, Cue::kPast, false, true});
    } else if (const auto mood = MoodCueAt(tokens, i, request.text, lexicon)) {
      cues.push_back({Span{i, i}, *mood});
      // "Si tuviera tiempo, iría al partido": the condition makes its main clause unreal too.
      if (OpensUnrealCondition(tokens, i, out.language)) {
        cues.back().scope = CueHit::Scope::kSentence;
      }
    } else if (ReportsOthersPlan(tokens, i, out.language) ||
               StatesOthersPlan(tokens, i, request.text, lexicon) ||
               AsksWhoDoesIt(tokens, i, out.language) ||
               AsksAboutOthersPlan(tokens, i, request.text, out.language)) {
      // "Маша сказала, что у неё завтра собеседование": the report may sit past a comma.
      CueHit hit{Span{i, i}, Cue::kNotPlan};
      hit.scope = CueHit::Scope::kSentence;
      cues.push_back(hit);
    }
  }
  // After the forms are read too: "¿Cenamos el viernes?" is past by its form and present alike.
  for (CueHit& c : cues) c.present_too = PresentToo(c, tokens, out.language);
  const std::vector<StanceCue> stances =
      FindStanceCues(tokens, TimeTokens(tokens, mentions), lexicon);
  AddStanceCues(stances, cues);
  std::vector<bool> time_defaulted;
  for (const TimeMention& m : mentions) {
    bool same_sentence = false;
    auto event = NearestEvent(m, events, sentences, &same_sentence);
    bool implicit = false;
    if (!event) {
      event = ImplicitActivity(m, tokens, sentences, lexicon, mentions);
      same_sentence = true;
      implicit = true;
    }
    if (!event || Rejected(m, *event, cues, clauses, sentences, consequences) ||
        LeftByAMove(m, cues, tokens, lexicon, sentences)) {
      continue;
    }
    if (implicit && WordsAreNoActivity(m, stances, clauses)) continue;
    // "5pm EST": the time is read in the zone the text names; printed in the sender's.
    const date::time_zone* reading = *zone;
    if (const auto named = ZoneNamed(tokens, m.first_token, m.last_token)) {
      if (const auto located = LocateZone(*named)) reading = *located;
    }
    const auto resolved =
        ResolveMention(WithEveningHint(m, tokens, sentences), request.now, *reading);
    if (!resolved || resolved->start < request.now) continue;
    const double confidence = Confidence(m, *resolved, *event, same_sentence);
    // The same start twice is one meeting: keep the first title, the end if any, the best
    // confidence.
    auto same = std::find_if(out.meetings.begin(), out.meetings.end(),
                             [&](const ExtractedMeeting& e) { return e.start == resolved->start; });
    if (same != out.meetings.end()) {
      // "Busy day tomorrow: budget review at 9am": a said time confirms a day's default hour.
      if (!resolved->time_defaulted) {
        time_defaulted[static_cast<std::size_t>(same - out.meetings.begin())] = false;
      }
      if (!same->end) same->end = resolved->end;
      same->confidence = std::max(same->confidence, confidence);
      continue;
    }
    time_defaulted.push_back(resolved->time_defaulted);
    out.meetings.push_back(
        {Title(request.text, tokens, *event, events, lexicon, mentions, sentences), resolved->start,
         resolved->end, confidence});
  }
  DropDayOnlyRestatements(out.meetings, time_defaulted, **zone);
  return out;
}

}  // namespace chatfleet::meetings
