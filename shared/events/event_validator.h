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

/// Platform ids are opaque and of no documented length: WhatsApp's `wamid.` ids are base64 of
/// 60 to 100+ characters and grow with the phone number and the message kind. The limits are
/// far above any real id and exist only so one field cannot fill a row; they also keep
/// chat_history's unique key (tenant + bot + platform + conversation + message id) well under
/// PostgreSQL's b-tree entry limit (2 704 bytes).
inline constexpr std::size_t kMaxIdBytes = 512;
inline constexpr std::size_t kMaxConversationIdBytes = 1024;
/// Tenants and bots are names operators choose (the tenants table allows 128 characters).
inline constexpr std::size_t kMaxTenantBytes = 128;

struct ValidationLimits {
  std::size_t max_tenant_bytes = kMaxTenantBytes;
  std::size_t max_id_bytes = kMaxIdBytes;
  std::size_t max_conversation_id_bytes = kMaxConversationIdBytes;
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
