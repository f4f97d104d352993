#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

#include "chatfleet/v1/chat_event.pb.h"

namespace chatfleet::events {

/// What is wrong with an event: a stable code, a message for a human, and the JSON path of
/// the field as a client writes it (`sender.userId`).
struct FieldError {
  std::string code;
  std::string message;
  std::string field;
};

struct ValidationLimits {
  std::size_t max_id_bytes = 128;
  std::size_t max_conversation_id_bytes = 256;
  std::size_t max_display_name_bytes = 256;
  std::size_t max_text_bytes = 32 * 1024;
};

/// Checks one decoded event: required fields, enum values, lengths, UTF-8, no NUL characters
/// (PostgreSQL text cannot hold them), and consistency (a group needs a channel, a direct
/// conversation has none). Returns the first problem. Pure; ingest answers it with a 422 and
/// workers dead-letter it, so both sides of the topic hold events to one rule.
std::optional<FieldError> Validate(const v1::ChatEvent& event, const ValidationLimits& limits);

/// Fills what ingest owns: a fresh event id when the client sent none, `received_at`,
/// `sent_at` (= received_at when absent) and the default source (text).
void Complete(v1::ChatEvent& event, std::chrono::system_clock::time_point now);

/// A random UUID (version 4), for event ids.
std::string NewEventId();

}  // namespace chatfleet::events
