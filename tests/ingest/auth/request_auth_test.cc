// The platforms' credentials checks: Meta's X-Hub-Signature-256, Telegram's shared secret
// (stored hashed) and the API's bearer token.
#include "ingest/auth/request_auth.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "shared/core/crypto.h"

namespace chatfleet::testing {
namespace {

namespace auth = ingest::auth;

TEST(HubSignature, AcceptsTheBodySignedWithTheAppSecret) {
  const std::string body = R"({"object":"whatsapp_business_account"})";
  const std::string header = "sha256=" + crypto::HmacSha256Hex("app-secret", body);
  EXPECT_TRUE(auth::VerifyHubSignature(header, body, "app-secret").has_value());
  std::string upper = header;
  for (std::size_t i = 7; i < upper.size(); ++i)
    upper[i] = static_cast<char>(std::toupper(upper[i]));
  EXPECT_TRUE(auth::VerifyHubSignature(upper, body, "app-secret").has_value());
}

TEST(HubSignature, MissingIs401WrongIs403) {
  const std::string body = "{}";
  EXPECT_EQ(auth::VerifyHubSignature(std::nullopt, body, "s").error().status, 401);
  EXPECT_EQ(auth::VerifyHubSignature("sha256=00", body, "s").error().status, 403);
  EXPECT_EQ(auth::VerifyHubSignature(crypto::HmacSha256Hex("s", body), body, "s").error().status,
            403);  // without the sha256= prefix
  const std::string other_secret = "sha256=" + crypto::HmacSha256Hex("other", body);
  EXPECT_EQ(auth::VerifyHubSignature(other_secret, body, "s").error().code, "invalid_signature");
  const std::string signed_other_body = "sha256=" + crypto::HmacSha256Hex("s", "{ }");
  EXPECT_EQ(auth::VerifyHubSignature(signed_other_body, body, "s").error().status, 403);
}

TEST(SharedSecret, ComparesAgainstTheStoredHash) {
  const std::string stored = crypto::Sha256Hex("telegram-secret");
  EXPECT_TRUE(auth::VerifySecret("telegram-secret", stored, "X").has_value());
  EXPECT_EQ(auth::VerifySecret("telegram-secreT", stored, "X").error().status, 403);
  EXPECT_EQ(auth::VerifySecret(std::nullopt, stored, "X").error().status, 401);
  EXPECT_EQ(auth::VerifySecret("", stored, "X").error().status, 401);
  // An instance stored without a hash accepts nothing, not everything.
  EXPECT_EQ(auth::VerifySecret("anything", "", "X").error().status, 403);
}

TEST(BearerToken, ParsesTheBearerScheme) {
  EXPECT_EQ(auth::BearerToken("Bearer abc"), "abc");
  EXPECT_EQ(auth::BearerToken("bearer   abc "), "abc");
  EXPECT_EQ(auth::BearerToken("Basic abc"), std::nullopt);
  EXPECT_EQ(auth::BearerToken(std::nullopt), std::nullopt);
}

}  // namespace
}  // namespace chatfleet::testing
