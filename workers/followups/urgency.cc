#include "workers/followups/urgency.h"

#include <vector>

#include "workers/followups/cue_matcher.h"

namespace chatfleet::followups {
namespace {

// Normalized phrases (lower case, no diacritics). Low cues are checked first: "not urgent" and
// "не срочно" contain an urgent word.
const meetings::PhraseTable<Urgency>& Cues() {
  static const meetings::PhraseTable<Urgency> kCues = {// low
                                                       {"no rush", Urgency::kLow},
                                                       {"no hurry", Urgency::kLow},
                                                       {"not urgent", Urgency::kLow},
                                                       {"whenever", Urgency::kLow},
                                                       {"just curious", Urgency::kLow},
                                                       {"next month", Urgency::kLow},
                                                       {"не срочно", Urgency::kLow},
                                                       {"несрочно", Urgency::kLow},
                                                       {"не к спеху", Urgency::kLow},
                                                       {"когда будет время", Urgency::kLow},
                                                       {"просто интересно", Urgency::kLow},
                                                       {"в следующем месяце", Urgency::kLow},
                                                       {"sin prisa", Urgency::kLow},
                                                       {"no es urgente", Urgency::kLow},
                                                       {"cuando puedas", Urgency::kLow},
                                                       {"solo curiosidad", Urgency::kLow},
                                                       {"sem pressa", Urgency::kLow},
                                                       {"nao e urgente", Urgency::kLow},
                                                       {"quando puder", Urgency::kLow},
                                                       {"so curiosidade", Urgency::kLow},
                                                       {"לא דחוף", Urgency::kLow},
                                                       {"אין לחץ", Urgency::kLow},
                                                       {"מתי שנוח", Urgency::kLow},
                                                       // urgent
                                                       {"urgent", Urgency::kUrgent},
                                                       {"urgently", Urgency::kUrgent},
                                                       {"emergency", Urgency::kUrgent},
                                                       {"asap", Urgency::kUrgent},
                                                       {"right now", Urgency::kUrgent},
                                                       {"immediately", Urgency::kUrgent},
                                                       {"severe pain", Urgency::kUrgent},
                                                       {"bleeding", Urgency::kUrgent},
                                                       {"срочно", Urgency::kUrgent},
                                                       {"срочная", Urgency::kUrgent},
                                                       {"срочный", Urgency::kUrgent},
                                                       {"экстренно", Urgency::kUrgent},
                                                       {"немедленно", Urgency::kUrgent},
                                                       {"прямо сейчас", Urgency::kUrgent},
                                                       {"сильная боль", Urgency::kUrgent},
                                                       {"кровь", Urgency::kUrgent},
                                                       {"кровоточит", Urgency::kUrgent},
                                                       {"urgente", Urgency::kUrgent},
                                                       {"emergencia", Urgency::kUrgent},
                                                       {"inmediatamente", Urgency::kUrgent},
                                                       {"ahora mismo", Urgency::kUrgent},
                                                       {"dolor fuerte", Urgency::kUrgent},
                                                       {"sangrado", Urgency::kUrgent},
                                                       {"imediatamente", Urgency::kUrgent},
                                                       {"agora mesmo", Urgency::kUrgent},
                                                       {"dor forte", Urgency::kUrgent},
                                                       {"sangramento", Urgency::kUrgent},
                                                       {"דחוף", Urgency::kUrgent},
                                                       {"חירום", Urgency::kUrgent},
                                                       {"מיד", Urgency::kUrgent},
                                                       // high
                                                       {"today", Urgency::kHigh},
                                                       {"soon", Urgency::kHigh},
                                                       {"pain", Urgency::kHigh},
                                                       {"hurts", Urgency::kHigh},
                                                       {"quickly", Urgency::kHigh},
                                                       {"tomorrow", Urgency::kHigh},
                                                       {"сегодня", Urgency::kHigh},
                                                       {"побыстрее", Urgency::kHigh},
                                                       {"поскорее", Urgency::kHigh},
                                                       {"болит", Urgency::kHigh},
                                                       {"боль", Urgency::kHigh},
                                                       {"завтра", Urgency::kHigh},
                                                       {"hoy", Urgency::kHigh},
                                                       {"pronto", Urgency::kHigh},
                                                       {"me duele", Urgency::kHigh},
                                                       {"dolor", Urgency::kHigh},
                                                       {"rapido", Urgency::kHigh},
                                                       {"hoje", Urgency::kHigh},
                                                       {"doi", Urgency::kHigh},
                                                       {"dor", Urgency::kHigh},
                                                       {"amanha", Urgency::kHigh},
                                                       {"היום", Urgency::kHigh},
                                                       {"כואב", Urgency::kHigh},
                                                       {"מהר", Urgency::kHigh}};
  return kCues;
}

int Rank(Urgency u) {
  switch (u) {
    case Urgency::kUrgent:
      return 3;
    case Urgency::kHigh:
      return 2;
    case Urgency::kMedium:
      return 1;
    case Urgency::kLow:
      return 0;
  }
  return 1;
}

}  // namespace

std::optional<Urgency> FindUrgencyCue(std::string_view message, const UrgencyCues* extra) {
  return FindUrgencyCue(CueText(message), extra);
}

std::optional<Urgency> FindUrgencyCue(const CueText& text, const UrgencyCues* extra) {
  if (extra != nullptr) {
    if (const auto configured = extra->Find(text)) return configured;
  }
  const auto& tokens = text.tokens();
  std::optional<Urgency> best;
  for (std::size_t i = 0; i < tokens.size();) {
    const auto hit = Cues().Match(tokens, i);
    if (!hit) {
      ++i;
      continue;
    }
    // An explicit "no rush" settles it whatever else the message says.
    if (hit->value == Urgency::kLow) return Urgency::kLow;
    if (!best || Rank(hit->value) > Rank(*best)) best = hit->value;
    i += hit->length;
  }
  return best;
}

std::string_view UrgencyName(Urgency urgency) {
  switch (urgency) {
    case Urgency::kUrgent:
      return "urgent";
    case Urgency::kHigh:
      return "high";
    case Urgency::kMedium:
      return "medium";
    case Urgency::kLow:
      return "low";
  }
  return "medium";
}

std::optional<Urgency> ParseUrgency(std::string_view name) {
  for (Urgency u : {Urgency::kUrgent, Urgency::kHigh, Urgency::kMedium, Urgency::kLow}) {
    if (UrgencyName(u) == name) return u;
  }
  return std::nullopt;
}

std::chrono::minutes FollowUpPolicy::DelayFor(Urgency urgency) const {
  switch (urgency) {
    case Urgency::kUrgent:
      return urgent;
    case Urgency::kHigh:
      return high;
    case Urgency::kMedium:
      return medium;
    case Urgency::kLow:
      return low;
  }
  return medium;
}

Urgency DetectUrgency(std::string_view message, const UrgencyCues* extra) {
  return FindUrgencyCue(message, extra).value_or(Urgency::kMedium);
}

Urgency DetectUrgency(const std::vector<std::string_view>& recent_user_messages,
                      const UrgencyCues* extra) {
  for (auto it = recent_user_messages.rbegin(); it != recent_user_messages.rend(); ++it) {
    if (const auto urgency = FindUrgencyCue(*it, extra)) return *urgency;
  }
  return Urgency::kMedium;
}

Urgency UrgencyOfCues(std::span<const std::optional<Urgency>> recent_cues) {
  for (auto it = recent_cues.rbegin(); it != recent_cues.rend(); ++it) {
    if (*it) return **it;
  }
  return Urgency::kMedium;
}

std::optional<UrgencyCues> UrgencyCues::Parse(std::string_view text, std::string* error) {
  UrgencyCues cues;
  while (!text.empty()) {
    const auto semicolon = text.find(';');
    const std::string_view item = text.substr(0, semicolon);
    text = semicolon == std::string_view::npos ? std::string_view{} : text.substr(semicolon + 1);
    if (item.empty()) continue;
    const auto colon = item.find(':');
    const auto urgency =
        colon == std::string_view::npos ? std::nullopt : ParseUrgency(item.substr(0, colon));
    if (!urgency) {
      if (error) *error = std::string(item);
      return std::nullopt;
    }
    std::string_view phrases = item.substr(colon + 1);
    while (!phrases.empty()) {
      const auto bar = phrases.find('|');
      std::vector<std::string> words;
      for (const auto& token : meetings::Tokenize(phrases.substr(0, bar))) {
        words.push_back(token.text);
      }
      if (!words.empty()) cues.phrases_.emplace_back(std::move(words), *urgency);
      phrases = bar == std::string_view::npos ? std::string_view{} : phrases.substr(bar + 1);
    }
  }
  return cues;
}

std::optional<Urgency> UrgencyCues::Find(std::string_view message) const {
  if (phrases_.empty()) return std::nullopt;
  return Find(CueText(message));
}

std::optional<Urgency> UrgencyCues::Find(const CueText& message) const {
  if (phrases_.empty()) return std::nullopt;
  const auto& tokens = message.tokens();
  std::optional<Urgency> best;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (const auto& [words, urgency] : phrases_) {
      if (i + words.size() > tokens.size()) continue;
      bool match = true;
      for (std::size_t w = 0; w < words.size() && match; ++w)
        match = tokens[i + w].text == words[w];
      if (!match) continue;
      if (urgency == Urgency::kLow) return Urgency::kLow;
      if (!best || Rank(urgency) > Rank(*best)) best = urgency;
    }
  }
  return best;
}

}  // namespace chatfleet::followups
