#include "workers/proactive/proactive_store.h"

#include <set>

#include "shared/core/clock.h"
#include "shared/pg/pg_array.h"

namespace chatfleet::workers {
using pg::ArrayColumns, pg::PgArray;  // shared/pg's, by their old unqualified names here
namespace {

using std::chrono::sys_seconds;

// Lists travel as one text per row joined by the unit separator: PostgreSQL's unnest() would
// flatten a text[][] parameter, and chat text never carries U+001F.
constexpr char kSeparator = '\x1f';
// And the fields of one list item (a reminder: kind, due time, outbound id).
constexpr char kFieldSeparator = '\x1e';

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += kSeparator;
    out += item;
  }
  return out;
}

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::size_t start = 0;
  for (;;) {
    const auto end = text.find(kSeparator, start);
    out.emplace_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

sys_seconds Time(std::string_view text) {
  return std::chrono::floor<std::chrono::seconds>(
      ParseRfc3339(text).value_or(std::chrono::system_clock::time_point{}));
}

std::string Text(sys_seconds time) { return FormatRfc3339Utc(time); }

template <std::size_t N>
void AddConversation(ArrayColumns<N>& columns, const ConversationKey& key) {
  columns[0].Add(key.tenant);
  columns[1].Add(key.bot);
  columns[2].Add(key.platform);
  columns[3].Add(key.conversation_id);
}

template <std::size_t N>
void AddUser(ArrayColumns<N>& columns, const ProfileKey& user) {
  columns[0].Add(user.tenant);
  columns[1].Add(user.bot);
  columns[2].Add(user.platform);
  columns[3].Add(user.user_id);
}

ConversationKey ConversationAt(const pg::ResultSet& rows, int row) {
  return {std::string(rows.Value(row, 0)), std::string(rows.Value(row, 1)),
          std::string(rows.Value(row, 2)), std::string(rows.Value(row, 3))};
}

ArrayColumns<4> ConversationColumns(const std::set<ConversationKey>& conversations) {
  ArrayColumns<4> keys;
  for (const auto& key : conversations) {
    AddConversation(keys, key);
    keys.EndRow();
  }
  return keys;
}

constexpr std::string_view kLoadStates = R"sql(
SELECT s.tenant, s.bot, s.platform, s.conversation_id, s.state, s.subject,
  array_to_string(s.pending, chr(31)), array_to_string(s.missing_fields, chr(31)),
  s.source_partition, s.source_offset, array_to_string(s.recent_cues, chr(31))
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(tenant, bot, platform, conversation_id)
JOIN conversation_states s USING (tenant, bot, platform, conversation_id))sql";

Status LoadStates(pg::Connection& db, const ArrayColumns<4>& conversations,
                  std::map<ConversationKey, StoredConversationState>& states) {
  auto rows = conversations.Exec(db, kLoadStates);
  if (!rows) return Fail(rows.error());
  for (int r = 0; r < rows->rows(); ++r) {
    StoredConversationState& state = states[ConversationAt(*rows, r)];
    state.context.state =
        followups::ParseState(rows->Value(r, 4)).value_or(followups::ConversationState::kIdle);
    state.context.subject = std::string(rows->Value(r, 5));
    state.context.pending = Split(rows->Value(r, 6));
    state.context.missing_fields = Split(rows->Value(r, 7));
    state.partition = static_cast<int>(rows->Int(r, 8));
    state.offset = rows->Int(r, 9);
    for (const auto& cue : Split(rows->Value(r, 10))) {
      state.recent_cues.push_back(followups::ParseUrgency(cue));  // "none": no cue
    }
  }
  return {};
}

// Pending follow-ups, and those sent since the batch's earliest message: each half by its own
// partial index.
constexpr std::string_view kLoadPending = R"sql(
WITH k AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
    AS k(tenant, bot, platform, conversation_id)),
open AS (
  SELECT f.* FROM k JOIN follow_ups f USING (tenant, bot, platform, conversation_id)
  WHERE f.status = 'pending'
  UNION ALL
  SELECT f.* FROM k JOIN follow_ups f USING (tenant, bot, platform, conversation_id)
  WHERE f.status = 'sent' AND f.due_at > $5::timestamptz)
