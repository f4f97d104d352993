#include "workers/proactive/proactive_plan.h"

#include <date/tz.h>
#include <google/protobuf/util/time_util.h>

#include <algorithm>

#include "shared/core/clock.h"
#include "shared/i18n/schedule_listing.h"
#include "workers/followups/cue_matcher.h"
#include "workers/followups/followup_planner.h"
#include "workers/meetings/meeting_extractor.h"
#include "workers/personalization/timezone_choice.h"
#include "workers/proactive/fleet_replies.h"
#include "workers/proactive/meeting_changes.h"
#include "workers/proactive/planner_state.h"
#include "workers/proactive/reminder_sessions.h"
#include "workers/proactive/user_commands.h"
#include "workers/proactive/zone_time.h"

namespace chatfleet::workers {
namespace {

using google::protobuf::util::TimeUtil;
using std::chrono::sys_seconds;

const date::time_zone* ZoneOrUtc(const std::string& name) {
  if (auto zone = meetings::LocateZone(name.empty() ? "UTC" : name)) return *zone;
  return *meetings::LocateZone("UTC");
}

std::string ConversationKindName(const v1::ChatEvent& event) {
  return event.conversation().kind() == v1::CONVERSATION_KIND_GROUP ? "group" : "direct";
}

std::optional<std::string> ChannelOf(const v1::ChatEvent& event) {
  if (event.conversation().channel_id().empty()) return std::nullopt;
  return event.conversation().channel_id();
}

}  // namespace

sys_seconds MessageTime(const v1::ChatEvent& event) {
  const auto& stamp = event.has_sent_at() ? event.sent_at() : event.received_at();
  return sys_seconds(std::chrono::seconds(TimeUtil::TimestampToSeconds(stamp)));
}

MessageReading ReadMessage(std::string_view text) {
  return {FindMeetingChange(text), FindTimezoneStatement(text)};
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
    const Message message = MessageOf(input);
    StoredConversationState& stored = batch_.StateOf(message.key);
    const bool applied_before =
        stored.partition == input.partition && input.offset >= 0 && stored.offset >= input.offset;
    if (applied_before) return AnswerAgain(message, stored);
    ProactiveOutcome outcome;
    const followups::Urgency urgency = Advance(message, stored, outcome);
    Describe(stored.context, outcome);
    SetReminders(message);
    PlanFollowUp(message, stored, urgency, outcome);
    if (options_.greeting_trigger == GreetingTrigger::kOnUserMessage) {
      effects_.greeting_releases.push_back(
          {message.key, message.event.sender().user_id(), message.at});
    }
    if (!ChangeMeeting(message, Effects::kWrite, outcome)) PlanMeetings(message, outcome);
    AnswerCommands(message, outcome);
    return outcome;
  }

 private:
  /// Whether a step writes its effects or, for a message they were written for already, only
  /// computes its answer again.
  enum class Effects { kWrite, kAnswerOnly };

  Message MessageOf(const ProactiveInput& input) const {
    const v1::ChatEvent& event = *input.event;
    return {input,
            event,
            MessageTime(event),
            ConversationKeyOf(event),
            ProfileKeyOf(event),
            ZoneOrUtc(input.timezone),
            batch_.PolicyFor(event.tenant(), options_.follow_up)};
  }

  /// A message the stored state was advanced by already (redelivered after the commit): its
  /// effects were written with its first delivery; only what it answers is computed.
  ProactiveOutcome AnswerAgain(const Message& message, const StoredConversationState& stored) {
    ProactiveOutcome outcome;
    Describe(stored.context, outcome);
    outcome.pending_follow_ups = OpenAt(batch_.PendingOf(message.key), message.at);
    const std::string own = "followup-" + message.event.event_id();
    for (const auto& row : outcome.pending_follow_ups) {
      if (row.outbound_id != own) continue;
      outcome.follow_up_notice = followups::FollowUpNotice(
          message.input.language,
          std::chrono::duration_cast<std::chrono::minutes>(row.due_at - row.created_at), catalog_);
    }
    ChangeMeeting(message, Effects::kAnswerOnly, outcome);
    AnswerCommands(message, outcome);
    return outcome;
  }

