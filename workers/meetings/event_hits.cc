#include "workers/meetings/event_hits.h"

#include <cstddef>
#include <cstdlib>

namespace chatfleet::meetings {

std::vector<EventHit> FindEvents(const Lexicon& lexicon, const std::vector<Token>& tokens,
                                 const std::vector<TimeMention>& mentions) {
  return FindPhraseHits<EventStrength, EventHit>(lexicon.events, tokens, mentions);
}

std::optional<NearEvent> NearestEvent(const TimeMention& m, const std::vector<EventHit>& events,
                                      const std::vector<int>& sentences) {
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
  return NearEvent{*best, sentences[best->span.first] == m.sentence};
}

}  // namespace chatfleet::meetings
