// Webhook paths (/v1/webhooks/<platform>/<instance>) and the verification query.
#include "ingest/webhooks/webhook_path.h"

#include <gtest/gtest.h>

namespace chatfleet::testing {
namespace {

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

}  // namespace
}  // namespace chatfleet::testing