SELECT tenant, bot, platform, conversation_id, outbound_id, user_id, urgency, subject,
  to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
FROM open ORDER BY created_at)sql";

Status LoadPending(pg::Connection& db, const ArrayColumns<4>& conversations, sys_seconds since,
                   std::map<ConversationKey, std::vector<PendingFollowUpRow>>& pending) {
  auto rows = conversations.Exec(db, kLoadPending, {Text(since)});
  if (!rows) return Fail(rows.error());
  for (int r = 0; r < rows->rows(); ++r) {
    pending[ConversationAt(*rows, r)].push_back(
        {std::string(rows->Value(r, 4)), std::string(rows->Value(r, 5)),
         std::string(rows->Value(r, 6)), std::string(rows->Value(r, 7)), Time(rows->Value(r, 8)),
         Time(rows->Value(r, 9))});
  }
  return {};
}

constexpr std::string_view kLoadPolicies = R"sql(
SELECT tenant, urgent_minutes, high_minutes, medium_minutes, low_minutes, settle_on_user_message
FROM follow_up_policies WHERE tenant = ANY($1::text[]))sql";

Status LoadPolicies(pg::Connection& db, const std::set<std::string>& tenants,
                    std::map<std::string, followups::FollowUpPolicy>& policies) {
  PgArray tenant_array;
  for (const auto& tenant : tenants) tenant_array.Add(tenant);
  const std::string tenant_param = tenant_array.str();
  auto rows = db.Exec(kLoadPolicies, {tenant_param});
  if (!rows) return Fail(rows.error());
  for (int r = 0; r < rows->rows(); ++r) {
    followups::FollowUpPolicy& policy = policies[std::string(rows->Value(r, 0))];
    policy.urgent = std::chrono::minutes(rows->Int(r, 1));
    policy.high = std::chrono::minutes(rows->Int(r, 2));
    policy.medium = std::chrono::minutes(rows->Int(r, 3));
    policy.low = std::chrono::minutes(rows->Int(r, 4));
    policy.settle_on_user_message = rows->Value(r, 5) == "t";
  }
  return {};
}

constexpr std::string_view kLoadGreetings = R"sql(
SELECT g.tenant, g.bot, g.platform, g.user_id, g.enabled,
  (extract(hour FROM g.quiet_hours_start) * 60 + extract(minute FROM g.quiet_hours_start))::int,
  (extract(hour FROM g.quiet_hours_end) * 60 + extract(minute FROM g.quiet_hours_end))::int,
  g.timezone, array_to_string(g.muted, chr(31))
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(tenant, bot, platform, user_id)
JOIN greeting_preferences g USING (tenant, bot, platform, user_id))sql";

Status LoadGreetings(pg::Connection& db, const std::set<ProfileKey>& users,
                     std::map<ProfileKey, GreetingPreference>& greetings) {
  ArrayColumns<4> keys;
  for (const auto& user : users) {
    AddUser(keys, user);
    keys.EndRow();
  }
  auto rows = keys.Exec(db, kLoadGreetings);
  if (!rows) return Fail(rows.error());
  for (int r = 0; r < rows->rows(); ++r) {
    const ProfileKey user{std::string(rows->Value(r, 0)), std::string(rows->Value(r, 1)),
                          std::string(rows->Value(r, 2)), std::string(rows->Value(r, 3))};
    const auto muted = Split(rows->Value(r, 8));
    greetings[user] = {rows->Value(r, 4) == "t",
                       static_cast<int>(rows->Int(r, 5)),
                       static_cast<int>(rows->Int(r, 6)),
                       std::string(rows->Value(r, 7)),
                       {muted.begin(), muted.end()}};
  }
  return {};
}

