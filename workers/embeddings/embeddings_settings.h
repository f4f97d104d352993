#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "shared/core/error.h"
#include "workers/embeddings/embedder.h"

namespace chatfleet::workers {

/// The CHATFLEET_EMBEDDINGS_* settings as given, and the recall budget they must fit in.
struct EmbeddingsSettingsText {
  std::string url;
  std::string model;
  std::string api_key;
  std::int64_t timeout_ms = 0;
  std::chrono::milliseconds recall_budget{0};
};

/// The query embedder's settings; nullopt when the URL is empty (recall by words alone). A
/// permanent error naming the setting when the URL is not http(s)://host…, the model is empty,
/// or the timeout is not positive or more than half the recall budget (a query embedding may
/// take at most half of it, so the words always keep the other half).
Result<std::optional<EmbedderSettings>> EmbedderSettingsFrom(const EmbeddingsSettingsText& text);

/// The indexer's requests carry up to a batch of messages and wait for no one: their deadline.
inline constexpr std::chrono::milliseconds kIndexEmbedTimeout{10000};

}  // namespace chatfleet::workers
