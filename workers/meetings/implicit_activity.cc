// ImplicitActivity (event_hits.h): the activity of a plan no lexicon word names.
#include <cstddef>
#include <string_view>

#include "workers/meetings/event_hits.h"
#include "workers/meetings/past_tense.h"
#include "workers/meetings/word_helpers.h"

namespace chatfleet::meetings {
namespace {

using word_helpers::OneOf;

// Any word that can name an activity: not part of a time, not a cue, marker or filler.
bool ContentWord(const std::vector<Token>& tokens, std::size_t i, const Lexicon& l,
                 const std::vector<TimeMention>& mentions) {
  const Token& t = tokens[i];
  // "¿Cenamos el viernes?": a past cue that is the present too can name the activity.
  const auto cue = l.cues.Match(tokens, i);
  const bool cue_word = cue && !(cue->value == Cue::kPast && cue->length == 1 &&
                                 SharedPreteriteForm(t.text, l.language));
  return t.kind == Token::Kind::kWord && !CoveredByMention(i, mentions) &&
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

// "tonight" names the day too ("Movie at 9:45pm tonight").
bool NamesDayAndTime(const TimeMention& m, const std::vector<Token>& tokens,
                     const std::vector<int>& sentences) {
  const bool tonight =
      m.part == DayPart::kTonight || (m.start && m.start->part == DayPart::kTonight);
  const bool has_day = m.date.kind != DateExpression::Kind::kNone || m.offset_minutes || tonight ||
                       ProposingWord(tokens, sentences, m.sentence).has_value();
  const bool has_time = m.start || m.part || m.offset_minutes;
  return has_day && has_time;
}

// The run of content words in the mention's sentence nearest to it (ties to the one before).
std::optional<Span> NearestContentRun(const TimeMention& m, const std::vector<Token>& tokens,
                                      const std::vector<int>& sentences, const Lexicon& l,
                                      const std::vector<TimeMention>& mentions) {
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
  return best;
}

// "school play at Masha's" / "спектакль у Маши" / "futebol com a galera": the activity is the
// phrase the linked words hang on, so the run moves back across a link to its head (twice at
// most).
Span WithLinkHead(Span run, int sentence, const std::vector<Token>& tokens,
                  const std::vector<int>& sentences, const Lexicon& l,
                  const std::vector<TimeMention>& mentions) {
  for (int hops = 0; hops < 2; ++hops) {
    std::size_t j = run.first;
    while (j > 0 && l.title_stop_words.Match(tokens, j - 1) && !l.title_links.Match(tokens, j - 1))
      --j;
    if (j < 2 || !l.title_links.Match(tokens, j - 1)) break;
    std::size_t head = j - 2;
    while (head > 0 && l.title_stop_words.Match(tokens, head) && !l.title_links.Match(tokens, head))
      --head;
    if (sentences[head] != sentence || !ContentWord(tokens, head, l, mentions)) break;
    while (head > 0 && sentences[head - 1] == sentence &&
           ContentWord(tokens, head - 1, l, mentions))
      --head;
    run.first = head;
  }
  return run;
}

}  // namespace

std::optional<EventHit> ImplicitActivity(const TimeMention& m, const std::vector<Token>& tokens,
                                         const std::vector<int>& sentences, const Lexicon& l,
                                         const std::vector<TimeMention>& mentions) {
  if (!NamesDayAndTime(m, tokens, sentences)) return std::nullopt;
  const auto run = NearestContentRun(m, tokens, sentences, l, mentions);
  if (!run) {
    // "давай в субботу в 14:00": a proposal is an event even when it names no activity.
    const auto proposing = ProposingWord(tokens, sentences, m.sentence);
    if (!proposing) return std::nullopt;
    return EventHit{Span{*proposing, *proposing}, EventStrength::kNoun};
  }
  return EventHit{WithLinkHead(*run, m.sentence, tokens, sentences, l, mentions),
                  EventStrength::kNoun};
}

}  // namespace chatfleet::meetings
