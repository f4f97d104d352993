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
/// bytes are spliced from the encoded parts. A message's wire form is its fields' records one
/// after the other, in field-number order as protobuf writes them, so the result is byte for
/// byte AssembleContext(parts, now).SerializeAsString(). Keys on the batch's stored messages'
/// addresses: one encoder per batch.
class ContextEncoder {
 public:
  std::string Encode(const ContextParts& parts, std::chrono::system_clock::time_point now);

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

  /// Field 12's record of each entry: tag, length and the entry.
  std::unordered_map<EntryKey, std::string, EntryHash> entries_;
  /// Reused for every context: their buffers stay allocated.
  v1::ConversationContext head_, tail_, entry_;
  std::vector<const std::string*> spliced_;
};

}  // namespace chatfleet::workers
