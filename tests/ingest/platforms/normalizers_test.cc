// The three platform normalizers against realistic payloads written from the platforms' public
// documentation (tests/data/platforms/), and against broken input.
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include "ingest/platforms/discord_normalizer.h"
#include "ingest/platforms/telegram_normalizer.h"
#include "ingest/platforms/whatsapp_normalizer.h"
#include "shared/events/event_validator.h"
#include "tests/ingest/platform_cases.h"

namespace chatfleet::testing {
namespace {

using ingest::platforms::Normalized;
using ingest::platforms::Route;
using Normalizer = Normalized (*)(std::string_view, const Route&,
                                  const ingest::platforms::NormalizeLimits&);

const Route kRoute{"acme", "elena"};

void ExpectCasesMatch(const std::string& platform, Normalizer normalize) {
  const auto cases = LoadPlatformCases(platform);
  ASSERT_GE(cases.size(), 5u);
  for (const auto& c : cases) {
    SCOPED_TRACE(c.file);
    const Normalized result = normalize(c.body, kRoute, {});
    ASSERT_TRUE(result.has_value()) << result.error().code << ": " << result.error().message;
    ASSERT_EQ(result->size(), c.events.size());
    for (std::size_t i = 0; i < c.events.size(); ++i) {
      v1::ChatEvent expected = c.events[i];
      expected.set_tenant(kRoute.tenant);
      expected.set_bot(kRoute.bot);
      std::string diff;
      google::protobuf::util::MessageDifferencer differencer;
      differencer.ReportDifferencesToString(&diff);
      EXPECT_TRUE(differencer.Compare(expected, (*result)[i].event)) << diff;
      EXPECT_EQ((*result)[i].edited, c.edited[i]);
    }
  }
}

TEST(TelegramNormalizer, DocumentedPayloads) {
  ExpectCasesMatch("telegram", &ingest::platforms::NormalizeTelegram);
}
TEST(WhatsAppNormalizer, DocumentedPayloads) {
  ExpectCasesMatch("whatsapp", &ingest::platforms::NormalizeWhatsApp);
}
TEST(DiscordNormalizer, DocumentedPayloads) {
  ExpectCasesMatch("discord", &ingest::platforms::NormalizeDiscord);
}

struct BadInput {
  const char* name;
  Normalizer normalize;
  std::string body;
  int status;
  const char* code;
  const char* field;
};

void PrintTo(const BadInput& input, std::ostream* out) { *out << input.name; }

class NormalizerRejects : public ::testing::TestWithParam<BadInput> {};

TEST_P(NormalizerRejects, WithSpecificError) {
  const BadInput& bad = GetParam();
  const Normalized result = bad.normalize(bad.body, kRoute, {});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().status, bad.status);
  EXPECT_EQ(result.error().code, bad.code) << result.error().message;
  EXPECT_EQ(result.error().field, bad.field);
}

const std::string kDeep = std::string(100, '[') + std::string(100, ']');

INSTANTIATE_TEST_SUITE_P(
    Inputs, NormalizerRejects,
    ::testing::Values(
        BadInput{"TruncatedJson", &ingest::platforms::NormalizeTelegram,
                 R"({"update_id": 1, "message": {"message_id": 1,)", 400, "malformed_json", ""},
        BadInput{"TopLevelArray", &ingest::platforms::NormalizeWhatsApp, "[{\"object\":1}]", 400,
                 "malformed_json", ""},
        BadInput{"InvalidUtf8", &ingest::platforms::NormalizeDiscord, "{\"content\": \"\xff\xfe\"}",
                 400, "invalid_utf8", ""},
        BadInput{"TooDeep", &ingest::platforms::NormalizeDiscord, "{\"d\":" + kDeep + "}", 400,
                 "too_deep", ""},
        BadInput{"TelegramMissingChatId", &ingest::platforms::NormalizeTelegram,
                 R"({"update_id": 1, "message": {"message_id": 1, "date": 1, "text": "x",
                     "from": {"id": 5, "first_name": "A"}, "chat": {"type": "private"}}})",
                 422, "missing_field", "message.chat.id"},
        BadInput{"TelegramWrongTypeMessageId", &ingest::platforms::NormalizeTelegram,
                 R"({"update_id": 1, "message": {"message_id": {"x": 1}, "date": 1, "text": "x",
                     "from": {"id": 5, "first_name": "A"}, "chat": {"id": 5, "type": "private"}}})",
                 422, "invalid_value", "message.message_id"},
        BadInput{"TelegramFractionalId", &ingest::platforms::NormalizeTelegram,
                 R"({"update_id": 1, "message": {"message_id": 1, "date": 1, "text": "x",
                     "from": {"id": 5.5, "first_name": "A"}, "chat": {"id": 5, "type": "private"}}})",
                 422, "invalid_value", "message.from.id"},
        BadInput{"WhatsAppWrongObject", &ingest::platforms::NormalizeWhatsApp,
                 R"({"object": "page", "entry": []})", 422, "invalid_value", "object"},
        BadInput{
            "WhatsAppMissingMessageId", &ingest::platforms::NormalizeWhatsApp,
            R"({"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages",
                     "value": {"metadata": {"phone_number_id": "1"}, "messages": [{"from": "2",
                     "timestamp": "1", "type": "text", "text": {"body": "x"}}]}}]}]})",
            422, "missing_field", "entry[0].changes[0].value.messages[0].id"},
        BadInput{"DiscordWrongTypeContent", &ingest::platforms::NormalizeDiscord,
                 R"({"id": "1", "channel_id": "2", "author": {"id": "3"}, "content": 5,
                     "timestamp": "2025-11-22T10:00:00Z"})",
                 422, "invalid_value", "content"},
        BadInput{"DiscordBadTimestamp", &ingest::platforms::NormalizeDiscord,
                 R"({"id": "1", "channel_id": "2", "author": {"id": "3"}, "content": "x",
                     "timestamp": "yesterday"})",
                 422, "invalid_value", "timestamp"}),
    [](const ::testing::TestParamInfo<BadInput>& info) { return std::string(info.param.name); });

