#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace chatfleet::scheduler {

/// Something the scheduler owes a user now: a meeting reminder (a proactive_sessions row) or
/// a follow-up (a follow_ups row), with what it takes to word and address it.
struct DueMessage {
  enum class Source { kReminder, kFollowUp };
  enum class ReminderKind { kPreparation, kCompletion, kFollowUpGreeting };

  Source source = Source::kReminder;
  std::int64_t row_id = 0;
  ReminderKind reminder_kind = ReminderKind::kPreparation;  // reminders only
  std::string outbound_id;                                  // stable across re-sends
  std::string tenant;
  std::string bot;
  std::string platform;  // discord | telegram | whatsapp | web
  std::string conversation_id;
  std::string conversation_kind;  // direct | group
  std::optional<std::string> channel_id;
  std::string user_id;
  std::string language;
  std::string timezone;
  std::string title;    // meeting title (reminders) or subject (follow-ups)
  std::string urgency;  // follow-ups only
  std::optional<std::chrono::system_clock::time_point> starts_at;  // reminders only
  std::optional<std::chrono::system_clock::time_point> ends_at;
  std::chrono::system_clock::time_point due_at;
  std::string source_event_id;
  std::string source_traceparent;
};

}  // namespace chatfleet::scheduler
