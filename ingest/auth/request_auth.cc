#include "ingest/auth/request_auth.h"

#include <cctype>
#include <string>

#include "shared/core/crypto.h"

namespace chatfleet::ingest::auth {
namespace {

bool StartsWithIgnoreCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

std::string Lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::optional<std::string_view> BearerToken(std::optional<std::string_view> authorization) {
  if (!authorization || !StartsWithIgnoreCase(*authorization, "bearer ")) return std::nullopt;
  std::string_view token = authorization->substr(7);
  while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
  while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
  return token;
}

std::expected<void, ApiError> VerifyHubSignature(std::optional<std::string_view> header,
                                                 std::string_view body,
                                                 std::string_view app_secret) {
  if (!header || header->empty()) {
    return std::unexpected(
        ApiError{401, "missing_signature", "the X-Hub-Signature-256 header is required", ""});
  }
  constexpr std::string_view kPrefix = "sha256=";
  const std::string expected = crypto::HmacSha256Hex(app_secret, body);
  // Hex digits may arrive in either case; the length check inside is not secret.
  const bool well_formed = StartsWithIgnoreCase(*header, kPrefix);
  const std::string presented = well_formed ? Lowercase(header->substr(kPrefix.size())) : "";
  if (!well_formed || !crypto::ConstantTimeEquals(presented, expected)) {
    return std::unexpected(
        ApiError{403, "invalid_signature", "X-Hub-Signature-256 does not match the body", ""});
  }
  return {};
}

std::expected<void, ApiError> VerifySecret(std::optional<std::string_view> presented,
                                           std::string_view expected_sha256,
                                           std::string_view what) {
  if (!presented || presented->empty()) {
    return std::unexpected(
        ApiError{401, "missing_credentials", std::string(what) + " is required", ""});
  }
  // Hashing first makes both sides fixed-length, so the compare leaks not even the length.
  if (expected_sha256.empty() ||
      !crypto::ConstantTimeEquals(crypto::Sha256Hex(*presented), expected_sha256)) {
    return std::unexpected(
        ApiError{403, "invalid_credentials", std::string(what) + " is not valid", ""});
  }
  return {};
}

}  // namespace chatfleet::ingest::auth
