#include "workers/proactive/proactive_plan.h"

#include <date/tz.h>
#include <google/protobuf/util/time_util.h>

#include <algorithm>

#include "shared/core/clock.h"
#include "shared/i18n/schedule_listing.h"
#include "workers/followups/followup_planner.h"
#include "workers/meetings/meeting_extractor.h"

namespace chatfleet::workers {
namespace {

using google::protobuf::util::TimeUtil;
using std::chrono::sys_seconds;

bool IsPerson(const v1::ChatEvent& event) {
  return event.role() == v1::ROLE_USER && !event.sender().is_bot();
}

/// When the user wrote it: their client's time if given, else when ingest accepted it.
sys_seconds MessageTime(const v1::ChatEvent& event) {
  const auto& stamp = event.has_sent_at() ? event.sent_at() : event.received_at();
  return sys_seconds(std::chrono::seconds(TimeUtil::TimestampToSeconds(stamp)));
}

const date::time_zone* ZoneOrUtc(const std::string& name) {
  if (auto zone = meetings::LocateZone(name.empty() ? "UTC" : name)) return *zone;
  return *meetings::LocateZone("UTC");
}

std::chrono::local_seconds Local(sys_seconds at, const date::time_zone* zone) {
  const auto local =
      date::make_zoned(zone, date::sys_seconds(at.time_since_epoch())).get_local_time();
  return std::chrono::local_seconds(local.time_since_epoch());
}

/// `at` moved to the end of the user's quiet hours when it falls inside them (local time, DST
/// aware: a wall time that does not exist resolves to the later instant).
sys_seconds OutsideQuietHours(sys_seconds at, const GreetingPreference& preference,
                              const date::time_zone* zone) {
  const int start = preference.quiet_start_minute;
  const int end = preference.quiet_end_minute;
  if (start == end) return at;
  const auto local = Local(at, zone);
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const int minute =
      static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(local - day).count());
  const bool wraps = start > end;
  const bool quiet = wraps ? (minute >= start || minute < end) : (minute >= start && minute < end);
  if (!quiet) return at;
  auto release_day = day;
  if (wraps && minute >= start) release_day += std::chrono::days(1);
  const auto release = release_day + std::chrono::minutes(end);
  const auto sys =
      zone->to_sys(date::local_seconds(release.time_since_epoch()), date::choose::latest);
  return sys_seconds(sys.time_since_epoch());
}

std::string ConversationKindName(const v1::ChatEvent& event) {
  return event.conversation().kind() == v1::CONVERSATION_KIND_GROUP ? "group" : "direct";
}

std::optional<std::string> ChannelOf(const v1::ChatEvent& event) {
  if (event.conversation().channel_id().empty()) return std::nullopt;
  return event.conversation().channel_id();
}

/// The batch-local view of what the database holds, advanced message by message.
class BatchState {
 public:
  BatchState(const ProactiveSnapshot& snapshot) : snapshot_(snapshot) {}

  StoredConversationState& StateOf(const ConversationKey& key) {
    auto [it, inserted] = states_.try_emplace(key);
    if (inserted) {
      if (auto stored = snapshot_.states.find(key); stored != snapshot_.states.end()) {
        it->second = stored->second;
      }
    }
    return it->second;
  }

  std::vector<PendingFollowUpRow>& PendingOf(const ConversationKey& key) {
    auto [it, inserted] = pending_.try_emplace(key);
    if (inserted) {
      if (auto stored = snapshot_.pending.find(key); stored != snapshot_.pending.end()) {
        it->second = stored->second;
      }
    }
    return it->second;
  }

  std::vector<std::string>& RecentTextsOf(const ConversationKey& key) { return recent_[key]; }

  followups::FollowUpPolicy PolicyFor(const std::string& tenant,
                                      const followups::FollowUpPolicy& fallback) const {
    auto it = snapshot_.policies.find(tenant);
    return it == snapshot_.policies.end() ? fallback : it->second;
  }

  GreetingPreference GreetingOf(const ProfileKey& user) const {
    auto it = snapshot_.greetings.find(user);
    return it == snapshot_.greetings.end() ? GreetingPreference{} : it->second;
  }

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

  /// The owner's upcoming meetings: stored ones plus those planned earlier in this batch.
  std::vector<UpcomingMeeting> UpcomingOf(const ScheduleOwner& owner) const {
    std::vector<UpcomingMeeting> out;
    if (auto stored = snapshot_.upcoming.find(owner); stored != snapshot_.upcoming.end()) {
      out = stored->second;
    }
    for (const auto& [user, meeting] : batch_meetings_) {
      if (user.tenant != owner.tenant || user.bot != owner.bot || user.user_id != owner.user_id ||
          (!owner.platform.empty() && user.platform != owner.platform)) {
        continue;
      }
      const bool known = std::any_of(out.begin(), out.end(), [&](const UpcomingMeeting& m) {
        return m.platform == meeting.platform && m.dedupe_key == meeting.dedupe_key;
      });
      if (!known) out.push_back(meeting);
    }
    return out;
  }

