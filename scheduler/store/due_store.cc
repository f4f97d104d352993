#include "scheduler/store/due_store.h"

#include "shared/core/clock.h"

namespace chatfleet::scheduler {
namespace {

constexpr std::string_view kClaimReminders = R"sql(
SELECT p.id, p.kind, p.outbound_id, s.tenant, s.bot, s.platform, s.conversation_id,
       s.conversation_kind, s.channel_id, s.user_id, s.language, s.timezone, s.title,
       to_char(s.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       to_char(s.ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       to_char(p.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       s.source_event_id, coalesce(s.source_traceparent, '')
FROM proactive_sessions p JOIN user_schedules s ON s.id = p.schedule_id
WHERE p.due_at <= $1::timestamptz AND p.sent_at IS NULL AND p.cancelled_at IS NULL
  AND s.status <> 'cancelled'
ORDER BY p.due_at
LIMIT $2
FOR UPDATE OF p SKIP LOCKED)sql";

// A user's `/reminders off` counts when the message is due, whenever it was planned: what they
// turned off is cancelled, not sent, and not retried.
constexpr std::string_view kCancelMutedReminders = R"sql(
UPDATE proactive_sessions p SET cancelled_at = $1::timestamptz, last_error = 'reminders off'
FROM user_schedules s JOIN greeting_preferences g USING (tenant, bot, platform, user_id)
WHERE s.id = p.schedule_id AND p.due_at <= $1::timestamptz AND p.sent_at IS NULL
  AND p.cancelled_at IS NULL AND p.kind = ANY(g.muted))sql";

constexpr std::string_view kCancelMutedFollowUps = R"sql(
UPDATE follow_ups f SET status = 'cancelled', last_error = 'reminders off'
FROM greeting_preferences g
WHERE g.tenant = f.tenant AND g.bot = f.bot AND g.platform = f.platform
  AND g.user_id = f.user_id AND f.due_at <= $1::timestamptz AND f.status = 'pending'
  AND 'followup' = ANY(g.muted))sql";

constexpr std::string_view kClaimFollowUps = R"sql(
SELECT id, outbound_id, tenant, bot, platform, conversation_id, conversation_kind, channel_id,
       user_id, language, urgency, subject,
       to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       source_event_id, coalesce(source_traceparent, '')
FROM follow_ups
WHERE due_at <= $1::timestamptz AND status = 'pending'
ORDER BY due_at
LIMIT $2
FOR UPDATE SKIP LOCKED)sql";

constexpr std::string_view kMarkRemindersSent = R"sql(
UPDATE proactive_sessions SET sent_at = $2::timestamptz, attempts = attempts + 1
WHERE id = ANY($1::bigint[]))sql";

constexpr std::string_view kMarkFollowUpsSent = R"sql(
UPDATE follow_ups SET status = 'sent', sent_at = $2::timestamptz, attempts = attempts + 1
WHERE id = ANY($1::bigint[]))sql";

constexpr std::string_view kOldestDue = R"sql(
SELECT coalesce(extract(epoch FROM ($1::timestamptz - min(due_at))), 0)::float8 FROM (
  SELECT due_at FROM proactive_sessions WHERE sent_at IS NULL AND cancelled_at IS NULL
    AND due_at <= $1::timestamptz
  UNION ALL
  SELECT due_at FROM follow_ups WHERE status = 'pending' AND due_at <= $1::timestamptz
) due)sql";

std::chrono::system_clock::time_point Time(std::string_view text) {
  return ParseRfc3339(text).value_or(std::chrono::system_clock::time_point{});
}

std::optional<std::chrono::system_clock::time_point> OptionalTime(const pg::ResultSet& rows,
                                                                  int row, int column) {
  if (rows.IsNull(row, column)) return std::nullopt;
  return Time(rows.Value(row, column));
}

DueMessage::ReminderKind ReminderKindOf(std::string_view kind) {
  if (kind == "completion") return DueMessage::ReminderKind::kCompletion;
  if (kind == "followup_greeting") return DueMessage::ReminderKind::kFollowUpGreeting;
  return DueMessage::ReminderKind::kPreparation;
}

std::string IdArray(const std::vector<DueMessage>& items, DueMessage::Source source) {
  std::string array = "{";
  for (const auto& item : items) {
    if (item.source != source) continue;
    if (array.size() > 1) array += ',';
    array += std::to_string(item.row_id);
  }
  return array + "}";
}

}  // namespace

