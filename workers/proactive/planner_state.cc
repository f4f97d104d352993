#include "workers/proactive/planner_state.h"

#include <algorithm>

namespace chatfleet::workers {
namespace {

/// The entry of `key` in `local`, first copied from `stored` when it has one.
template <typename Key, typename Value>
Value& LocalCopy(std::map<Key, Value>& local, const std::map<Key, Value>& stored, const Key& key) {
  auto [it, inserted] = local.try_emplace(key);
  if (inserted) {
    if (auto found = stored.find(key); found != stored.end()) it->second = found->second;
  }
  return it->second;
}

bool OwnedBy(const ProfileKey& user, const ScheduleOwner& owner) {
  return user.tenant == owner.tenant && user.bot == owner.bot && user.user_id == owner.user_id &&
         (owner.platform.empty() || user.platform == owner.platform);
}

}  // namespace

StoredConversationState& PlannerState::StateOf(const ConversationKey& key) {
  return LocalCopy(states_, snapshot_.states, key);
}

std::vector<PendingFollowUpRow>& PlannerState::PendingOf(const ConversationKey& key) {
  return LocalCopy(pending_, snapshot_.pending, key);
}

followups::FollowUpPolicy PlannerState::PolicyFor(const std::string& tenant,
                                                  const followups::FollowUpPolicy& fallback) const {
  auto it = snapshot_.policies.find(tenant);
  return it == snapshot_.policies.end() ? fallback : it->second;
}

GreetingPreference& PlannerState::GreetingOf(const ProfileKey& user) {
  return LocalCopy(greetings_, snapshot_.greetings, user);
}

std::vector<UpcomingMeeting> PlannerState::KnownMeetingsOf(const ScheduleOwner& owner) const {
  std::vector<UpcomingMeeting> known;
  if (auto stored = snapshot_.upcoming.find(owner); stored != snapshot_.upcoming.end()) {
    known = stored->second;
  }
  for (const auto& [user, meeting] : batch_meetings_) {
    if (!OwnedBy(user, owner)) continue;
    const bool stored = std::any_of(known.begin(), known.end(), [&](const UpcomingMeeting& m) {
      return m.platform == meeting.platform && m.dedupe_key == meeting.dedupe_key;
    });
    if (!stored) known.push_back(meeting);
  }
  return known;
}

std::vector<UpcomingMeeting> PlannerState::UpcomingOf(const ScheduleOwner& owner,
                                                      std::chrono::sys_seconds at,
                                                      const ProactiveInput& input) const {
  std::vector<UpcomingMeeting> out;
  for (auto& meeting : KnownMeetingsOf(owner)) {
    const ProfileKey meeting_owner{owner.tenant, owner.bot, meeting.platform, owner.user_id};
    if (auto cancelled = batch_cancellations_.find({meeting_owner, meeting.dedupe_key});
        cancelled != batch_cancellations_.end() && !meeting.cancelled) {
      meeting.cancelled = cancelled->second;
    }
    const auto before = [&](const MentionedAt& what) {
      return what.Before(at, input.partition, input.offset);
    };
    const bool over = meeting.end.value_or(meeting.start) < at;
    if (over || !before(meeting.mentioned) || (meeting.cancelled && before(*meeting.cancelled))) {
      continue;
    }
    out.push_back(std::move(meeting));
  }
  return out;
}

}  // namespace chatfleet::workers
