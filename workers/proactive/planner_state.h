#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "workers/proactive/proactive_plan.h"

namespace chatfleet::workers {

/// The batch-local view of what the database holds, advanced message by message by the
/// proactive planner: each piece starts as the snapshot has it and then carries what earlier
/// messages of the batch changed. Holds a reference to the snapshot, which outlives it.
class PlannerState {
 public:
  explicit PlannerState(const ProactiveSnapshot& snapshot) : snapshot_(snapshot) {}

  StoredConversationState& StateOf(const ConversationKey& key);
  std::vector<PendingFollowUpRow>& PendingOf(const ConversationKey& key);
  /// The tenant's follow_up_policies row, else `fallback`.
  followups::FollowUpPolicy PolicyFor(const std::string& tenant,
                                      const followups::FollowUpPolicy& fallback) const;

  /// The user's preference as of this point of the batch.
  GreetingPreference& GreetingOf(const ProfileKey& user);
  bool HasGreetingPreference(const ProfileKey& user) const {
    return snapshot_.greetings.contains(user) || new_preferences_.contains(user);
  }
  void AddGreetingPreference(const ProfileKey& user) { new_preferences_.insert(user); }

  /// Whether this meeting is new in the batch (the database ignores one it already has).
  bool ClaimMeeting(const ProfileKey& user, const std::string& dedupe_key) {
    return planned_meetings_.insert({user, dedupe_key}).second;
  }
  void RememberMeeting(const ProfileKey& user, UpcomingMeeting meeting) {
    batch_meetings_.emplace_back(user, std::move(meeting));
  }
  /// A meeting cancelled or moved earlier in this batch (`owner` on the meeting's platform).
  void CancelMeeting(const ProfileKey& owner, const std::string& dedupe_key, MentionedAt at) {
    batch_cancellations_.try_emplace({owner, dedupe_key}, at);
  }

  /// The owner's upcoming meetings as of a message at `at` (and `input`'s position): those not
  /// over yet, mentioned before it (stored or planned earlier in this batch), and not cancelled
  /// before it.
  std::vector<UpcomingMeeting> UpcomingOf(const ScheduleOwner& owner, std::chrono::sys_seconds at,
                                          const ProactiveInput& input) const;

 private:
  /// The stored meetings of `owner` and those planned earlier in the batch (once each).
  std::vector<UpcomingMeeting> KnownMeetingsOf(const ScheduleOwner& owner) const;

  const ProactiveSnapshot& snapshot_;
  std::map<ConversationKey, StoredConversationState> states_;
  std::map<ConversationKey, std::vector<PendingFollowUpRow>> pending_;
  std::map<ProfileKey, GreetingPreference> greetings_;
  std::set<ProfileKey> new_preferences_;
  std::set<std::pair<ProfileKey, std::string>> planned_meetings_;
  std::vector<std::pair<ProfileKey, UpcomingMeeting>> batch_meetings_;
  std::map<std::pair<ProfileKey, std::string>, MentionedAt> batch_cancellations_;
};

}  // namespace chatfleet::workers
