#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "chatfleet/v1/chat_event.pb.h"
#include "chatfleet/v1/outbound_message.pb.h"
#include "shared/i18n/message_catalog.h"
#include "workers/followups/conversation_state.h"
#include "workers/followups/urgency.h"
#include "workers/personalization/personalizer.h"
#include "workers/personalization/timezone_choice.h"
#include "workers/proactive/meeting_change_request.h"

namespace chatfleet::workers {

/// When a meeting without an end gets its follow-up greeting ("How did the 1-on-1 go?"):
/// on the user's next message once `greeting_after` has passed since the start (a 1-on-1 with
/// no end: ask when the user is back), or at start + `greeting_after` by the clock.
enum class GreetingTrigger { kOnUserMessage, kByTime };

struct ProactiveOptions {
  followups::FollowUpPolicy follow_up;  // a tenant's follow_up_policies row overrides it
  followups::UrgencyCues urgency_cues;  // added to the built-in cues
  /// A user message that leaves the conversation in one of these states gets a follow-up.
  std::set<followups::ConversationState> follow_up_states = {
      followups::ConversationState::kServiceInquiry,
      followups::ConversationState::kBookingNew,
      followups::ConversationState::kBookingConfirmation,
      followups::ConversationState::kRescheduling,
      followups::ConversationState::kCanceling,
      followups::ConversationState::kAwaitingInfo,
      followups::ConversationState::kEscalated};
  std::chrono::minutes preparation_lead{30};
  std::chrono::minutes completion_delay{0};
  GreetingTrigger greeting_trigger = GreetingTrigger::kOnUserMessage;
  std::chrono::minutes greeting_after{15};
  /// Extracted meetings below this confidence are not scheduled.
  double min_confidence = 0.5;
  /// `/schedule` lists the user's meetings on every platform with the same user id (for
  /// clients that send one account id everywhere), not only the platform it was typed on.
  bool schedule_across_platforms = false;
  /// User messages of the conversation (newest last) that urgency is detected from.
  std::size_t urgency_window = 3;
};

/// What the planner keeps per conversation, as of the chat.events position it was last
/// advanced by: the state, and the urgency cues of the latest person's messages (oldest first,
/// at most `urgency_window - 1`), so the next message's decision needs nothing of its batch.
struct StoredConversationState {
  followups::ConversationContext context;
  std::vector<std::optional<followups::Urgency>> recent_cues;
  int partition = -1;
  std::int64_t offset = -1;
};

struct PendingFollowUpRow {
  std::string outbound_id;
  std::string user_id;
  std::string urgency;
  std::string subject;
  std::chrono::sys_seconds due_at;
  std::chrono::sys_seconds created_at;
};

/// Quiet hours in the user's zone, as minutes after local midnight (a range may wrap).
struct GreetingPreference {
  bool enabled = true;
  int quiet_start_minute = 22 * 60;
  int quiet_end_minute = 8 * 60;
  std::string timezone;  // empty: the profile's
  /// Kinds the user turned off with `/reminders off` (see user_commands.h); the scheduler
  /// honours them when they are due, the planner plans no follow-up while they are off.
  std::set<std::string> muted;
};

/// Where in chat history something happened to a meeting (mentioned, cancelled): an answer
/// sees only what happened before its message (by position in its own partition, else by
/// time), however late it is computed.
struct MentionedAt {
  std::optional<std::chrono::sys_seconds> at;  // none: stored before positions were kept
  int partition = -1;
  std::int64_t offset = -1;