TEST(DiscordNormalizer, ReplySenderIsTheAuthorNeverTheRepliedToAuthor) {
  const auto cases = LoadPlatformCases("discord");
  const auto reply = std::find_if(cases.begin(), cases.end(),
                                  [](const PlatformCase& c) { return c.file.starts_with("03_"); });
  ASSERT_NE(reply, cases.end());
  const auto result = ingest::platforms::NormalizeDiscord(reply->body, kRoute, {});
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(result->at(0).event.sender().user_id(), "323456789012345678");
  EXPECT_EQ(result->at(0).event.reply_to_message_id(), "1441900000000000001");
}

TEST(TelegramNormalizer, KeepsIdsAbove2To53Exact) {
  const auto result = ingest::platforms::NormalizeTelegram(
      R"({"update_id": 1, "message": {"message_id": 9223372036854775807, "date": 1, "text": "x",
          "from": {"id": 9007199254740993, "first_name": "A"},
          "chat": {"id": -9223372036854775808, "type": "group"}}})",
      kRoute, {});
  ASSERT_TRUE(result.has_value()) << result.error().message;
  EXPECT_EQ(result->at(0).event.platform_message_id(), "9223372036854775807");
  EXPECT_EQ(result->at(0).event.sender().user_id(), "9007199254740993");
  EXPECT_EQ(result->at(0).event.conversation().id(), "-9223372036854775808");
}

// Platform ids have no documented length (WhatsApp's base64 `wamid.` ids run past 100
// characters): every adapter takes any id up to the validator's bound and names the field of
// one over it.
std::string WhatsAppText(const std::string& id, const std::string& reply_to) {
  return R"({"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages",
      "value": {"metadata": {"phone_number_id": "106540352242922"}, "messages": [{"from": "2",
      "context": {"id": ")" +
         reply_to + R"("}, "id": ")" + id + R"(", "timestamp": "1", "type": "text",
      "text": {"body": "x"}}]}}]}]})";
}
std::string DiscordMessage(const std::string& id, const std::string& channel) {
  return R"({"id": ")" + id + R"(", "channel_id": ")" + channel +
         R"(", "author": {"id": "3", "username": "u"}, "content": "x",
         "timestamp": "2025-11-22T10:00:00Z"})";
}
std::string TelegramMessage(const std::string& chat) {
  return R"({"update_id": 1, "message": {"message_id": 7, "date": 1, "text": "x",
      "from": {"id": 5, "first_name": "A"}, "chat": {"id": ")" +
         chat + R"(", "type": "private"}}})";
}

TEST(NormalizerIds, EveryAdapterTakesIdsUpToTheBoundAndNamesTheFieldPastIt) {
  const std::string at_bound = "wamid." + std::string(events::kMaxIdBytes - 6, 'A');
  const std::string past_bound = at_bound + "=";
  const auto whatsapp = ingest::platforms::NormalizeWhatsApp(
      WhatsAppText(at_bound, at_bound.substr(0, 200)), kRoute, {});
  ASSERT_TRUE(whatsapp.has_value()) << whatsapp.error().message;
  EXPECT_EQ(whatsapp->at(0).event.platform_message_id(), at_bound);
  EXPECT_EQ(whatsapp->at(0).event.reply_to_message_id(), at_bound.substr(0, 200));
  const auto discord =
      ingest::platforms::NormalizeDiscord(DiscordMessage(at_bound, at_bound), kRoute, {});
  ASSERT_TRUE(discord.has_value()) << discord.error().message;
  EXPECT_EQ(discord->at(0).event.conversation().id(), at_bound);
  const std::string long_chat(events::kMaxIdBytes, '9');
  const auto telegram =
      ingest::platforms::NormalizeTelegram(TelegramMessage(long_chat), kRoute, {});
  ASSERT_TRUE(telegram.has_value()) << telegram.error().message;
  EXPECT_EQ(telegram->at(0).event.conversation().id(), long_chat);

  struct Past {
    ingest::platforms::Normalized result;
    const char* field;
  };
  const Past past[] = {
      {ingest::platforms::NormalizeWhatsApp(WhatsAppText(past_bound, "wamid.X"), kRoute, {}),
       "entry[0].changes[0].value.messages[0].id"},
      {ingest::platforms::NormalizeWhatsApp(WhatsAppText("wamid.X", past_bound), kRoute, {}),
       "entry[0].changes[0].value.messages[0].context.id"},
      {ingest::platforms::NormalizeDiscord(DiscordMessage("1", past_bound), kRoute, {}),
       "channel_id"},
      {ingest::platforms::NormalizeTelegram(TelegramMessage(long_chat + "9"), kRoute, {}),
       "message.chat.id"},
  };
  for (const auto& [result, field] : past) {
    SCOPED_TRACE(field);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().status, 422);
    EXPECT_EQ(result.error().code, "too_long");
    EXPECT_EQ(result.error().field, field);
  }
}

TEST(NormalizerRoute, TenantComesFromTheRouteNotThePayload) {
  // A payload that names a tenant cannot move the event into it.
  const auto result = ingest::platforms::NormalizeDiscord(
      R"({"id": "1", "channel_id": "2", "author": {"id": "3", "username": "u"}, "content": "x",
          "tenant": "victim", "timestamp": "2025-11-22T10:00:00Z"})",
      kRoute, {});
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(result->at(0).event.tenant(), "acme");
}

}  // namespace
}  // namespace chatfleet::testing
