#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chatfleet/v1/chat_event.pb.h"

namespace chatfleet::bench {

/// Deterministic synthetic chat traffic for one tenant: event `i` always has the same
/// conversation, sender and text, and a platformMessageId unique within the tenant, so a run
/// can be replayed and every event is stored exactly once.
///
/// Conversations: `conversations` of them (at least 64), one in three direct, the rest group
/// channels with five people each; every fourth message in a conversation is the bot's reply.
/// Texts are 80–150 bytes of English chat with an occasional non-ASCII word.
///
/// Pure and thread-safe (const).
class EventFactory {
 public:
  explicit EventFactory(std::string tenant, int conversations = 96);

  /// The event as a client posts it: no eventId, no receivedAt (ingest sets them).
  v1::ChatEvent Make(std::int64_t index) const;

  /// Canonical JSON (the protobuf JSON mapping), the body of POST /v1/events.
  std::string Json(std::int64_t index) const;

  /// `{"events":[…]}` with events [first, first + count), the body of POST /v1/events:batch.
  std::string BatchJson(std::int64_t first, int count) const;

  /// What ingest publishes: Make(index) plus an event id and received_at = now. Used to size the
  /// raw-broker messages and to fill the database ceiling's rows.
  v1::ChatEvent MakeAccepted(std::int64_t index) const;

  const std::string& tenant() const { return tenant_; }
  int conversations() const { return conversations_; }

 private:
  std::string tenant_;
  int conversations_;
};

/// The platform as chat_history stores it ("discord", …).
std::string StoredPlatform(v1::Platform platform);

/// The Kafka key ingest uses for an event (one conversation → one partition).
std::string KafkaKey(const v1::ChatEvent& event);

}  // namespace chatfleet::bench
