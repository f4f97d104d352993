#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace chatfleet::ingest::webhooks {

inline constexpr std::string_view kWebhookPrefix = "/v1/webhooks/";

struct WebhookPath {
  std::string platform;
  std::string instance;
};

/// `/v1/webhooks/{platform}/{instance}` → its two segments; nullopt for any other shape (a
/// missing or extra segment, an empty one, characters outside `[A-Za-z0-9._-]`).
std::optional<WebhookPath> ParseWebhookPath(std::string_view path);

/// `a=1&b=x%20y` → {a: "1", b: "x y"} (percent-decoding and `+` as space); the first of a
/// repeated name wins. Malformed escapes are kept as written.
std::map<std::string, std::string, std::less<>> ParseQuery(std::string_view query);

}  // namespace chatfleet::ingest::webhooks
