#pragma once

#include <string>
#include <string_view>

namespace chatfleet::crypto {

/// SHA-256 of `data` as 64 lowercase hex digits: how shared secrets are stored (the tenants
/// table never holds a token a platform or client presents, only its hash).
std::string Sha256Hex(std::string_view data);

/// HMAC-SHA256 of `data` with `key`, as 64 lowercase hex digits (WhatsApp's
/// `X-Hub-Signature-256: sha256=<hex>`).
std::string HmacSha256Hex(std::string_view key, std::string_view data);

/// Compares in time that depends only on the lengths, never on where the inputs differ, so a
/// client cannot guess a signature byte by byte from response times.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

/// `bytes` random bytes from OpenSSL's CSPRNG as lowercase hex; throws if the CSPRNG fails.
std::string RandomHex(std::size_t bytes);

}  // namespace chatfleet::crypto
