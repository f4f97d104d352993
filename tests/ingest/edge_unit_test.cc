// Pure pieces of the platform edge: credentials checks, secret lookup, abuse limits, webhook
// paths and prefix routing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "ingest/auth/request_auth.h"
#include "ingest/limits/json_depth.h"
#include "ingest/limits/rate_limiter.h"
#include "ingest/webhooks/webhook_path.h"
#include "shared/core/crypto.h"
#include "shared/http/server.h"
#include "shared/tenants/secret_source.h"

namespace chatfleet::testing {
namespace {

namespace auth = ingest::auth;
namespace limits = ingest::limits;

TEST(Crypto, HmacSha256MatchesRfc4231TestCase2) {
  EXPECT_EQ(crypto::HmacSha256Hex("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(Crypto, Sha256OfAbc) {
  EXPECT_EQ(crypto::Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Crypto, ConstantTimeEqualsComparesWholeStrings) {
  EXPECT_TRUE(crypto::ConstantTimeEquals("abc", "abc"));
  EXPECT_FALSE(crypto::ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(crypto::ConstantTimeEquals("abc", "abcd"));
  EXPECT_TRUE(crypto::ConstantTimeEquals("", ""));
}

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

TEST(Secrets, EnvironmentFirstThenFileNeverOutsideTheDirectory) {
  const std::string dir = "/tmp/chatfleet_secrets_test_" + std::to_string(::getpid());
  std::system(("mkdir -p " + dir).c_str());
  std::ofstream(dir + "/wa-demo") << "from-file\n";
  std::ofstream(dir + "/../chatfleet_secrets_escape") << "outside\n";
  const config::EnvLookup env = [](const std::string& name) -> std::optional<std::string> {
    if (name == "CHATFLEET_SECRET_WA_ENV") return "from-env";
    return std::nullopt;
  };
  const auto resolve = tenants::EnvironmentAndFileSecrets(env, dir);
  EXPECT_EQ(resolve("wa-env"), "from-env");
  EXPECT_EQ(resolve("wa-demo"), "from-file");
  EXPECT_EQ(resolve("../chatfleet_secrets_escape"), std::nullopt);
  EXPECT_EQ(resolve(".hidden"), std::nullopt);
  EXPECT_EQ(resolve("absent"), std::nullopt);
  EXPECT_EQ(tenants::SecretEnvName("whatsapp-demo.1"), "CHATFLEET_SECRET_WHATSAPP_DEMO_1");
  std::system(("rm -rf " + dir + " /tmp/chatfleet_secrets_escape").c_str());
}

TEST(RateLimiter, TokenBucketRefusesOverBurstAndRefillsWithTime) {
  limits::RateLimiter limiter;
  const limits::BucketPolicy policy{10, 20};  // 10 events/s, bursts of 20
  const auto t0 = limits::RateLimiter::Clock::time_point{} + std::chrono::hours(1);
  EXPECT_EQ(limiter.Acquire("a", 20, policy, t0), std::nullopt);
  const auto wait = limiter.Acquire("a", 5, policy, t0);
  ASSERT_TRUE(wait.has_value());
  EXPECT_EQ(*wait, 1);  // 5 events at 10/s: half a second, rounded up to Retry-After: 1
  EXPECT_EQ(limiter.Acquire("b", 20, policy, t0), std::nullopt) << "buckets are per tenant";
  EXPECT_EQ(limiter.Acquire("a", 5, policy, t0 + std::chrono::milliseconds(500)), std::nullopt);
  EXPECT_TRUE(limiter.Acquire("a", 1, policy, t0 + std::chrono::milliseconds(500)).has_value());
}

// A request larger than the burst is told how long a full refill takes, not "never".
TEST(RateLimiter, RequestLargerThanBurstGetsAFiniteRetryAfter) {
  limits::RateLimiter limiter;
  const limits::BucketPolicy policy{10, 20};
  const auto t0 = limits::RateLimiter::Clock::time_point{} + std::chrono::hours(1);
  ASSERT_EQ(limiter.Acquire("c", 20, policy, t0), std::nullopt);
  const auto wait = limiter.Acquire("c", 100, policy, t0);
  ASSERT_TRUE(wait.has_value());
  EXPECT_EQ(*wait, 2);
}

TEST(JsonDepth, CountsBracketsOutsideStrings) {
  EXPECT_FALSE(limits::JsonNestingExceeds(R"({"a": {"b": [1, 2]}})", 3));
  EXPECT_TRUE(limits::JsonNestingExceeds(R"({"a": {"b": [[1]]}})", 3));
  EXPECT_FALSE(limits::JsonNestingExceeds(R"({"a": "[[[[[[\"[[[["})", 1));
  EXPECT_TRUE(limits::JsonNestingExceeds(std::string(10000, '['), 32));
}

TEST(WebhookPath, ParsesPlatformAndInstance) {
  using ingest::webhooks::ParseWebhookPath;
  const auto path = ParseWebhookPath("/v1/webhooks/telegram/clinic-bot_1");
  ASSERT_TRUE(path.has_value());
  EXPECT_EQ(path->platform, "telegram");
  EXPECT_EQ(path->instance, "clinic-bot_1");
  EXPECT_FALSE(ParseWebhookPath("/v1/webhooks/telegram").has_value());
  EXPECT_FALSE(ParseWebhookPath("/v1/webhooks/telegram/").has_value());
  EXPECT_FALSE(ParseWebhookPath("/v1/webhooks/telegram/a/b").has_value());
  EXPECT_FALSE(ParseWebhookPath("/v1/webhooks/telegram/..").has_value());
  EXPECT_FALSE(ParseWebhookPath("/v1/webhooks/telegram/a%2Fb").has_value());
}

TEST(WebhookPath, ParsesTheVerificationQuery) {
  const auto query =
      ingest::webhooks::ParseQuery("hub.mode=subscribe&hub.verify_token=a%20b+c&hub.challenge=12");
  EXPECT_EQ(query.at("hub.mode"), "subscribe");
  EXPECT_EQ(query.at("hub.verify_token"), "a b c");
  EXPECT_EQ(query.at("hub.challenge"), "12");
  EXPECT_EQ(ingest::webhooks::ParseQuery("a=%zz&b=%4").at("a"), "%zz");
}

TEST(RouterPrefix, ExactRoutesWinAndPrefixRoutesTakeTheRest) {
  http::Router router;
  std::string hit;
  router.AddPrefix("POST", "/v1/webhooks/",
                   [&](http::Request&&, http::Responder) { hit = "prefix"; });
  router.Add("POST", "/v1/webhooks/exact",
             [&](http::Request&&, http::Responder) { hit = "exact"; });
  http::Response answer;
  const http::Responder capture = [&](http::Response r) { answer = std::move(r); };
  http::Request request;
  request.method = "POST";
  request.path = "/v1/webhooks/exact";
  router.Dispatch(http::Request(request), capture);
  EXPECT_EQ(hit, "exact");
  request.path = "/v1/webhooks/telegram/x";
  router.Dispatch(http::Request(request), capture);
  EXPECT_EQ(hit, "prefix");
  request.path = "/v1/other";
  router.Dispatch(http::Request(request), capture);
  EXPECT_EQ(answer.status, 404);
  request.method = "DELETE";
  request.path = "/v1/webhooks/telegram/x";
  router.Dispatch(http::Request(request), capture);
  EXPECT_EQ(answer.status, 405);
}

}  // namespace
}  // namespace chatfleet::testing