// An empty platform lists the user's meetings on every platform. Those cancelled since the
// batch's earliest message come too: a message before the cancellation still sees them.
constexpr std::string_view kLoadUpcoming = R"sql(
SELECT k.tenant, k.bot, k.platform, k.user_id, m.title,
  to_char(m.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  to_char(m.ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  m.dedupe_key, m.platform,
  to_char(m.mentioned_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  m.source_partition, m.source_offset, m.status,
  to_char(m.cancelled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  m.cancelled_partition, m.cancelled_offset
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
  AS k(tenant, bot, platform, user_id, since)
CROSS JOIN LATERAL (
  SELECT s.title, s.starts_at, s.ends_at, s.dedupe_key, s.platform, s.mentioned_at,
    s.source_partition, s.source_offset, s.status, s.cancelled_at, s.cancelled_partition,
    s.cancelled_offset FROM user_schedules s
  WHERE s.tenant = k.tenant AND s.bot = k.bot AND s.user_id = k.user_id
    AND (k.platform = '' OR s.platform = k.platform)
    AND (s.status = 'scheduled' OR (s.status = 'cancelled' AND s.cancelled_at >= k.since))
    AND coalesce(s.ends_at, s.starts_at) >= k.since
  ORDER BY s.starts_at LIMIT 100) m)sql";

UpcomingMeeting UpcomingMeetingAt(const pg::ResultSet& rows, int r) {
  UpcomingMeeting meeting{std::string(rows.Value(r, 4)),
                          Time(rows.Value(r, 5)),
                          std::nullopt,
                          std::string(rows.Value(r, 7)),
                          std::string(rows.Value(r, 8)),
                          {},
                          std::nullopt};
  if (!rows.IsNull(r, 6)) meeting.end = Time(rows.Value(r, 6));
  if (!rows.IsNull(r, 9)) {
    meeting.mentioned = {Time(rows.Value(r, 9)), static_cast<int>(rows.Int(r, 10)),
                         rows.Int(r, 11)};
  }
  if (rows.Value(r, 12) == "cancelled") {
    meeting.cancelled =
        MentionedAt{Time(rows.Value(r, 13)), static_cast<int>(rows.Int(r, 14)), rows.Int(r, 15)};
  }
  return meeting;
}

Status LoadUpcoming(pg::Connection& db, const std::map<ScheduleOwner, sys_seconds>& owners,
                    std::map<ScheduleOwner, std::vector<UpcomingMeeting>>& upcoming) {
  if (owners.empty()) return {};
  ArrayColumns<5> keys;
  for (const auto& [owner, since] : owners) {
    keys[0].Add(owner.tenant);
    keys[1].Add(owner.bot);
    keys[2].Add(owner.platform);
    keys[3].Add(owner.user_id);
    keys[4].Add(Text(since));
    keys.EndRow();
  }
  auto rows = keys.Exec(db, kLoadUpcoming);
  if (!rows) return Fail(rows.error());
  for (int r = 0; r < rows->rows(); ++r) {
    const ScheduleOwner owner{std::string(rows->Value(r, 0)), std::string(rows->Value(r, 1)),
                              std::string(rows->Value(r, 2)), std::string(rows->Value(r, 3))};
    upcoming[owner].push_back(UpcomingMeetingAt(*rows, r));
  }
  return {};
}

constexpr std::string_view kInsertGreetingPreferences = R"sql(
INSERT INTO greeting_preferences (tenant, bot, platform, user_id, timezone)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
ON CONFLICT DO NOTHING)sql";

Status InsertGreetingPreferences(pg::Connection& connection,
                                 const std::vector<NewGreetingPreference>& preferences) {
  if (preferences.empty()) return {};
  ArrayColumns<5> rows;
  for (const auto& preference : preferences) {
    AddUser(rows, preference.user);
    rows[4].Add(preference.timezone);
    rows.EndRow();
  }
  if (auto done = rows.Exec(connection, kInsertGreetingPreferences); !done) {
    return Fail(done.error());
  }
  return {};
}

constexpr std::string_view kUpsertMuted = R"sql(
INSERT INTO greeting_preferences (tenant, bot, platform, user_id, timezone, muted)
SELECT k.tenant, k.bot, k.platform, k.user_id, k.timezone, string_to_array(k.muted, chr(31))
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
  AS k(tenant, bot, platform, user_id, timezone, muted)
ON CONFLICT (tenant, bot, platform, user_id) DO UPDATE SET muted = EXCLUDED.muted)sql";

Status UpsertMuted(pg::Connection& connection, const std::vector<MutedKinds>& muted) {
  if (muted.empty()) return {};
  ArrayColumns<6> rows;
  for (const auto& setting : muted) {
    AddUser(rows, setting.user);
    rows[4].Add(setting.timezone);
    rows[5].Add(Join({setting.kinds.begin(), setting.kinds.end()}));
    rows.EndRow();
  }
  if (auto done = rows.Exec(connection, kUpsertMuted); !done) return Fail(done.error());
  return {};
}

/// A meeting's reminders as one list text: kind, due time ("infinity": waits for the user's
/// next message) and outbound id per item.
std::string SessionsText(const std::vector<PlannedSession>& sessions) {
  std::vector<std::string> items;
  for (const auto& session : sessions) {
    items.push_back(session.kind + kFieldSeparator +
                    (session.due_at ? Text(*session.due_at) : "infinity") + kFieldSeparator +
                    session.outbound_id);
  }
  return Join(items);
}

// A schedule the user already has (same dedupe key) keeps its reminders; only new ones get
// their sessions.
constexpr std::string_view kInsertSchedules = R"sql(
WITH k AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
    $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::text[], $12::text[],
    $13::real[], $14::text[], $15::text[], $16::text[], $17::text[], $18::timestamptz[],
    $19::int[], $20::bigint[])
  AS k(tenant, bot, platform, conversation_id, conversation_kind, channel_id, user_id, title,
       starts_at, ends_at, timezone, language, confidence, dedupe_key, source_event_id,
       source_traceparent, sessions, mentioned_at, source_partition, source_offset)),
