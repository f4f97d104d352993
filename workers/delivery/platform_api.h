#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "chatfleet/v1/outbound_message.pb.h"
#include "shared/http/http_client.h"

namespace chatfleet::delivery {

/// The base URLs of the platforms' send APIs (CHATFLEET_*_API_URL), without a trailing slash.
struct ApiUrls {
  std::string telegram = "https://api.telegram.org";
  std::string whatsapp = "https://graph.facebook.com/v21.0";
  std::string discord = "https://discord.com/api/v10";
};

/// The instance a message is sent as, with its send credential (never logged).
struct SendCredentials {
  std::string instance;
  std::string token;
};

/// The platform's own address of the conversation: Telegram's chat id, WhatsApp's recipient
/// wa_id (and the phone number id it is sent from), Discord's channel id.
struct PlatformTarget {
  std::string instance;  ///< WhatsApp: the phone number id from the conversation id
  std::string chat;
};

/// Where `message` goes on its platform; permanent error when the conversation cannot be
/// addressed there (a WhatsApp conversation id without `<phone number id>/<wa_id>`).
Result<PlatformTarget> TargetOf(const v1::OutboundMessage& message);

/// The documented send request: Telegram `POST /bot<token>/sendMessage` (chat_id, text,
/// reply_parameters), WhatsApp `POST /<phone number id>/messages` (messaging_product, to, type
/// text, context), Discord `POST /channels/<id>/messages` (content, message_reference,
/// `Authorization: Bot <token>`). Pure.
http::ClientRequest BuildSendRequest(const v1::OutboundMessage& message,
                                     const PlatformTarget& target,
                                     const SendCredentials& credentials, const ApiUrls& urls);

enum class OutcomeKind {
  kSent,       ///< the platform took it; message_id is its id
  kThrottled,  ///< 429 (or the platform's rate-limit error): retry after retry_after
  kRetry,      ///< 5xx, transport failure: retry with backoff
  kPermanent,  ///< will never succeed: record `reason`, dead-letter
};

/// Who a throttle applies to: only this conversation, the Discord route, or the whole bot.
enum class ThrottleScope { kChat, kRoute, kBot };

struct RouteBucket {
  int remaining = 0;
  std::chrono::milliseconds reset_after{0};
};

struct SendOutcome {
  OutcomeKind kind = OutcomeKind::kRetry;
  std::string message_id;
  std::chrono::milliseconds retry_after{0};
  ThrottleScope scope = ThrottleScope::kChat;
  /// A short stable reason for metrics and the delivery row (`blocked`, `unknown_chat`,
  /// `window_closed`, `rejected`, `unauthorized`, `http_503` …).
  std::string reason;
  /// The platform's own description, for the row and the dead letter (no credentials in it).
  std::string detail;
  /// Discord: the route's bucket from the X-RateLimit-* headers of any answer.
  std::optional<RouteBucket> route;
};

/// Classifies the platform's answer as each API documents it: Telegram's `ok`/`error_code`/
/// `parameters.retry_after`, WhatsApp's `messages[0].id` / `error.code` (131047: the 24-hour
/// window closed; 131056: pair rate limit; 130429: throughput), Discord's message `id`, 429
/// `retry_after` / `global` and X-RateLimit-* headers. Pure.
SendOutcome ClassifyAnswer(v1::Platform platform, const http::ClientResponse& answer);

}  // namespace chatfleet::delivery