Result<std::vector<DueMessage>> DueStore::ClaimDue(pg::Connection& connection,
                                                   std::chrono::system_clock::time_point now,
                                                   int limit) {
  const std::string now_text = FormatRfc3339Utc(now);
  const std::string limit_text = std::to_string(limit);
  std::vector<DueMessage> due;
  auto reminders = connection.Exec(kClaimReminders, {now_text, limit_text});
  if (!reminders) return Fail(reminders.error());
  for (int row = 0; row < reminders->rows(); ++row) {
    DueMessage item;
    item.source = DueMessage::Source::kReminder;
    item.row_id = reminders->Int(row, 0);
    item.reminder_kind = ReminderKindOf(reminders->Value(row, 1));
    item.outbound_id = reminders->Value(row, 2);
    item.tenant = reminders->Value(row, 3);
    item.bot = reminders->Value(row, 4);
    item.platform = reminders->Value(row, 5);
    item.conversation_id = reminders->Value(row, 6);
    item.conversation_kind = reminders->Value(row, 7);
    item.channel_id = reminders->Optional(row, 8);
    item.user_id = reminders->Value(row, 9);
    item.language = reminders->Value(row, 10);
    item.timezone = reminders->Value(row, 11);
    item.title = reminders->Value(row, 12);
    item.starts_at = OptionalTime(*reminders, row, 13);
    item.ends_at = OptionalTime(*reminders, row, 14);
    item.due_at = Time(reminders->Value(row, 15));
    item.source_event_id = reminders->Value(row, 16);
    item.source_traceparent = reminders->Value(row, 17);
    due.push_back(std::move(item));
  }
  auto follow_ups = connection.Exec(kClaimFollowUps, {now_text, limit_text});
  if (!follow_ups) return Fail(follow_ups.error());
  for (int row = 0; row < follow_ups->rows(); ++row) {
    DueMessage item;
    item.source = DueMessage::Source::kFollowUp;
    item.row_id = follow_ups->Int(row, 0);
    item.outbound_id = follow_ups->Value(row, 1);
    item.tenant = follow_ups->Value(row, 2);
    item.bot = follow_ups->Value(row, 3);
    item.platform = follow_ups->Value(row, 4);
    item.conversation_id = follow_ups->Value(row, 5);
    item.conversation_kind = follow_ups->Value(row, 6);
    item.channel_id = follow_ups->Optional(row, 7);
    item.user_id = follow_ups->Value(row, 8);
    item.language = follow_ups->Value(row, 9);
    item.urgency = follow_ups->Value(row, 10);
    item.title = follow_ups->Value(row, 11);
    item.due_at = Time(follow_ups->Value(row, 12));
    item.source_event_id = follow_ups->Value(row, 13);
    item.source_traceparent = follow_ups->Value(row, 14);
    due.push_back(std::move(item));
  }
  return due;
}

Result<int> DueStore::CancelMuted(pg::Connection& connection,
                                  std::chrono::system_clock::time_point now) {
  const std::string now_text = FormatRfc3339Utc(now);
  auto reminders = connection.Exec(kCancelMutedReminders, {now_text});
  if (!reminders) return Fail(reminders.error());
  auto follow_ups = connection.Exec(kCancelMutedFollowUps, {now_text});
  if (!follow_ups) return Fail(follow_ups.error());
  return static_cast<int>(reminders->affected_rows() + follow_ups->affected_rows());
}

Status DueStore::MarkSent(pg::Connection& connection, const std::vector<DueMessage>& sent,
                          std::chrono::system_clock::time_point now) {
  const std::string now_text = FormatRfc3339Utc(now);
  const std::string reminders = IdArray(sent, DueMessage::Source::kReminder);
  const std::string follow_ups = IdArray(sent, DueMessage::Source::kFollowUp);
  if (reminders != "{}") {
    if (auto done = connection.Exec(kMarkRemindersSent, {reminders, now_text}); !done) {
      return Fail(done.error());
    }
  }
  if (follow_ups != "{}") {
    if (auto done = connection.Exec(kMarkFollowUpsSent, {follow_ups, now_text}); !done) {
      return Fail(done.error());
    }
  }
  return {};
}

Result<double> DueStore::OldestDueSeconds(pg::Connection& connection,
                                          std::chrono::system_clock::time_point now) {
  auto rows = connection.Exec(kOldestDue, {FormatRfc3339Utc(now)});
  if (!rows) return Fail(rows.error());
  return std::stod(std::string(rows->Value(0, 0)));
}

}  // namespace chatfleet::scheduler
