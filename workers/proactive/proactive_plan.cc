#include "workers/proactive/proactive_plan.h"

#include <date/tz.h>
#include <google/protobuf/util/time_util.h>

#include <algorithm>

#include "shared/core/clock.h"
#include "shared/i18n/schedule_listing.h"
#include "workers/followups/followup_planner.h"
#include "workers/meetings/meeting_extractor.h"
#include "workers/personalization/timezone_choice.h"
#include "workers/proactive/meeting_changes.h"
#include "workers/proactive/user_commands.h"

namespace chatfleet::workers {
namespace {

using google::protobuf::util::TimeUtil;
using std::chrono::sys_seconds;

bool IsPerson(const v1::ChatEvent& event) {
  return event.role() == v1::ROLE_USER && !event.sender().is_bot();
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

  followups::FollowUpPolicy PolicyFor(const std::string& tenant,
                                      const followups::FollowUpPolicy& fallback) const {
    auto it = snapshot_.policies.find(tenant);
    return it == snapshot_.policies.end() ? fallback : it->second;
  }

  /// The user's preference as of this point of the batch.
  GreetingPreference& GreetingOf(const ProfileKey& user) {
    auto [it, inserted] = greetings_.try_emplace(user);
    if (inserted) {
      if (auto stored = snapshot_.greetings.find(user); stored != snapshot_.greetings.end()) {
        it->second = stored->second;
      }
    }
    return it->second;
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
  /// A meeting cancelled or moved earlier in this batch (`owner` on the meeting's platform).
  void CancelMeeting(const ProfileKey& owner, const std::string& dedupe_key, MentionedAt at) {
    batch_cancellations_.try_emplace({owner, dedupe_key}, at);
  }

  /// The owner's upcoming meetings as of a message: those not over yet, mentioned before it
  /// (stored or planned earlier in this batch), and not cancelled before it.
  std::vector<UpcomingMeeting> UpcomingOf(const ScheduleOwner& owner, sys_seconds at,
                                          const ProactiveInput& input) const {
    std::vector<UpcomingMeeting> known;
    if (auto stored = snapshot_.upcoming.find(owner); stored != snapshot_.upcoming.end()) {
      known = stored->second;
    }
    for (const auto& [user, meeting] : batch_meetings_) {
      if (user.tenant != owner.tenant || user.bot != owner.bot || user.user_id != owner.user_id ||
          (!owner.platform.empty() && user.platform != owner.platform)) {
        continue;
      }
      const bool stored = std::any_of(known.begin(), known.end(), [&](const UpcomingMeeting& m) {
        return m.platform == meeting.platform && m.dedupe_key == meeting.dedupe_key;
      });
      if (!stored) known.push_back(meeting);
    }
    std::vector<UpcomingMeeting> out;
    for (auto& meeting : known) {
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

 private:
  const ProactiveSnapshot& snapshot_;
  std::map<ConversationKey, StoredConversationState> states_;
  std::map<ConversationKey, std::vector<PendingFollowUpRow>> pending_;
  std::map<ProfileKey, GreetingPreference> greetings_;
  std::set<ProfileKey> new_preferences_;
  std::set<std::pair<ProfileKey, std::string>> planned_meetings_;
  std::vector<std::pair<ProfileKey, UpcomingMeeting>> batch_meetings_;
  std::map<std::pair<ProfileKey, std::string>, MentionedAt> batch_cancellations_;
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

/// The fleet's own answer to a person's message, in the conversation it came from and as a
/// reply to it: its id is `<prefix>-<event id>`, so an answer computed again after a
/// redelivery keeps it.
v1::OutboundMessage FleetReply(const ProactiveInput& input, sys_seconds at, std::string_view prefix,
                               v1::OutboundKind kind, std::string text) {
  const v1::ChatEvent& event = *input.event;
  v1::OutboundMessage reply;
  reply.set_id(std::string(prefix) + "-" + event.event_id());
  reply.set_tenant(event.tenant());
  reply.set_bot(event.bot());
  reply.set_platform(event.platform());
  *reply.mutable_conversation() = event.conversation();
  reply.set_user_id(event.sender().user_id());
  reply.set_language(input.language);
  reply.set_text(std::move(text));
  reply.set_kind(kind);
  reply.set_source_event_id(event.event_id());
  // Sent as the platform's reply to the message, so in a busy group it is clear what it answers.
  reply.set_reply_to_message_id(event.platform_message_id());
  *reply.mutable_created_at() = TimeUtil::SecondsToTimestamp(at.time_since_epoch().count());
  return reply;
}

i18n::ScheduleEntry EntryOf(const UpcomingMeeting& meeting, const date::time_zone* zone) {
  i18n::ScheduleEntry entry{meeting.title, Local(meeting.start, zone), std::nullopt};
  if (meeting.end) entry.end = Local(*meeting.end, zone);
  return entry;
}

v1::OutboundMessage ScheduleReply(const ProactiveInput& input, sys_seconds at,
                                  const std::vector<UpcomingMeeting>& upcoming,
                                  const date::time_zone* zone,
                                  const i18n::MessageCatalog& catalog) {
  std::vector<i18n::ScheduleEntry> entries;
  for (const auto& meeting : upcoming) entries.push_back(EntryOf(meeting, zone));
  const auto today = std::chrono::floor<std::chrono::days>(Local(at, zone));
  return FleetReply(
      input, at, "schedule", v1::OUTBOUND_KIND_SCHEDULE_LISTING,
      i18n::FormatScheduleListing(catalog, input.language, std::move(entries), today));
}

i18n::MessageId RemindersAnswer(const RemindersCommand& command) {
  switch (command.action) {
    case RemindersCommand::Action::kOn:
      return i18n::MessageId::kRemindersOn;
    case RemindersCommand::Action::kOff:
      if (!command.meetings) return i18n::MessageId::kRemindersOffFollowUps;
      if (!command.follow_ups) return i18n::MessageId::kRemindersOffMeetings;
      return i18n::MessageId::kRemindersOff;
    case RemindersCommand::Action::kUsage:
      break;
  }
  return i18n::MessageId::kRemindersUsage;
}

}  // namespace

sys_seconds MessageTime(const v1::ChatEvent& event) {
  const auto& stamp = event.has_sent_at() ? event.sent_at() : event.received_at();
  return sys_seconds(std::chrono::seconds(TimeUtil::TimestampToSeconds(stamp)));
}

bool IsScheduleCommand(const std::string& text) {
  return CommandArgument(text, "/schedule").has_value();
}

bool MentionedAt::Before(sys_seconds message_at, int message_partition,
                         std::int64_t message_offset) const {
  if (!at) return true;
  if (partition >= 0 && partition == message_partition && offset >= 0 && message_offset >= 0) {
    return offset < message_offset;
  }
  return *at < message_at;
}

namespace {

/// The follow-ups still open at `at`: a follow-up is open until it is due, whether or not the
/// scheduler has sent it by the time the message is processed.
std::vector<PendingFollowUpRow> OpenAt(const std::vector<PendingFollowUpRow>& rows,
                                       sys_seconds at) {
  std::vector<PendingFollowUpRow> open;
  for (const auto& row : rows) {
    if (row.created_at <= at && row.due_at > at) open.push_back(row);
  }
  return open;
}

/// One person's message as the planner sees it.
struct Message {
  const ProactiveInput& input;
  const v1::ChatEvent& event;
  sys_seconds at;
  ConversationKey key;
  ProfileKey user;
  const date::time_zone* zone;
  followups::FollowUpPolicy policy;
};

/// Plans one batch message by message, keeping the batch-local view of the database.
class BatchPlanner {
 public:
  BatchPlanner(const ProactiveSnapshot& snapshot, const ProactiveOptions& options,
               const i18n::MessageCatalog& catalog, ProactiveEffects& effects)
      : batch_(snapshot), options_(options), catalog_(catalog), effects_(effects) {}

  ProactiveOutcome Plan(const ProactiveInput& input) {
    const v1::ChatEvent& event = *input.event;
    const Message message{input,
                          event,
                          MessageTime(event),
                          ConversationKeyOf(event),
                          ProfileKeyOf(event),
                          ZoneOrUtc(input.timezone),
                          batch_.PolicyFor(event.tenant(), options_.follow_up)};
    ProactiveOutcome outcome;
    StoredConversationState& stored = batch_.StateOf(message.key);
    const bool applied_before =
        stored.partition == input.partition && input.offset >= 0 && stored.offset >= input.offset;
    if (applied_before) {
      // Its effects were written with its first delivery; only what it answers is computed.
      Describe(stored.context, outcome);
      outcome.pending_follow_ups = OpenAt(batch_.PendingOf(message.key), message.at);
      const std::string own = "followup-" + event.event_id();
      for (const auto& row : outcome.pending_follow_ups) {
        if (row.outbound_id != own) continue;
        outcome.follow_up_notice = followups::FollowUpNotice(
            input.language,
            std::chrono::duration_cast<std::chrono::minutes>(row.due_at - row.created_at),
            catalog_);
      }
      ChangeMeeting(message, /*with_effects=*/false, outcome);
      AnswerCommands(message, outcome);
      return outcome;
    }
    const followups::Urgency urgency = Advance(message, stored, outcome);
    Describe(stored.context, outcome);
    SetReminders(message);
    PlanFollowUp(message, stored, urgency, outcome);
    if (options_.greeting_trigger == GreetingTrigger::kOnUserMessage) {
      effects_.greeting_releases.push_back({message.key, event.sender().user_id(), message.at});
    }
    if (!ChangeMeeting(message, /*with_effects=*/true, outcome)) PlanMeetings(message, outcome);
    AnswerCommands(message, outcome);
    return outcome;
  }

 private:
  /// Moves the conversation's state and urgency cues on by the message; returns the urgency of
  /// the window that ends with it (its cue, else the newest stored one, else medium).
  followups::Urgency Advance(const Message& message, StoredConversationState& stored,
                             ProactiveOutcome& outcome) {
    auto transition = followups::ApplyUserMessage(stored.context, message.event.text());
    stored.context = std::move(transition.next);
    stored.partition = message.input.partition;
    stored.offset = message.input.offset;
    outcome.dropped_topics = std::move(transition.dropped);
    // The window is the stored cues (the conversation's previous messages) and this message's;
    // the next message's window keeps all but the oldest of them.
    auto& cues = stored.recent_cues;
    const std::size_t kept = std::max<std::size_t>(options_.urgency_window, 1) - 1;
    const auto keep_newest = [&cues](std::size_t count) {
      if (cues.size() > count) cues.erase(cues.begin(), cues.end() - static_cast<long>(count));
    };
    keep_newest(kept);
    cues.push_back(followups::FindUrgencyCue(message.event.text(), &options_.urgency_cues));
    const followups::Urgency urgency = followups::UrgencyOfCues(cues);
    keep_newest(kept);
    auto [slot, fresh] = state_slot_.try_emplace(message.key, effects_.states.size());
    if (fresh) effects_.states.emplace_back();
    effects_.states[slot->second] = {message.key, stored};
    return urgency;
  }

  void Describe(const followups::ConversationContext& context, ProactiveOutcome& outcome) const {
    outcome.state = std::string(followups::StateName(context.state));
    outcome.subject = context.subject;
    for (const auto& item : context.pending) {
      if (followups::ShouldInjectPending(context, item)) outcome.pending_topics.push_back(item);
    }
  }

  /// The user's message answers their older follow-ups; an open conversation gets one, at the
  /// delay of the urgency of its latest messages.
  void PlanFollowUp(const Message& message, const StoredConversationState& stored,
                    followups::Urgency urgency, ProactiveOutcome& outcome) {
    const std::string& user_id = message.event.sender().user_id();
    auto& pending = batch_.PendingOf(message.key);
    if (message.policy.settle_on_user_message) {
      std::erase_if(pending, [&](const PendingFollowUpRow& row) {
        return row.user_id == user_id &&
               followups::SettlesFollowUp(message.policy, row.created_at, message.at);
      });
      effects_.settles.push_back({message.key, user_id, message.at});
    }
    // A user who turned follow-ups off is promised none.
    if (batch_.GreetingOf(message.user).muted.contains(std::string(kFollowUpKind))) {
      outcome.pending_follow_ups = OpenAt(pending, message.at);
      return;
    }
    const auto open = OpenAt(pending, message.at);
    const bool has_open = std::any_of(open.begin(), open.end(),
                                      [&](const auto& row) { return row.user_id == user_id; });
    if (options_.follow_up_states.contains(stored.context.state) && !has_open) {
      const auto follow_up = followups::PlanFollowUp(urgency, message.input.language, message.at,
                                                     message.policy, catalog_);
      PlannedFollowUp planned{message.key,
                              ConversationKindName(message.event),
                              ChannelOf(message.event),
                              user_id,
                              std::string(followups::UrgencyName(follow_up.urgency)),
                              stored.context.subject,
                              message.input.language,
                              follow_up.due_at,
                              message.at,
                              message.event.event_id(),
                              message.input.traceparent,
                              "followup-" + message.event.event_id()};
      pending.push_back({planned.outbound_id, user_id, planned.urgency, planned.subject,
                         planned.due_at, message.at});
      effects_.follow_ups.push_back(std::move(planned));
      outcome.follow_up_notice = follow_up.notice;
    }
    outcome.pending_follow_ups = OpenAt(pending, message.at);
  }

  /// Meetings the message announces, each with its reminders.
  void PlanMeetings(const Message& message, ProactiveOutcome& outcome) {
    const v1::ChatEvent& event = message.event;
    const ProactiveInput& input = message.input;
    const auto language = meetings::ParseLanguage(input.language);
    auto extraction = meetings::ExtractMeetings(
        {event.text(), message.at, input.timezone.empty() ? "UTC" : input.timezone, language});
    if (!extraction) {
      extraction = meetings::ExtractMeetings({event.text(), message.at, "UTC", language});
    }
    if (!extraction) return;
    for (std::size_t m = 0; m < extraction->meetings.size(); ++m) {
      const auto& meeting = extraction->meetings[m];
      if (meeting.confidence < options_.min_confidence) continue;
      PlanMeeting(message, meeting, "meeting-" + event.event_id() + "-" + std::to_string(m),
                  outcome);
    }
  }

  /// A meeting of the message with its reminders (their ids start with `prefix`), unless the
  /// user has it already.
  void PlanMeeting(const Message& message, const meetings::ExtractedMeeting& meeting,
                   const std::string& prefix, ProactiveOutcome& outcome) {
    const v1::ChatEvent& event = message.event;
    const ProactiveInput& input = message.input;
    // The same meeting mentioned again (same start) is the one already scheduled.
    const std::string dedupe_key = FormatRfc3339Utc(meeting.start);
    if (!batch_.ClaimMeeting(message.user, dedupe_key)) return;
    const MentionedAt mentioned{message.at, input.partition, input.offset};
    const GreetingPreference greeting = batch_.GreetingOf(message.user);
    PlannedSchedule schedule{
        message.key,
        ConversationKindName(event),
        ChannelOf(event),
        event.sender().user_id(),
        meeting.title,
        meeting.start,
        meeting.end,
        message.zone->name(),
        input.language,
        meeting.confidence,
        dedupe_key,
        event.event_id(),
        input.traceparent,
        PlanSessions(meeting, message.at, greeting, message.zone, options_, prefix),
        mentioned};
    batch_.RememberMeeting(message.user, {meeting.title, meeting.start, meeting.end, dedupe_key,
                                          message.user.platform, mentioned, std::nullopt});
    if (!batch_.HasGreetingPreference(message.user)) {
      batch_.AddGreetingPreference(message.user);
      effects_.greeting_preferences.push_back({message.user, message.zone->name()});
    }
    outcome.meetings.push_back(schedule);
    effects_.schedules.push_back(std::move(schedule));
  }

  /// A meeting called off or moved: the schedule the message refers to is cancelled (and a
  /// moved one planned again at its new time) and the user told so; several that match are
  /// listed with "which one?". Returns whether the message was such a change, so that its
  /// time is not planned again as a new meeting. `with_effects` false (a redelivered message)
  /// only answers it again.
  bool ChangeMeeting(const Message& message, bool with_effects, ProactiveOutcome& outcome) {
    const auto request = FindMeetingChange(message.event.text());
    if (!request) return false;
    const bool move = request->kind == MeetingChangeRequest::Kind::kMove;
    const ScheduleOwner owner{message.event.tenant(), message.event.bot(),
                              options_.schedule_across_platforms ? "" : message.user.platform,
                              message.event.sender().user_id()};
    const auto upcoming = batch_.UpcomingOf(owner, message.at, message.input);
    const MeetingMatch match = MatchMeeting(*request, upcoming);
    const auto today = std::chrono::floor<std::chrono::days>(Local(message.at, message.zone));
    const auto answer = [&](std::string text) {
      outcome.reply = FleetReply(message.input, message.at, "change",
                                 v1::OUTBOUND_KIND_MEETING_CHANGE, std::move(text));
    };
    switch (match.outcome) {
      case MeetingMatch::Outcome::kUnrelated:
        return false;
      case MeetingMatch::Outcome::kNone: {
        // "The all-hands moved to 11am" about a meeting we never heard of is a new one.
        if (move) return false;
        const i18n::Locale locale =
            catalog_.Resolve(message.input.language, i18n::MessageId::kMeetingNotFound);
        answer(catalog_.Render(locale, i18n::MessageId::kMeetingNotFound));
        return true;
      }
      case MeetingMatch::Outcome::kSeveral: {
        std::vector<i18n::ScheduleEntry> entries;
        for (const std::size_t m : match.matches)
          entries.push_back(EntryOf(upcoming[m], message.zone));
        answer(i18n::FormatScheduleListing(catalog_, message.input.language, std::move(entries),
                                           today, {.header = i18n::MessageId::kMeetingWhich}));
        return true;
      }
      case MeetingMatch::Outcome::kOne:
        break;
    }
    const UpcomingMeeting& meeting = upcoming[match.matches.front()];
    std::optional<NewMeetingTime> moved;
    if (move) {
      moved = NewTimeOfMove(request->new_time_text, message.input.language, message.zone,
                            message.at, meeting);
      if (!moved) return true;  // "the dentist is postponed": no new time to plan yet
    }
    const auto id = move ? i18n::MessageId::kMeetingMoved : i18n::MessageId::kMeetingCancelled;
    const i18n::Locale locale = catalog_.Resolve(message.input.language, id);
    const auto when = moved ? moved->start : meeting.start;
    answer(catalog_.Render(
        locale, id,
        {{"title", meeting.title},
         {"when", i18n::FormatDayAndTime(catalog_, locale, Local(when, message.zone), today)}}));
    if (!with_effects) return true;
    const ProfileKey meeting_owner{message.user.tenant, message.user.bot, meeting.platform,
                                   message.user.user_id};
    const MentionedAt at{message.at, message.input.partition, message.input.offset};
    batch_.CancelMeeting(meeting_owner, meeting.dedupe_key, at);
    effects_.cancellations.push_back({meeting_owner, meeting.dedupe_key, at,
                                      message.event.event_id(), move ? "moved" : "cancelled"});
    if (moved) {
      PlanMeeting(message, {meeting.title, moved->start, moved->end, 1.0},
                  "meeting-" + message.event.event_id() + "-moved", outcome);
    }
    return true;
  }

  /// `/reminders off|on`: what the user turned off, from this message on.
  void SetReminders(const Message& message) {
    const auto command = ParseRemindersCommand(message.event.text());
    if (!command || command->action == RemindersCommand::Action::kUsage) return;
    GreetingPreference& preference = batch_.GreetingOf(message.user);
    preference.muted = command->Apply(std::move(preference.muted));
    auto [slot, fresh] = muted_slot_.try_emplace(message.user, effects_.muted.size());
    if (fresh) effects_.muted.emplace_back();
    effects_.muted[slot->second] = {message.user, message.zone->name(), preference.muted};
  }

  /// The fleet's answers to its commands: `/schedule`, `/reminders` and `/timezone` (a
  /// sentence naming the user's place changes the profile silently: the bot answers it).
  void AnswerCommands(const Message& message, ProactiveOutcome& outcome) const {
    if (const auto timezone = FindTimezoneStatement(message.event.text());
        timezone && timezone->command) {
      const auto id = timezone->zone.empty() ? i18n::MessageId::kTimezoneUnknown
                                             : i18n::MessageId::kTimezoneSet;
      const i18n::Locale locale = catalog_.Resolve(message.input.language, id);
      outcome.reply = FleetReply(
          message.input, message.at, "setting", v1::OUTBOUND_KIND_SETTING,
          catalog_.Render(locale, id,
                          {{"zone", timezone->zone.empty() ? timezone->named : timezone->zone}}));
      return;
    }
    if (const auto reminders = ParseRemindersCommand(message.event.text())) {
      const auto id = RemindersAnswer(*reminders);
      const i18n::Locale locale = catalog_.Resolve(message.input.language, id);
      outcome.reply = FleetReply(message.input, message.at, "setting", v1::OUTBOUND_KIND_SETTING,
                                 catalog_.Render(locale, id));
      return;
    }
    AnswerSchedule(message, outcome);
  }

  void AnswerSchedule(const Message& message, ProactiveOutcome& outcome) const {
    if (!IsScheduleCommand(message.event.text())) return;
    const ScheduleOwner owner{message.event.tenant(), message.event.bot(),
                              options_.schedule_across_platforms ? "" : message.user.platform,
                              message.event.sender().user_id()};
    outcome.reply =
        ScheduleReply(message.input, message.at,
                      batch_.UpcomingOf(owner, message.at, message.input), message.zone, catalog_);
  }

  BatchState batch_;
  const ProactiveOptions& options_;
  const i18n::MessageCatalog& catalog_;
  ProactiveEffects& effects_;
  std::map<ConversationKey, std::size_t> state_slot_;
  std::map<ProfileKey, std::size_t> muted_slot_;
};

}  // namespace

ProactivePlan PlanProactive(const std::vector<ProactiveInput>& inputs,
                            const ProactiveSnapshot& snapshot, const ProactiveOptions& options,
                            const i18n::MessageCatalog& catalog) {
  ProactivePlan plan;
  plan.outcomes.resize(inputs.size());
  plan.effects.greeting_after = options.greeting_after;
  BatchPlanner planner(snapshot, options, catalog, plan.effects);
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const ProactiveInput& input = inputs[i];
    if (!input.enabled || input.event == nullptr || !IsPerson(*input.event)) continue;
    plan.outcomes[i] = planner.Plan(input);
  }
  return plan;
}

}  // namespace chatfleet::workers
