#pragma once

#include <expected>
#include <string>
#include <vector>

#include "chatfleet/v1/chat_event.pb.h"
#include "ingest/api/api_error.h"

namespace chatfleet::ingest::platforms {

/// Where a webhook's events belong: resolved from the URL's instance, never from the payload,
/// so a payload cannot name another tenant.
struct Route {
  std::string tenant;
  std::string bot;
};

/// One normalized message. `edited`: the platform reports a new text for a message it already
/// delivered (same platform message id), not a new message.
struct PlatformMessage {
  v1::ChatEvent event;
  bool edited = false;
};

struct NormalizeLimits {
  /// Deepest object/array nesting accepted in a webhook body.
  std::size_t max_depth = 32;
};

/// What a normalizer returns: zero or more messages (zero: a valid payload that carries no
/// chat message, e.g. a delivery status; the platform still gets its 200), or a 4xx.
using Normalized = std::expected<std::vector<PlatformMessage>, ApiError>;

}  // namespace chatfleet::ingest::platforms
