#pragma once

#include <cstdint>
#include <string>

#include "workers/conversation/conversation_key.h"

namespace chatfleet::workers {

/// A stored person's message to embed.
struct EmbeddingJob {
  /// 0: the row is found by `conversation` and `platform_message_id` (an edit).
  std::int64_t history_id = 0;
  ConversationKey conversation;
  /// Stored only while the row still holds this text: a vector never describes an older edit.
  std::string text;
  std::string platform_message_id;
};

}  // namespace chatfleet::workers