inserted AS (
  INSERT INTO user_schedules (tenant, bot, platform, conversation_id, conversation_kind,
    channel_id, user_id, title, starts_at, ends_at, timezone, language, confidence, dedupe_key,
    source_event_id, source_traceparent, mentioned_at, source_partition, source_offset)
  SELECT tenant, bot, platform, conversation_id, conversation_kind, channel_id, user_id, title,
    starts_at, ends_at, timezone, language, confidence, dedupe_key, source_event_id,
    source_traceparent, mentioned_at, source_partition, source_offset FROM k
  ON CONFLICT (tenant, bot, platform, user_id, dedupe_key) DO NOTHING
  RETURNING id, tenant, bot, platform, user_id, dedupe_key)
INSERT INTO proactive_sessions (schedule_id, kind, due_at, outbound_id)
SELECT i.id, split_part(s.item, chr(30), 1), split_part(s.item, chr(30), 2)::timestamptz,
  split_part(s.item, chr(30), 3)
FROM inserted i JOIN k USING (tenant, bot, platform, user_id, dedupe_key)
CROSS JOIN LATERAL unnest(string_to_array(k.sessions, chr(31))) AS s(item)
ON CONFLICT DO NOTHING)sql";

Status InsertSchedules(pg::Connection& connection, const std::vector<PlannedSchedule>& schedules) {
  if (schedules.empty()) return {};
  ArrayColumns<20> rows;
  for (const auto& s : schedules) {
    AddConversation(rows, s.conversation);
    rows[4].Add(s.conversation_kind);
    rows[5].Add(s.channel_id);
    rows[6].Add(s.user_id);
    rows[7].Add(s.title);
    rows[8].Add(Text(s.start));
    rows[9].Add(s.end ? std::optional(Text(*s.end)) : std::nullopt);
    rows[10].Add(s.timezone);
    rows[11].Add(s.language);
    rows[12].Add(std::to_string(s.confidence));
    rows[13].Add(s.dedupe_key);
    rows[14].Add(s.source_event_id);
    rows[15].Add(s.source_traceparent.empty() ? std::nullopt : std::optional(s.source_traceparent));
    rows[16].Add(SessionsText(s.sessions));
    rows[17].Add(Text(s.mentioned.at.value_or(sys_seconds{})));
    rows[18].Add(std::to_string(s.mentioned.partition));
    rows[19].Add(std::to_string(s.mentioned.offset));
    rows.EndRow();
  }
  if (auto done = rows.Exec(connection, kInsertSchedules); !done) return Fail(done.error());
  return {};
}

