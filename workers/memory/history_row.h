#pragma once

#include <optional>
#include <string>

#include "chatfleet/v1/chat_event.pb.h"
#include "workers/conversation/conversation_key.h"
#include "workers/memory/history_renderer.h"

namespace chatfleet::workers {

/// One `chat_history` row, as text columns for COPY. Pure mapping from a ChatEvent.
struct HistoryRow {
  std::string event_id;
  std::string tenant;
  std::string bot;
  std::string platform;  // discord | telegram | whatsapp | web
  std::string conversation_id;
  std::string conversation_kind;          // direct | group
  std::optional<std::string> channel_id;  // NULL for direct messages
  std::string user_id;
  std::optional<std::string> user_name;  // NULL for the bot's own messages
  std::string role;                      // user | assistant | system
  std::string content;
  std::string source;  // text | voice
  std::string platform_message_id;
  std::optional<std::string> reply_to_message_id;
  std::string sent_at;      // RFC 3339
  std::string received_at;  // RFC 3339
  std::string trace_id;
  /// RFC 3339 time of the edit when the event edits an earlier message, else NULL.
  std::optional<std::string> edited_at;
  /// Resolved language (en, ru, es, pt, he): picks the row's text-search configuration.
  std::optional<std::string> language;
  /// Whether contextual recall may look for this row by its words (the recall stage was on for
  /// it): only then does the writer compute its full-text vector, the costliest part of a row.
  bool searchable = false;
};

/// The sender's display name is kept exactly as given for people; the bot's own messages
/// (role assistant, or a sender flagged is_bot) carry none, so renders never mistake them for
/// a person.
HistoryRow ToHistoryRow(const v1::ChatEvent& event, const std::string& trace_id);

/// The row as MemoryStore::LoadHistory reads it back once stored with `id` (sent_at to the
/// second, as PostgreSQL's to_char gives it after rounding to microseconds).
StoredMessage ToStoredMessage(const HistoryRow& row, const google::protobuf::Timestamp& sent_at,
                              std::int64_t id);

}  // namespace chatfleet::workers
