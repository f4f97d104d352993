#include "workers/delivery/platform_api.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace chatfleet::delivery {
namespace {

namespace json = boost::json;
using std::chrono::milliseconds;

v1::OutboundMessage Message(v1::Platform platform, const std::string& conversation,
                            const std::string& channel = "") {
  v1::OutboundMessage message;
  message.set_id("followup-e1");
  message.set_tenant("clinic");
  message.set_bot("elena");
  message.set_platform(platform);
  message.mutable_conversation()->set_id(conversation);
  message.mutable_conversation()->set_channel_id(channel);
  message.set_user_id("555");
  message.set_text("Напоминание: встреча в 15:00 🎉");
  return message;
}

http::ClientRequest Build(const v1::OutboundMessage& message) {
  const auto target = TargetOf(message);
  EXPECT_TRUE(target.has_value());
  return BuildSendRequest(message, *target, {"inst", "TOKEN"},
                          {"http://tg", "http://wa/v21.0", "http://dc/api/v10"});
}

std::string HeaderOf(const http::ClientRequest& request, const std::string& name) {
  for (const auto& [key, value] : request.headers)
    if (key == name) return value;
  return "";
}

http::ClientResponse Answer(int status, std::string body, trace::HeaderList headers = {}) {
  return {status, std::move(body), std::move(headers)};
}

TEST(PlatformApiTest, TelegramSendMessageWithNumericChatIdAndReplyParameters) {
  auto message = Message(v1::PLATFORM_TELEGRAM, "-1001234567890123");
  message.set_reply_to_message_id("77");
  const auto request = Build(message);
  EXPECT_EQ(request.method, "POST");
  EXPECT_EQ(request.url, "http://tg/botTOKEN/sendMessage");
  EXPECT_EQ(HeaderOf(request, "Content-Type"), "application/json");
  const auto body = json::parse(request.body).as_object();
  EXPECT_EQ(body.at("chat_id").as_int64(), -1001234567890123);  // exact, not via a double
  EXPECT_EQ(body.at("text").as_string(), message.text());
  EXPECT_EQ(body.at("reply_parameters").at("message_id").as_int64(), 77);
  EXPECT_TRUE(body.at("reply_parameters").at("allow_sending_without_reply").as_bool());
}

TEST(PlatformApiTest, TelegramWithoutReplyHasNoReplyParameters) {
  const auto body = json::parse(Build(Message(v1::PLATFORM_TELEGRAM, "42")).body).as_object();
  EXPECT_FALSE(body.contains("reply_parameters"));
}

TEST(PlatformApiTest, WhatsAppCloudApiTextMessageToTheConversationsRecipient) {
  auto message = Message(v1::PLATFORM_WHATSAPP, "106540352242922/4915112345678");
  message.set_reply_to_message_id("wamid.HBg");
  const auto target = TargetOf(message);
  ASSERT_TRUE(target);
  EXPECT_EQ(target->instance, "106540352242922");
  const auto request = Build(message);
  EXPECT_EQ(request.url, "http://wa/v21.0/106540352242922/messages");
  EXPECT_EQ(HeaderOf(request, "Authorization"), "Bearer TOKEN");
  const auto body = json::parse(request.body).as_object();
  EXPECT_EQ(body.at("messaging_product").as_string(), "whatsapp");
  EXPECT_EQ(body.at("to").as_string(), "4915112345678");
  EXPECT_EQ(body.at("type").as_string(), "text");
  EXPECT_EQ(body.at("text").at("body").as_string(), message.text());
  EXPECT_EQ(body.at("context").at("message_id").as_string(), "wamid.HBg");
}

TEST(PlatformApiTest, DiscordCreateMessageInTheGuildChannelWithBotAuthorization) {
  auto message = Message(v1::PLATFORM_DISCORD, "guild-1/chan-7", "chan-7");
  message.set_reply_to_message_id("m-1001");
  const auto request = Build(message);
  EXPECT_EQ(request.url, "http://dc/api/v10/channels/chan-7/messages");
  EXPECT_EQ(HeaderOf(request, "Authorization"), "Bot TOKEN");
  const auto body = json::parse(request.body).as_object();
  EXPECT_EQ(body.at("content").as_string(), message.text());
  EXPECT_EQ(body.at("message_reference").at("message_id").as_string(), "m-1001");
  EXPECT_TRUE(body.at("allowed_mentions").at("parse").as_array().empty());
}

TEST(PlatformApiTest, ConversationsWithoutAnAddressArePermanentErrors) {
  EXPECT_FALSE(TargetOf(Message(v1::PLATFORM_WHATSAPP, "4915112345678")));
  EXPECT_FALSE(TargetOf(Message(v1::PLATFORM_DISCORD, "guild-1/chan-7")));
  EXPECT_FALSE(TargetOf(Message(v1::PLATFORM_WEB, "x")));
}

TEST(PlatformApiTest, TelegramAnswers) {
  auto sent = ClassifyAnswer(v1::PLATFORM_TELEGRAM,
                             Answer(200, R"({"ok":true,"result":{"message_id":321,"chat":{}}})"));
  EXPECT_EQ(sent.kind, OutcomeKind::kSent);
  EXPECT_EQ(sent.message_id, "321");
  auto throttled = ClassifyAnswer(
      v1::PLATFORM_TELEGRAM,
      Answer(
          429,
          R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}})"));
  EXPECT_EQ(throttled.kind, OutcomeKind::kThrottled);
  EXPECT_EQ(throttled.retry_after, milliseconds(7000));
  EXPECT_EQ(throttled.scope, ThrottleScope::kChat);
  auto blocked = ClassifyAnswer(
      v1::PLATFORM_TELEGRAM,
      Answer(
          403,
          R"({"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"})"));
  EXPECT_EQ(blocked.kind, OutcomeKind::kPermanent);
  EXPECT_EQ(blocked.reason, "blocked");
  EXPECT_EQ(blocked.detail, "Forbidden: bot was blocked by the user");
  auto unknown = ClassifyAnswer(
      v1::PLATFORM_TELEGRAM,
      Answer(400, R"({"ok":false,"error_code":400,"description":"Bad Request: chat not found"})"));
  EXPECT_EQ(unknown.reason, "unknown_chat");
  auto down = ClassifyAnswer(v1::PLATFORM_TELEGRAM, Answer(502, "<html>Bad Gateway</html>"));
  EXPECT_EQ(down.kind, OutcomeKind::kRetry);
  EXPECT_EQ(down.reason, "http_502");
}

