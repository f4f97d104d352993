#pragma once

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chatfleet::followups {

class CueText;  // workers/followups/cue_matcher.h

enum class Urgency { kUrgent, kHigh, kMedium, kLow };

std::string_view UrgencyName(Urgency urgency);  // "urgent", "high", "medium", "low"
std::optional<Urgency> ParseUrgency(std::string_view name);

/// Cues a deployment adds to the built-in ones ("asap" → urgent, "whenever you can" → low),
/// matched like them (case and diacritics folded) and before them. Immutable once built.
class UrgencyCues {
 public:
  /// "urgent:asap|right now;low:whenever you can" (urgency, then '|'-separated phrases);
  /// nullopt with the offending item in `error` when malformed.
  static std::optional<UrgencyCues> Parse(std::string_view text, std::string* error = nullptr);

  std::optional<Urgency> Find(std::string_view message) const;
  std::optional<Urgency> Find(const CueText& message) const;
  bool empty() const { return phrases_.empty(); }

 private:
  std::vector<std::pair<std::vector<std::string>, Urgency>> phrases_;  // normalized words
};

/// A tenant's follow-up delays per urgency (defaults: 15 min, 1 h, 1.5 h, 4 h) and
/// whether a user's new message settles a pending follow-up.
struct FollowUpPolicy {
  std::chrono::minutes urgent{15};
  std::chrono::minutes high{60};
  std::chrono::minutes medium{90};
  std::chrono::minutes low{240};
  bool settle_on_user_message = true;

  std::chrono::minutes DelayFor(Urgency urgency) const;
};

/// Urgency of a conversation from its user's messages, newest last. Multilingual cues (en, ru,
/// es, pt, he): emergencies and "urgent"/"срочно" → urgent; pain, "today", "soon" → high;
/// "no rush", "не срочно", "sin prisa" → low (a negated urgency is low, not urgent); otherwise
/// medium. The most urgent cue of the newest message that has one wins. Pure.
Urgency DetectUrgency(std::string_view message, const UrgencyCues* extra = nullptr);
Urgency DetectUrgency(const std::vector<std::string_view>& recent_user_messages,
                      const UrgencyCues* extra = nullptr);

/// The cue DetectUrgency finds in one message, or nullopt when it has none (then it is medium
/// unless an earlier message of the window has one). Pure.
std::optional<Urgency> FindUrgencyCue(std::string_view message, const UrgencyCues* extra = nullptr);
/// The same over a message tokenized once for every cue table (the proactive planner's).
std::optional<Urgency> FindUrgencyCue(const CueText& message, const UrgencyCues* extra = nullptr);
/// DetectUrgency over cues found before (oldest first): the newest cue wins, else medium, so
/// a conversation's urgency can be kept as its messages' cues instead of their texts.
Urgency UrgencyOfCues(std::span<const std::optional<Urgency>> recent_cues);

}  // namespace chatfleet::followups