 private:
  const ProactiveSnapshot& snapshot_;
  std::map<ConversationKey, StoredConversationState> states_;
  std::map<ConversationKey, std::vector<PendingFollowUpRow>> pending_;
  std::map<ConversationKey, std::vector<std::string>> recent_;
  std::set<ProfileKey> new_preferences_;
  std::set<std::pair<ProfileKey, std::string>> planned_meetings_;
  std::vector<std::pair<ProfileKey, UpcomingMeeting>> batch_meetings_;
};

std::vector<PlannedSession> PlanSessions(const meetings::ExtractedMeeting& meeting, sys_seconds at,
                                         const GreetingPreference& greeting,
                                         const date::time_zone* zone,
                                         const ProactiveOptions& options,
                                         const std::string& id_prefix) {
  std::vector<PlannedSession> sessions;
  if (meeting.start > at) {
    sessions.push_back({"preparation", std::max(meeting.start - options.preparation_lead, at),
                        id_prefix + "-preparation"});
  }
  if (!greeting.enabled) return sessions;
  if (meeting.end) {
    sessions.push_back({"completion",
                        OutsideQuietHours(*meeting.end + options.completion_delay, greeting, zone),
                        id_prefix + "-completion"});
  } else if (options.greeting_trigger == GreetingTrigger::kByTime) {
    sessions.push_back({"followup_greeting",
                        OutsideQuietHours(meeting.start + options.greeting_after, greeting, zone),
                        id_prefix + "-followup_greeting"});
  } else {
    sessions.push_back({"followup_greeting", std::nullopt, id_prefix + "-followup_greeting"});
  }
  return sessions;
}

v1::OutboundMessage ScheduleReply(const ProactiveInput& input, sys_seconds at,
                                  const std::vector<UpcomingMeeting>& upcoming,
                                  const date::time_zone* zone,
                                  const i18n::MessageCatalog& catalog) {
  const v1::ChatEvent& event = *input.event;
  std::vector<i18n::ScheduleEntry> entries;
  for (const auto& meeting : upcoming) {
    if (meeting.end.value_or(meeting.start) < at) continue;  // over already
    i18n::ScheduleEntry entry{meeting.title, Local(meeting.start, zone), std::nullopt};
    if (meeting.end) entry.end = Local(*meeting.end, zone);
    entries.push_back(std::move(entry));
  }
  const auto today = std::chrono::floor<std::chrono::days>(Local(at, zone));
  v1::OutboundMessage reply;
  reply.set_id("schedule-" + event.event_id());
  reply.set_tenant(event.tenant());
  reply.set_bot(event.bot());
  reply.set_platform(event.platform());
  *reply.mutable_conversation() = event.conversation();
  reply.set_user_id(event.sender().user_id());
  reply.set_language(input.language);
  reply.set_text(i18n::FormatScheduleListing(catalog, input.language, std::move(entries), today));
  reply.set_kind(v1::OUTBOUND_KIND_SCHEDULE_LISTING);
  reply.set_source_event_id(event.event_id());
  *reply.mutable_created_at() = TimeUtil::SecondsToTimestamp(at.time_since_epoch().count());
  return reply;
}

}  // namespace

bool IsScheduleCommand(const std::string& text) {
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return false;
  const std::string_view command = std::string_view(text).substr(begin);
  constexpr std::string_view kCommand = "/schedule";
  if (!command.starts_with(kCommand)) return false;
  const auto rest = command.substr(kCommand.size());
  return rest.empty() || rest.front() == '@' || rest.front() == ' ' || rest.front() == '\n';
}