// After the schedules, so that a meeting planned earlier in the batch can be called off by a
// later message; its reminders not sent yet are cancelled with it.
constexpr std::string_view kCancelSchedules = R"sql(
WITH k AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
    $6::timestamptz[], $7::int[], $8::bigint[], $9::text[], $10::text[])
  AS k(tenant, bot, platform, user_id, dedupe_key, at, part, off, event_id, reason)),
cancelled AS (
  UPDATE user_schedules s SET status = 'cancelled', cancelled_at = k.at,
    cancelled_partition = k.part, cancelled_offset = k.off, cancelled_by_event_id = k.event_id,
    cancel_reason = k.reason
  FROM k
  WHERE s.tenant = k.tenant AND s.bot = k.bot AND s.platform = k.platform
    AND s.user_id = k.user_id AND s.dedupe_key = k.dedupe_key AND s.status = 'scheduled'
  RETURNING s.id, k.reason)
UPDATE proactive_sessions p SET cancelled_at = now(), last_error = 'meeting ' || c.reason
FROM cancelled c
WHERE p.schedule_id = c.id AND p.sent_at IS NULL AND p.cancelled_at IS NULL)sql";

Status CancelSchedules(pg::Connection& connection,
                       const std::vector<MeetingCancellation>& cancellations) {
  if (cancellations.empty()) return {};
  ArrayColumns<10> rows;
  for (const auto& c : cancellations) {
    AddUser(rows, c.owner);
    rows[4].Add(c.dedupe_key);
    rows[5].Add(Text(c.at.at.value_or(sys_seconds{})));
    rows[6].Add(std::to_string(c.at.partition));
    rows[7].Add(std::to_string(c.at.offset));
    rows[8].Add(c.source_event_id);
    rows[9].Add(c.reason);
    rows.EndRow();
  }
  if (auto done = rows.Exec(connection, kCancelSchedules); !done) return Fail(done.error());
  return {};
}

constexpr std::string_view kInsertFollowUps = R"sql(
INSERT INTO follow_ups (tenant, bot, platform, conversation_id, conversation_kind, channel_id,
  user_id, urgency, subject, language, due_at, created_at, source_event_id, source_traceparent,
  outbound_id)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
  $7::text[], $8::text[], $9::text[], $10::text[], $11::timestamptz[], $12::timestamptz[],
  $13::text[], $14::text[], $15::text[])
ON CONFLICT DO NOTHING)sql";

Status InsertFollowUps(pg::Connection& connection, const std::vector<PlannedFollowUp>& follow_ups) {
  if (follow_ups.empty()) return {};
  ArrayColumns<15> rows;
  for (const auto& f : follow_ups) {
    AddConversation(rows, f.conversation);
    rows[4].Add(f.conversation_kind);
    rows[5].Add(f.channel_id);
    rows[6].Add(f.user_id);
    rows[7].Add(f.urgency);
    rows[8].Add(f.subject);
    rows[9].Add(f.language);
    rows[10].Add(Text(f.due_at));
    rows[11].Add(Text(f.created_at));
    rows[12].Add(f.source_event_id);
    rows[13].Add(f.source_traceparent.empty() ? std::nullopt : std::optional(f.source_traceparent));
    rows[14].Add(f.outbound_id);
    rows.EndRow();
  }
  if (auto done = rows.Exec(connection, kInsertFollowUps); !done) return Fail(done.error());
  return {};
}

// After the inserts: a follow-up promised by an earlier message of this batch is settled by a
// later one too — by the first message after it, as if the messages had come one at a time.
constexpr std::string_view kSettleFollowUps = R"sql(
WITH k AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
    $6::timestamptz[]) AS k(tenant, bot, platform, conversation_id, user_id, at)),