TEST(PlatformApiTest, WhatsAppAnswers) {
  auto sent = ClassifyAnswer(
      v1::PLATFORM_WHATSAPP,
      Answer(
          200,
          R"({"messaging_product":"whatsapp","contacts":[{"input":"49151","wa_id":"49151"}],"messages":[{"id":"wamid.ABC"}]})"));
  EXPECT_EQ(sent.kind, OutcomeKind::kSent);
  EXPECT_EQ(sent.message_id, "wamid.ABC");
  auto window = ClassifyAnswer(
      v1::PLATFORM_WHATSAPP,
      Answer(
          400,
          R"({"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,"error_data":{"messaging_product":"whatsapp","details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."},"fbtrace_id":"A"}})"));
  EXPECT_EQ(window.kind, OutcomeKind::kPermanent);
  EXPECT_EQ(window.reason, "window_closed");
  EXPECT_NE(window.detail.find("24 hours"), std::string::npos);
  auto pair = ClassifyAnswer(
      v1::PLATFORM_WHATSAPP,
      Answer(400, R"({"error":{"message":"(#131056) Pair rate limit hit","code":131056}})"));
  EXPECT_EQ(pair.kind, OutcomeKind::kThrottled);
  EXPECT_EQ(pair.scope, ThrottleScope::kChat);
  auto throughput = ClassifyAnswer(
      v1::PLATFORM_WHATSAPP,
      Answer(429, R"({"error":{"message":"(#130429) Rate limit hit","code":130429}})",
             {{"Retry-After", "3"}}));
  EXPECT_EQ(throughput.kind, OutcomeKind::kThrottled);
  EXPECT_EQ(throughput.scope, ThrottleScope::kBot);
  EXPECT_EQ(throughput.retry_after, milliseconds(3000));
  EXPECT_EQ(ClassifyAnswer(v1::PLATFORM_WHATSAPP, Answer(500, "{}")).kind, OutcomeKind::kRetry);
}

TEST(PlatformApiTest, DiscordAnswersAndRateLimitHeaders) {
  auto sent = ClassifyAnswer(
      v1::PLATFORM_DISCORD,
      Answer(200, R"({"id":"1180000000000000001","channel_id":"chan-7","content":"x"})",
             {{"X-RateLimit-Limit", "5"},
              {"X-RateLimit-Remaining", "0"},
              {"X-RateLimit-Reset-After", "1.25"},
              {"X-RateLimit-Bucket", "abcd"}}));
  EXPECT_EQ(sent.kind, OutcomeKind::kSent);
  EXPECT_EQ(sent.message_id, "1180000000000000001");
  ASSERT_TRUE(sent.route);
  EXPECT_EQ(sent.route->remaining, 0);
  EXPECT_EQ(sent.route->reset_after, milliseconds(1250));
  auto route = ClassifyAnswer(
      v1::PLATFORM_DISCORD,
      Answer(429, R"({"message":"You are being rate limited.","retry_after":0.5,"global":false})",
             {{"Retry-After", "1"}, {"X-RateLimit-Scope", "user"}}));
  EXPECT_EQ(route.kind, OutcomeKind::kThrottled);
  EXPECT_EQ(route.scope, ThrottleScope::kRoute);
  EXPECT_EQ(route.retry_after, milliseconds(500));  // the body's float is the precise one
  auto global = ClassifyAnswer(
      v1::PLATFORM_DISCORD,
      Answer(429, R"({"message":"You are being rate limited.","retry_after":2,"global":true})",
             {{"X-RateLimit-Global", "true"}}));
  EXPECT_EQ(global.scope, ThrottleScope::kBot);
  auto unknown = ClassifyAnswer(v1::PLATFORM_DISCORD,
                                Answer(404, R"({"message":"Unknown Channel","code":10003})"));
  EXPECT_EQ(unknown.reason, "unknown_chat");
  auto blocked = ClassifyAnswer(
      v1::PLATFORM_DISCORD,
      Answer(403, R"({"message":"Cannot send messages to this user","code":50007})"));
  EXPECT_EQ(blocked.reason, "blocked");
}

}  // namespace
}  // namespace chatfleet::delivery