ProactivePlan PlanProactive(const std::vector<ProactiveInput>& inputs,
                            const ProactiveSnapshot& snapshot, const ProactiveOptions& options,
                            const i18n::MessageCatalog& catalog) {
  ProactivePlan plan;
  plan.outcomes.resize(inputs.size());
  ProactiveEffects& effects = plan.effects;
  effects.greeting_after = options.greeting_after;
  BatchState batch(snapshot);
  std::map<ConversationKey, std::size_t> state_slot;

  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const ProactiveInput& input = inputs[i];
    if (!input.enabled || input.event == nullptr || !IsPerson(*input.event)) continue;
    const v1::ChatEvent& event = *input.event;
    const sys_seconds at = MessageTime(event);
    const ConversationKey key = ConversationKeyOf(event);
    const ProfileKey user = ProfileKeyOf(event);
    const std::string& user_id = event.sender().user_id();
    const auto policy = batch.PolicyFor(event.tenant(), options.follow_up);
    const date::time_zone* zone = ZoneOrUtc(input.timezone);
    ProactiveOutcome& outcome = plan.outcomes[i].emplace();

    // The conversation state, advanced once per message even when the batch is redelivered.
    StoredConversationState& stored = batch.StateOf(key);
    const bool applied_before =
        stored.partition == input.partition && input.offset >= 0 && stored.offset >= input.offset;
    if (!applied_before) {
      auto transition = followups::ApplyUserMessage(stored.context, event.text());
      stored = {std::move(transition.next), input.partition, input.offset};
      outcome.dropped_topics = std::move(transition.dropped);
      auto [slot, fresh] = state_slot.try_emplace(key, effects.states.size());
      if (fresh) effects.states.emplace_back();
      effects.states[slot->second] = {key, stored.context, input.partition, input.offset};
    }
    const followups::ConversationContext& context = stored.context;
    outcome.state = std::string(followups::StateName(context.state));
    outcome.subject = context.subject;
    for (const auto& item : context.pending) {
      if (followups::ShouldInjectPending(context, item)) outcome.pending_topics.push_back(item);
    }

    // Follow-ups: the user's message answers their older ones; an open conversation gets one.
    auto& pending = batch.PendingOf(key);
    if (policy.settle_on_user_message) {
      std::erase_if(pending, [&](const PendingFollowUpRow& row) {
        return row.user_id == user_id && followups::SettlesFollowUp(policy, row.created_at, at);
      });
      effects.settles.push_back({key, user_id, at});
    }
    auto& recent = batch.RecentTextsOf(key);
    recent.push_back(event.text());
    const bool open = options.follow_up_states.contains(context.state);
    const bool has_pending = std::any_of(pending.begin(), pending.end(),
                                         [&](const auto& row) { return row.user_id == user_id; });
    if (open && !has_pending) {
      const std::size_t from =
          recent.size() > options.urgency_window ? recent.size() - options.urgency_window : 0;
      const std::vector<std::string_view> window(recent.begin() + static_cast<long>(from),
                                                 recent.end());
      const auto follow_up = followups::PlanFollowUp(window, input.language, at, policy, catalog,
                                                     &options.urgency_cues);
      PlannedFollowUp planned{key,
                              ConversationKindName(event),
                              ChannelOf(event),
                              user_id,
                              std::string(followups::UrgencyName(follow_up.urgency)),
                              context.subject,
                              input.language,
                              follow_up.due_at,
                              at,
                              event.event_id(),
                              input.traceparent,
                              "followup-" + event.event_id()};
      pending.push_back(
          {planned.outbound_id, user_id, planned.urgency, planned.subject, planned.due_at, at});
      effects.follow_ups.push_back(std::move(planned));
      outcome.follow_up_notice = follow_up.notice;
    }
    outcome.pending_follow_ups = pending;

    if (options.greeting_trigger == GreetingTrigger::kOnUserMessage) {
      effects.greeting_releases.push_back({key, user_id, at});
    }

    // Meetings the message announces, each with its reminders.
    const auto language = meetings::ParseLanguage(input.language);
    auto extraction = meetings::ExtractMeetings(
        {event.text(), at, input.timezone.empty() ? "UTC" : input.timezone, language});
    if (!extraction) extraction = meetings::ExtractMeetings({event.text(), at, "UTC", language});
    if (extraction) {
      const GreetingPreference greeting = batch.GreetingOf(user);
      for (std::size_t m = 0; m < extraction->meetings.size(); ++m) {
        const auto& meeting = extraction->meetings[m];
        if (meeting.confidence < options.min_confidence) continue;
        // The same meeting mentioned again (same start) is the one already scheduled.
        const std::string dedupe_key = FormatRfc3339Utc(meeting.start);
        if (!batch.ClaimMeeting(user, dedupe_key)) continue;
        const std::string prefix = "meeting-" + event.event_id() + "-" + std::to_string(m);
        PlannedSchedule schedule{key,
                                 ConversationKindName(event),
                                 ChannelOf(event),
                                 user_id,
                                 meeting.title,
                                 meeting.start,
                                 meeting.end,
                                 zone->name(),
                                 input.language,
                                 meeting.confidence,
                                 dedupe_key,
                                 event.event_id(),
                                 input.traceparent,
                                 PlanSessions(meeting, at, greeting, zone, options, prefix)};
        batch.RememberMeeting(
            user, {meeting.title, meeting.start, meeting.end, dedupe_key, user.platform});
        if (!batch.HasGreetingPreference(user)) {
          batch.AddGreetingPreference(user);
          effects.greeting_preferences.push_back({user, zone->name()});
        }
        outcome.meetings.push_back(schedule);
        effects.schedules.push_back(std::move(schedule));
      }
    }

    if (IsScheduleCommand(event.text())) {
      const ScheduleOwner owner{event.tenant(), event.bot(),
                                options.schedule_across_platforms ? "" : user.platform, user_id};
      outcome.reply = ScheduleReply(input, at, batch.UpcomingOf(owner), zone, catalog);
    }
  }
  return plan;
}

}  // namespace chatfleet::workers
