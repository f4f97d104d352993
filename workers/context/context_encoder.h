#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "chatfleet/v1/conversation_context.pb.h"
#include "workers/context/context_assembler.h"

namespace chatfleet::workers {

/// Serializes the ConversationContexts of one batch. A burst's contexts repeat most of their
/// history windows, and an entry is the same bytes in every context that shows it from the same
/// side (its author's, or anyone else's): each entry is encoded once per batch and a context's
/// bytes are spliced from the encoded parts. Protobuf's wire form of a message is the
/// concatenation of its fields' in field-number order, so the result is byte for byte
/// AssembleContext(parts, now).SerializeAsString(). Holds pointers to the batch's stored
/// messages: one encoder per batch (or Forget() between batches).
class ContextEncoder {
 public:
  std::string Encode(const ContextParts& parts, std::chrono::system_clock::time_point now);
  /// Drops the encoded entries (their messages are about to go away).
  void Forget() { entries_.clear(); }

 private:
  struct EntryKey {
    const StoredMessage* message;
    bool from_current_user;
    bool prefixed;
    bool operator==(const EntryKey&) const = default;
  };
  struct EntryHash {
    std::size_t operator()(const EntryKey& key) const {
      return std::hash<const void*>{}(key.message) * 4 + key.from_current_user * 2 + key.prefixed;
    }
  };
  const std::string& EncodedEntry(const RenderedMessage& rendered);

  std::unordered_map<EntryKey, std::string, EntryHash>
      entries_;                                  // field 12's tag, length and entry
  v1::ConversationContext head_, tail_, entry_;  // reused: their buffers stay allocated
  std::vector<const std::string*> spliced_;
};

}  // namespace chatfleet::workers