  bool Before(std::chrono::sys_seconds message_at, int message_partition,
              std::int64_t message_offset) const;
};

struct UpcomingMeeting {
  std::string title;
  std::chrono::sys_seconds start;
  std::optional<std::chrono::sys_seconds> end;
  std::string dedupe_key;
  std::string platform;
  MentionedAt mentioned;
  /// Cancelled or moved by the message at this position (stored ones are loaded too, so a
  /// change computed again after a redelivery finds the meeting it changed).
  std::optional<MentionedAt> cancelled;
};

/// Whose meetings a `/schedule` lists: platform is empty when listing across platforms.
struct ScheduleOwner {
  std::string tenant, bot, platform, user_id;
  auto operator<=>(const ScheduleOwner&) const = default;
};

/// What the proactive stage reads for one poll batch (set-based, see ProactiveStore).
struct ProactiveSnapshot {
  std::map<ConversationKey, StoredConversationState> states;
  /// Follow-ups of the batch's conversations that were still open at the batch's earliest
  /// message: pending ones, and those sent since (a lagging worker must decide as if it had
  /// been on time).
  std::map<ConversationKey, std::vector<PendingFollowUpRow>> pending;
  std::map<ProfileKey, GreetingPreference> greetings;
  std::map<std::string, followups::FollowUpPolicy> policies;  // by tenant
  /// Upcoming meetings of the users who typed `/schedule` or changed a meeting in the batch,
  /// with those cancelled since the batch's earliest message.
  std::map<ScheduleOwner, std::vector<UpcomingMeeting>> upcoming;
};

/// What the stage reads in a person's message, parsed once per batch: the snapshot's keys
/// (whose meetings to load) and the plan both use it, so neither parses the text again.
struct MessageReading {
  std::optional<MeetingChangeRequest> meeting_change;  // FindMeetingChange
  std::optional<TimezoneStatement> timezone;           // FindTimezoneStatement
};

/// Both parses of `text`; its views (`new_time_text`) point into `text`. Pure.
MessageReading ReadMessage(std::string_view text);

/// One stored message of the batch, with what the earlier stages resolved.
struct ProactiveInput {
  const v1::ChatEvent* event = nullptr;
  std::string language;  // the reply language
  std::string timezone;  // the user's IANA zone
  int partition = -1;
  std::int64_t offset = -1;
  std::string traceparent;  // of the message, for the reminders' span links
  bool enabled = true;      // the `proactive` feature flag
  /// Of `event`'s text (ReadMessage; ProactiveInputsOf fills it for a person's messages).
  MessageReading reading;
};

struct PlannedSession {
  std::string kind;  // preparation | completion | followup_greeting
  /// nullopt: waits for the user's next message (stored as 'infinity').
  std::optional<std::chrono::sys_seconds> due_at;
  std::string outbound_id;
};

/// A meeting to store in user_schedules (ignored when the user has it already).
struct PlannedSchedule {
  ConversationKey conversation;
  std::string conversation_kind;  // direct | group
  std::optional<std::string> channel_id;
  std::string user_id;
  std::string title;
  std::chrono::sys_seconds start;
  std::optional<std::chrono::sys_seconds> end;
  std::string timezone;
  std::string language;
  double confidence = 0;
  std::string dedupe_key;
  std::string source_event_id;
  std::string source_traceparent;
  std::vector<PlannedSession> sessions;
  MentionedAt mentioned;
};

struct PlannedFollowUp {
  ConversationKey conversation;
  std::string conversation_kind;
  std::optional<std::string> channel_id;
  std::string user_id;
  std::string urgency;
  std::string subject;
  std::string language;
  std::chrono::sys_seconds due_at;
  std::chrono::sys_seconds created_at;  // the promising message's time
  std::string source_event_id;
  std::string source_traceparent;
  std::string outbound_id;
};

/// A user's message at `at`: settles their older pending follow-ups in the conversation and
/// releases follow-up greetings waiting for it.
struct UserMessageMark {
  ConversationKey conversation;
  std::string user_id;
  std::chrono::sys_seconds at;
};

struct PlannedState {
  ConversationKey conversation;
  StoredConversationState state;
};

/// A meeting the user called off or moved: its schedule is marked and its unsent reminders
/// cancelled (a moved meeting is planned again as a new schedule beside).
struct MeetingCancellation {
  ProfileKey owner;  // on the meeting's platform
  std::string dedupe_key;
  MentionedAt at;  // the cancelling message
  std::string source_event_id;
  std::string reason;  // cancelled | moved
};

struct NewGreetingPreference {
  ProfileKey user;
  std::string timezone;
};

/// What a user's `/reminders` left turned off (the whole set, the last per user of a batch).
struct MutedKinds {
  ProfileKey user;
  std::string timezone;  // for a preference row created by the command
  std::set<std::string> kinds;
};

/// The database writes of a batch, applied in the history transaction (ProactiveStore).
struct ProactiveEffects {
  std::vector<PlannedSchedule> schedules;
  std::vector<PlannedFollowUp> follow_ups;
  std::vector<UserMessageMark> settles;
  std::vector<UserMessageMark> greeting_releases;
  std::vector<PlannedState> states;  // the last state per conversation
  std::vector<NewGreetingPreference> greeting_preferences;
  std::vector<MutedKinds> muted;
  std::vector<MeetingCancellation> cancellations;  // applied after the schedules
  std::chrono::minutes greeting_after{15};

  bool empty() const {
    return schedules.empty() && follow_ups.empty() && settles.empty() &&
           greeting_releases.empty() && states.empty() && greeting_preferences.empty() &&
           muted.empty() && cancellations.empty();
  }
};

/// What one user message's chat.context carries from this stage.
struct ProactiveOutcome {
  std::string state;  // "service_inquiry"
  std::string subject;
  std::vector<std::string> pending_topics;  // only those that belong in this reply
  std::vector<std::string> dropped_topics;
  std::string follow_up_notice;  // in the reply language; empty when none was scheduled
  std::vector<PendingFollowUpRow> pending_follow_ups;  // the conversation's, after this message
  std::vector<PlannedSchedule> meetings;               // announced (or moved) by this message
  /// The fleet's own answer (/schedule, /reminders, /timezone, a meeting cancelled or moved).
  std::optional<v1::OutboundMessage> reply;
};

struct ProactivePlan {
  /// Per input; empty for the bot's and system messages and where the stage is off.
  std::vector<std::optional<ProactiveOutcome>> outcomes;
  ProactiveEffects effects;
};

/// When the user wrote a message: their client's time if given, else when ingest accepted it.
/// Every decision of the stage is timed by it.
std::chrono::sys_seconds MessageTime(const v1::ChatEvent& event);

/// Whether a message is the `/schedule` command (also "/schedule@my_bot" as Telegram sends it
/// in groups).
bool IsScheduleCommand(const std::string& text);

/// The proactive stage over one poll batch, in order (later messages of a conversation see the
/// effects of earlier ones): for each person's message, advance the conversation state, settle
/// the user's pending follow-ups (policy), schedule a follow-up when the conversation is left
/// open (urgency from the stored cues of the conversation's latest messages, not the batch's),
/// cancel or move the meeting the message calls off or moves (asking which one when several
/// match), else extract meetings and plan their reminders, release follow-up greetings waiting
/// for a message, and answer `/schedule` (with the meetings mentioned before it).
///
/// Every decision is a function of the conversation's history up to the message: messages are
/// timed by their `sent_at` (else `received_at`), a follow-up counts as open at a message until
/// it is due, and a message the stored state was already advanced by (a redelivery after the
/// database commit) has no effects at all — they were written with its first delivery — and
/// only its outcome for the context and its `/schedule` answer are computed again. Pure.
ProactivePlan PlanProactive(const std::vector<ProactiveInput>& inputs,
                            const ProactiveSnapshot& snapshot, const ProactiveOptions& options,
                            const i18n::MessageCatalog& catalog);

}  // namespace chatfleet::workers