settling AS (
  SELECT f.id, min(k.at) AS at
  FROM k JOIN follow_ups f USING (tenant, bot, platform, conversation_id, user_id)
  WHERE f.status = 'pending' AND f.created_at < k.at
  GROUP BY f.id)
UPDATE follow_ups f SET status = 'settled', settled_at = settling.at
FROM settling WHERE f.id = settling.id)sql";

Status SettleFollowUps(pg::Connection& connection, const std::vector<UserMessageMark>& settles) {
  if (settles.empty()) return {};
  ArrayColumns<6> rows;
  for (const auto& mark : settles) {
    AddConversation(rows, mark.conversation);
    rows[4].Add(mark.user_id);
    rows[5].Add(Text(mark.at));
    rows.EndRow();
  }
  if (auto done = rows.Exec(connection, kSettleFollowUps); !done) return Fail(done.error());
  return {};
}

// A greeting waiting for the user (due 'infinity') becomes due at their first message once
// `$6` has passed since the meeting's start.
constexpr std::string_view kReleaseGreetings = R"sql(
WITH k AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
    AS k(tenant, bot, platform, user_id, at)),
due AS (
  SELECT p.id, min(k.at) AS at
  FROM k JOIN user_schedules s USING (tenant, bot, platform, user_id)
  JOIN proactive_sessions p ON p.schedule_id = s.id
  WHERE p.kind = 'followup_greeting' AND p.due_at = 'infinity' AND p.sent_at IS NULL
    AND p.cancelled_at IS NULL AND s.status = 'scheduled'
    AND s.starts_at + $6::interval <= k.at
  GROUP BY p.id)
UPDATE proactive_sessions p SET due_at = due.at FROM due WHERE p.id = due.id)sql";

Status ReleaseGreetings(pg::Connection& connection, const std::vector<UserMessageMark>& releases,
                        std::chrono::minutes greeting_after) {
  if (releases.empty()) return {};
  ArrayColumns<5> rows;
  for (const auto& mark : releases) {
    rows[0].Add(mark.conversation.tenant);
    rows[1].Add(mark.conversation.bot);
    rows[2].Add(mark.conversation.platform);
    rows[3].Add(mark.user_id);
    rows[4].Add(Text(mark.at));
    rows.EndRow();
  }
  const std::string after = std::to_string(greeting_after.count()) + " minutes";
  if (auto done = rows.Exec(connection, kReleaseGreetings, {after}); !done) {
    return Fail(done.error());
  }
  return {};
}

/// The urgency cues as one list text ("none" for a message without one).
std::string CuesText(const std::vector<std::optional<followups::Urgency>>& recent_cues) {
  std::vector<std::string> cues;
  for (const auto& cue : recent_cues)
    cues.emplace_back(cue ? followups::UrgencyName(*cue) : "none");
  return Join(cues);
}

// A redelivered message (same partition, offset not ahead) leaves the state as it is.
constexpr std::string_view kUpsertStates = R"sql(
INSERT INTO conversation_states AS c (tenant, bot, platform, conversation_id, state, subject,
  pending, missing_fields, source_partition, source_offset, recent_cues)
SELECT k.tenant, k.bot, k.platform, k.conversation_id, k.state, k.subject,
  string_to_array(k.pending, chr(31)), string_to_array(k.missing, chr(31)), k.part, k.off,
  string_to_array(k.cues, chr(31))
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
  $8::text[], $9::int[], $10::bigint[], $11::text[])
  AS k(tenant, bot, platform, conversation_id, state, subject, pending, missing, part, off, cues)
ON CONFLICT (tenant, bot, platform, conversation_id) DO UPDATE
  SET state = EXCLUDED.state, subject = EXCLUDED.subject, pending = EXCLUDED.pending,
      missing_fields = EXCLUDED.missing_fields, source_partition = EXCLUDED.source_partition,
      source_offset = EXCLUDED.source_offset, recent_cues = EXCLUDED.recent_cues,
      updated_at = now()
  WHERE c.source_partition <> EXCLUDED.source_partition
     OR c.source_offset < EXCLUDED.source_offset)sql";

