#pragma once

#include <expected>
#include <optional>
#include <string_view>

#include "ingest/api/api_error.h"

namespace chatfleet::ingest::auth {

/// The token of `Authorization: Bearer <token>` (scheme case-insensitive); nullopt when the
/// header is absent or uses another scheme.
std::optional<std::string_view> BearerToken(std::optional<std::string_view> authorization);

/// WhatsApp: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, keyed with the app
/// secret>`. Absent → 401 missing_signature; malformed or wrong → 403 invalid_signature. The
/// comparison is constant-time.
std::expected<void, ApiError> VerifyHubSignature(std::optional<std::string_view> header,
                                                 std::string_view body,
                                                 std::string_view app_secret);

/// A presented shared secret (Telegram's `X-Telegram-Bot-Api-Secret-Token`, a bearer token)
/// against the SHA-256 hex stored for it: absent → 401 missing_credentials; wrong → 403
/// invalid_credentials. `what` names the header in the message.
std::expected<void, ApiError> VerifySecret(std::optional<std::string_view> presented,
                                           std::string_view expected_sha256, std::string_view what);

}  // namespace chatfleet::ingest::auth
