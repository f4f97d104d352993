#pragma once

#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

namespace chatfleet::followups {

enum class Urgency { kUrgent, kHigh, kMedium, kLow };

std::string_view UrgencyName(Urgency urgency);  // "urgent", "high", "medium", "low"
std::optional<Urgency> ParseUrgency(std::string_view name);

/// A tenant's follow-up delays per urgency (seed 001's defaults: 15 min, 1 h, 1.5 h, 4 h) and
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
Urgency DetectUrgency(std::string_view message);
Urgency DetectUrgency(const std::vector<std::string_view>& recent_user_messages);

}  // namespace chatfleet::followups