Status UpsertStates(pg::Connection& connection, const std::vector<PlannedState>& states) {
  if (states.empty()) return {};
  ArrayColumns<11> rows;
  for (const auto& planned : states) {
    const StoredConversationState& state = planned.state;
    AddConversation(rows, planned.conversation);
    rows[4].Add(std::string(followups::StateName(state.context.state)));
    rows[5].Add(state.context.subject);
    rows[6].Add(Join(state.context.pending));
    rows[7].Add(Join(state.context.missing_fields));
    rows[8].Add(std::to_string(state.partition));
    rows[9].Add(std::to_string(state.offset));
    rows[10].Add(CuesText(state.recent_cues));
    rows.EndRow();
  }
  if (auto done = rows.Exec(connection, kUpsertStates); !done) return Fail(done.error());
  return {};
}

}  // namespace

ProactiveSnapshotKeys ProactiveSnapshotKeysOf(const std::vector<ProactiveInput>& inputs,
                                              bool schedule_across_platforms) {
  ProactiveSnapshotKeys keys;
  for (const auto& input : inputs) {
    if (!input.enabled || input.event == nullptr) continue;
    const auto& event = *input.event;
    const sys_seconds at = MessageTime(event);
    keys.earliest_message = std::min(keys.earliest_message.value_or(at), at);
    keys.conversations.insert(ConversationKeyOf(event));
    keys.users.insert(ProfileKeyOf(event));
    keys.tenants.insert(event.tenant());
    if (!IsScheduleCommand(event.text()) && !input.reading.meeting_change) continue;
    const ProfileKey user = ProfileKeyOf(event);
    const ScheduleOwner owner{user.tenant, user.bot, schedule_across_platforms ? "" : user.platform,
                              user.user_id};
    auto [it, fresh] = keys.schedule_owners.try_emplace(owner, at);
    if (!fresh) it->second = std::min(it->second, at);
  }
  return keys;
}

Result<ProactiveSnapshot> ProactiveStore::Load(const std::vector<ProactiveInput>& inputs,
                                               bool schedule_across_platforms) {
  ProactiveSnapshot snapshot;
  const ProactiveSnapshotKeys keys = ProactiveSnapshotKeysOf(inputs, schedule_across_platforms);
  if (keys.conversations.empty()) return snapshot;
  auto connection = connection_.Get();
  if (!connection) return Fail(connection.error());
  pg::Connection& db = **connection;
  const ArrayColumns<4> conversations = ConversationColumns(keys.conversations);
  if (auto done = LoadStates(db, conversations, snapshot.states); !done) {
    return Fail(done.error());
  }
  if (auto done = LoadPending(db, conversations, *keys.earliest_message, snapshot.pending); !done) {
    return Fail(done.error());
  }
  if (auto done = LoadPolicies(db, keys.tenants, snapshot.policies); !done) {
    return Fail(done.error());
  }
  if (auto done = LoadGreetings(db, keys.users, snapshot.greetings); !done) {
    return Fail(done.error());
  }
  if (auto done = LoadUpcoming(db, keys.schedule_owners, snapshot.upcoming); !done) {
    return Fail(done.error());
  }
  return snapshot;
}

Status ProactiveStore::Apply(pg::Connection& connection, const ProactiveEffects& effects) {
  // In this order: cancellations after the schedules (a meeting planned earlier in the batch
  // may be called off by a later message), settles after the follow-ups they may settle.
  if (auto done = InsertGreetingPreferences(connection, effects.greeting_preferences); !done) {
    return done;
  }
  if (auto done = UpsertMuted(connection, effects.muted); !done) return done;
  if (auto done = InsertSchedules(connection, effects.schedules); !done) return done;
  if (auto done = CancelSchedules(connection, effects.cancellations); !done) return done;
  if (auto done = InsertFollowUps(connection, effects.follow_ups); !done) return done;
  if (auto done = SettleFollowUps(connection, effects.settles); !done) return done;
  if (auto done = ReleaseGreetings(connection, effects.greeting_releases, effects.greeting_after);
      !done) {
    return done;
  }
  return UpsertStates(connection, effects.states);
}

}  // namespace chatfleet::workers