  /// Moves the conversation's state and urgency cues on by the message; returns the urgency of
  /// the window that ends with it (its cue, else the newest stored one, else medium).
  followups::Urgency Advance(const Message& message, StoredConversationState& stored,
                             ProactiveOutcome& outcome) {
    // One tokenization for the state's cues and the urgency's.
    const followups::CueText text(message.event.text());
    auto transition = followups::ApplyUserMessage(stored.context, text);
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
    cues.push_back(followups::FindUrgencyCue(text, &options_.urgency_cues));
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
  /// time is not planned again as a new meeting. A redelivered message (kAnswerOnly) is only
  /// answered again.
  bool ChangeMeeting(const Message& message, Effects effects, ProactiveOutcome& outcome) {
    const auto& request = message.input.reading.meeting_change;
    if (!request) return false;
    const bool move = request->kind == MeetingChangeRequest::Kind::kMove;
    const auto upcoming = batch_.UpcomingOf(OwnerOf(message), message.at, message.input);
    const MeetingMatch match = MatchMeeting(*request, upcoming);
    switch (match.outcome) {
      case MeetingMatch::Outcome::kUnrelated:
        return false;
      case MeetingMatch::Outcome::kNone:
        // "The all-hands moved to 11am" about a meeting we never heard of is a new one.
        if (move) return false;
        AnswerChange(message, RenderIn(message, i18n::MessageId::kMeetingNotFound), outcome);
        return true;
      case MeetingMatch::Outcome::kSeveral:
        AnswerChange(message, WhichMeeting(message, upcoming, match), outcome);
        return true;
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
    AnswerChange(message, ChangedAnswer(message, meeting, moved), outcome);
    if (effects == Effects::kWrite) CancelOrMove(message, meeting, moved, outcome);
    return true;
  }

  /// Whose meetings a command of the message is about.
  ScheduleOwner OwnerOf(const Message& message) const {
    return {message.event.tenant(), message.event.bot(),
            options_.schedule_across_platforms ? "" : message.user.platform,
            message.event.sender().user_id()};
  }

  std::string RenderIn(const Message& message, i18n::MessageId id) const {
    return catalog_.Render(catalog_.Resolve(message.input.language, id), id);
  }

  void AnswerChange(const Message& message, std::string text, ProactiveOutcome& outcome) const {
    outcome.reply = FleetReply(message.input, message.at, "change",
                               v1::OUTBOUND_KIND_MEETING_CHANGE, std::move(text));
  }

  std::chrono::local_days TodayOf(const Message& message) const {
    return std::chrono::floor<std::chrono::days>(LocalTime(message.at, message.zone));
  }

  /// "Which one?" with the meetings that match.
  std::string WhichMeeting(const Message& message, const std::vector<UpcomingMeeting>& upcoming,
                           const MeetingMatch& match) const {
    std::vector<i18n::ScheduleEntry> entries;
    for (const std::size_t m : match.matches) entries.push_back(EntryOf(upcoming[m], message.zone));
    return i18n::FormatScheduleListing(catalog_, message.input.language, std::move(entries),
                                       TodayOf(message),
                                       {.header = i18n::MessageId::kMeetingWhich});
  }

  /// "The dentist is cancelled" / "moved to …", with the meeting's (new) day and time.
  std::string ChangedAnswer(const Message& message, const UpcomingMeeting& meeting,
                            const std::optional<NewMeetingTime>& moved) const {
    const auto id = moved ? i18n::MessageId::kMeetingMoved : i18n::MessageId::kMeetingCancelled;
    const i18n::Locale locale = catalog_.Resolve(message.input.language, id);
    const auto when = moved ? moved->start : meeting.start;
    return catalog_.Render(
        locale, id,
        {{"title", meeting.title},
         {"when", i18n::FormatDayAndTime(catalog_, locale, LocalTime(when, message.zone),
                                         TodayOf(message))}});
  }

  /// The meeting's schedule is cancelled (its reminders with it); a moved one is planned again.
  void CancelOrMove(const Message& message, const UpcomingMeeting& meeting,
                    const std::optional<NewMeetingTime>& moved, ProactiveOutcome& outcome) {
    const ProfileKey meeting_owner{message.user.tenant, message.user.bot, meeting.platform,
                                   message.user.user_id};
    const MentionedAt at{message.at, message.input.partition, message.input.offset};
    batch_.CancelMeeting(meeting_owner, meeting.dedupe_key, at);
    effects_.cancellations.push_back({meeting_owner, meeting.dedupe_key, at,
                                      message.event.event_id(), moved ? "moved" : "cancelled"});
    if (moved) {
      PlanMeeting(message, {meeting.title, moved->start, moved->end, 1.0},
                  "meeting-" + message.event.event_id() + "-moved", outcome);
    }
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
    if (const auto& timezone = message.input.reading.timezone; timezone && timezone->command) {
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
    outcome.reply = ScheduleReply(message.input, message.at,
                                  batch_.UpcomingOf(OwnerOf(message), message.at, message.input),
                                  message.zone, catalog_);
  }

  PlannerState batch_;
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
    if (!input.enabled || input.event == nullptr || !IsFromPerson(*input.event)) continue;
    plan.outcomes[i] = planner.Plan(input);
  }
  return plan;
}

}  // namespace chatfleet::workers
