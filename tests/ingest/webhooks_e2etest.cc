// The platform edge end to end: documented Telegram, WhatsApp and Discord payloads posted over
// HTTP (curl) to the real ingest binary, which routes them through tenants registered with the
// real chatfleet-tenants command in PostgreSQL; what reaches the broker is read back over the
// Kafka protocol and compared field by field.
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "chatfleet/v1/chat_event.pb.h"
#include "shared/core/crypto.h"
#include "shared/tenants/secret_source.h"
#include "tests/ingest/platform_cases.h"
#include "tests/support/fleet.h"
#include "tests/support/kafka_topic.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {
namespace {

constexpr char kTelegramSecret[] = "tg-secret-Token_1";
constexpr char kAppSecret[] = "whatsapp-app-secret";
constexpr char kVerifyToken[] = "verify-me";
constexpr char kRelayToken[] = "discord-relay-token";
constexpr char kClinicApiToken[] = "clinic-api-token";
constexpr char kGamersApiToken[] = "gamers-api-token";
constexpr char kGamersRelayToken[] = "gamers-relay-token";

std::string Signature(const std::string& body) {
  return "X-Hub-Signature-256: sha256=" + crypto::HmacSha256Hex(kAppSecret, body);
}

std::string CanonicalEvent(const std::string& tenant, const std::string& message_id) {
  return R"({"tenant": ")" + tenant + R"(", "bot": "elena", "platform": "PLATFORM_WEB",
    "conversation": {"id": "web-1", "kind": "CONVERSATION_KIND_DIRECT"},
    "sender": {"userId": "u-1"}, "role": "ROLE_USER", "text": "hi",
    "platformMessageId": ")" +
         message_id + R"("})";
}

class WebhooksTest : public ::testing::Test {
 protected:
  WebhooksTest() : secret_ref_(UniqueName("wa")), fleet_(schema_, 1) {
    schema_.Migrate();
    Register({"add", "--tenant=clinic", "--platform=telegram", "--instance=clinic-bot",
              "--bot=elena", std::string("--secret=") + kTelegramSecret});
    Register({"add", "--tenant=clinic", "--platform=whatsapp", "--instance=106540352242922",
              "--bot=elena", std::string("--verify-token=") + kVerifyToken,
              "--app-secret-ref=" + secret_ref_});
    Register({"add", "--tenant=clinic", "--platform=discord", "--instance=clinic-relay",
              "--bot=elena", std::string("--secret=") + kRelayToken});
    Register({"add", "--tenant=gamers", "--platform=discord", "--instance=gamers-relay",
              "--bot=bob", std::string("--secret=") + kGamersRelayToken});
    Register({"token", "--tenant=clinic", std::string("--token=") + kClinicApiToken});
    Register({"token", "--tenant=gamers", std::string("--token=") + kGamersApiToken});
    Register({"add", "--tenant=limited", "--platform=telegram", "--instance=limited-bot",
              "--bot=elena", std::string("--secret=") + kTelegramSecret});
    Register({"limits", "--tenant=limited", "--tenant-rate=0.001", "--tenant-burst=2"});
    // The WhatsApp app secret reaches ingest as a Kubernetes Secret would: in its environment.
    ::setenv(tenants::SecretEnvName(secret_ref_).c_str(), kAppSecret, 1);
    fleet_.StartIngest();
  }

  void Register(std::vector<std::string> args) {
    std::vector<std::string> argv = {"env", "DATABASE_URL=" + schema_.url(),
                                     BinaryPath("deploy/tenants/chatfleet-tenants")};
    argv.insert(argv.end(), args.begin(), args.end());
    ASSERT_EQ(RunCommand(argv).exit_code, 0) << args[0] << " " << args[1];
  }

  std::string Url(const std::string& platform, const std::string& instance) const {
    return fleet_.ingest_url() + "/v1/webhooks/" + platform + "/" + instance;
  }

  /// Posts `body` with the credentials of `platform`'s clinic instance.
  HttpResult Post(const std::string& platform, const std::string& body) {
    if (platform == "telegram") {
      return HttpPost(Url("telegram", "clinic-bot"), body, "application/json",
                      {std::string("X-Telegram-Bot-Api-Secret-Token: ") + kTelegramSecret});
    }
    if (platform == "whatsapp") {
      return HttpPost(Url("whatsapp", "106540352242922"), body, "application/json",
                      {Signature(body)});
    }
    return HttpPost(Url("discord", "clinic-relay"), body, "application/json",
                    {std::string("Authorization: Bearer ") + kRelayToken});
  }

  /// The events on the topic, oldest first (one partition: the order of the posts).
  std::vector<v1::ChatEvent> Published(std::size_t count) {
    std::vector<v1::ChatEvent> events;
    for (const auto& message : ReadAll(fleet_.events_topic(), count)) {
      v1::ChatEvent event;
      EXPECT_TRUE(event.ParseFromString(message.value));
      events.push_back(std::move(event));
    }
    return events;
  }

  /// A valid event posted last: when it is the first message on the topic, none of the
  /// rejected requests before it published anything.
  void ExpectNothingPublishedBeforeASentinel() {
    const auto sentinel =
        HttpPost(fleet_.ingest_url() + "/v1/events", CanonicalEvent("clinic", "sentinel"),
                 "application/json", {std::string("Authorization: Bearer ") + kClinicApiToken});
    ASSERT_EQ(sentinel.status, 202) << sentinel.body;
    const auto events = Published(1);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].platform_message_id(), "sentinel");
  }

  std::string secret_ref_;
  TestSchema schema_;
  LocalFleet fleet_;
};

TEST_F(WebhooksTest, DocumentedPayloadsReachTheBrokerAsTheExpectedEvents) {
  // Given every documented payload of the three platforms, posted with valid credentials
  std::vector<v1::ChatEvent> expected;
  std::vector<bool> edits;
  for (const std::string platform : {"telegram", "whatsapp", "discord"}) {
    for (const auto& c : LoadPlatformCases(platform)) {
      edits.insert(edits.end(), c.edited.begin(), c.edited.end());
      const auto answer = Post(platform, c.body);
      ASSERT_EQ(answer.status, 200) << platform << "/" << c.file << ": " << answer.body;
      EXPECT_NE(answer.body.find("\"accepted\":" + std::to_string(c.events.size())),
                std::string::npos)
          << answer.body;
      for (v1::ChatEvent event : c.events) {
        event.set_tenant("clinic");
        event.set_bot("elena");
        expected.push_back(std::move(event));
      }
    }
  }
  // Then the broker holds exactly those events, in order, attributed to the instance's tenant
  auto published = Published(expected.size());
  ASSERT_EQ(published.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE(expected[i].platform_message_id());
    EXPECT_FALSE(published[i].event_id().empty());
    EXPECT_TRUE(published[i].has_received_at());
    // An edit carries when it was edited, so the stored message takes the latest text.
    EXPECT_EQ(published[i].has_edited_at(), i < edits.size() && edits[i]);
    published[i].clear_event_id();
    published[i].clear_received_at();
    published[i].clear_edited_at();
    std::string diff;
    google::protobuf::util::MessageDifferencer differencer;
    differencer.ReportDifferencesToString(&diff);
    EXPECT_TRUE(differencer.Compare(expected[i], published[i])) << diff;
  }
}

TEST_F(WebhooksTest, BadRequestsGetSpecificErrorsAndPublishNothing) {
  const std::string telegram = LoadPlatformCases("telegram").at(0).body;
  const std::string whatsapp = LoadPlatformCases("whatsapp").at(0).body;
  const std::string discord = LoadPlatformCases("discord").at(0).body;
  const std::string tg_header = std::string("X-Telegram-Bot-Api-Secret-Token: ") + kTelegramSecret;
  struct Case {
    std::string name;
    std::string url;
    std::string body;
    std::vector<std::string> headers;
    int status;
    std::string code;
  };
  const std::string truncated = telegram.substr(0, telegram.size() / 2);
  const std::string wrong_type = R"({"update_id": 1, "message": {"message_id": "x y", "date": 1,
      "text": "x", "from": {"id": 5, "first_name": "A"}, "chat": {"id": 5, "type": "private"}}})";
  const std::string missing_id = R"({"update_id": 1, "message": {"message_id": 1, "date": 1,
      "text": "x", "from": {"first_name": "A"}, "chat": {"id": 5, "type": "private"}}})";
  const std::string invalid_utf8 = "{\"update_id\": 1, \"message\": {\"text\": \"\xc3\x28\"}}";
  const std::string too_big(1100 * 1024, ' ');
  const std::string deep = "{\"a\":" + std::string(64, '[') + std::string(64, ']') + "}";
  const std::vector<Case> cases = {
      {"wrong signature",
       Url("whatsapp", "106540352242922"),
       whatsapp,
       {"X-Hub-Signature-256: sha256=" + crypto::HmacSha256Hex("not-the-secret", whatsapp)},
       403,
       "invalid_signature"},
      {"missing signature",
       Url("whatsapp", "106540352242922"),
       whatsapp,
       {},
       401,
       "missing_signature"},
      {"missing token", Url("telegram", "clinic-bot"), telegram, {}, 401, "missing_credentials"},
      {"wrong token",
       Url("telegram", "clinic-bot"),
       telegram,
       {"X-Telegram-Bot-Api-Secret-Token: guess"},
       403,
       "invalid_credentials"},
      {"missing bearer", Url("discord", "clinic-relay"), discord, {}, 401, "missing_credentials"},
      {"unknown instance",
       Url("telegram", "nobody"),
       telegram,
       {tg_header},
       404,
       "unknown_instance"},
      {"unknown platform",
       Url("sms", "clinic-bot"),
       telegram,
       {tg_header},
       404,
       "unknown_platform"},
      {"truncated JSON",
       Url("telegram", "clinic-bot"),
       truncated,
       {tg_header},
       400,
       "malformed_json"},
      {"wrong type", Url("telegram", "clinic-bot"), wrong_type, {tg_header}, 422, "invalid_value"},
      {"missing id", Url("telegram", "clinic-bot"), missing_id, {tg_header}, 422, "missing_field"},
      {"top-level array",
       Url("telegram", "clinic-bot"),
       "[" + telegram + "]",
       {tg_header},
       400,
       "malformed_json"},
      {"invalid UTF-8",
       Url("telegram", "clinic-bot"),
       invalid_utf8,
       {tg_header},
       400,
       "invalid_utf8"},
      {"over-limit body",
       Url("telegram", "clinic-bot"),
       too_big,
       {tg_header},
       413,
       "body_too_large"},
      {"too deep", Url("telegram", "clinic-bot"), deep, {tg_header}, 400, "too_deep"},
      {"long URL",
       Url("telegram", "clinic-bot") + "?" + std::string(3000, 'a'),
       telegram,
       {tg_header},
       414,
       "uri_too_long"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const auto answer = HttpPost(c.url, c.body, "application/json", c.headers);
    EXPECT_EQ(answer.status, c.status) << answer.body;
    EXPECT_NE(answer.body.find("\"code\":\"" + c.code + "\""), std::string::npos) << answer.body;
  }
  ExpectNothingPublishedBeforeASentinel();
}

TEST_F(WebhooksTest, WhatsAppVerificationHandshake) {
  const std::string base = Url("whatsapp", "106540352242922");
  const auto ok = HttpGet(base + "?hub.mode=subscribe&hub.verify_token=" + kVerifyToken +
                          "&hub.challenge=1158201444");
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.body, "1158201444");
  EXPECT_EQ(HttpGet(base + "?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1").status,
            403);
  EXPECT_EQ(HttpGet(base + "?hub.mode=subscribe&hub.challenge=1").status, 401);
  EXPECT_EQ(HttpGet(Url("whatsapp", "nobody") + "?hub.mode=subscribe&hub.challenge=1").status, 404);
}

TEST_F(WebhooksTest, OneTenantsCredentialsNeverWriteAnotherTenantsEvents) {
  const std::string gamers_bearer = std::string("Authorization: Bearer ") + kGamersApiToken;
  // Tenant gamers' API token, an event claiming tenant clinic → 403, alone or inside a batch
  auto single = HttpPost(fleet_.ingest_url() + "/v1/events", CanonicalEvent("clinic", "steal-1"),
                         "application/json", {gamers_bearer});
  EXPECT_EQ(single.status, 403) << single.body;
  EXPECT_NE(single.body.find("tenant_mismatch"), std::string::npos);
  auto batch = HttpPost(fleet_.ingest_url() + "/v1/events:batch",
                        "{\"events\": [" + CanonicalEvent("gamers", "ok-1") + "," +
                            CanonicalEvent("clinic", "steal-2") + "]}",
                        "application/json", {gamers_bearer});
  EXPECT_EQ(batch.status, 403) << batch.body;
  EXPECT_NE(batch.body.find("events[1].tenant"), std::string::npos);
  // An unknown token is refused even though tokens are optional in this fleet
  EXPECT_EQ(HttpPost(fleet_.ingest_url() + "/v1/events", CanonicalEvent("clinic", "steal-3"),
                     "application/json", {"Authorization: Bearer made-up"})
                .status,
            401);
  // Gamers' relay token on clinic's Discord instance → 403
  const std::string discord = LoadPlatformCases("discord").at(0).body;
  EXPECT_EQ(HttpPost(Url("discord", "clinic-relay"), discord, "application/json",
                     {std::string("Authorization: Bearer ") + kGamersRelayToken})
                .status,
            403);
  ExpectNothingPublishedBeforeASentinel();
  // And a payload on gamers' own instance is gamers' event, whatever the payload says
  ASSERT_EQ(HttpPost(Url("discord", "gamers-relay"), discord, "application/json",
                     {std::string("Authorization: Bearer ") + kGamersRelayToken})
                .status,
            200);
  const auto events = Published(2);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].tenant(), "gamers");
  EXPECT_EQ(events[1].bot(), "bob");
}

// WhatsApp's message ids are base64 of 60 to 100+ characters: a webhook carrying one (and a
// reply to another) must be taken whole, stored by the workers and found by its exact id, and
// so must a canonical event whose every id field is that long.
TEST_F(WebhooksTest, LongPlatformIdsAreAcceptedAndStoredExactly) {
  fleet_.StartWorker();
  const auto cases = LoadPlatformCases("whatsapp");
  const auto long_ids = std::find_if(
      cases.begin(), cases.end(), [](const PlatformCase& c) { return c.file.starts_with("07_"); });
  ASSERT_NE(long_ids, cases.end());
  const v1::ChatEvent& expected = long_ids->events.at(0);
  ASSERT_GT(expected.platform_message_id().size(), 80u);
  ASSERT_GT(expected.reply_to_message_id().size(), 80u);
  const auto answer = Post("whatsapp", long_ids->body);
  ASSERT_EQ(answer.status, 200) << answer.body;

  // 150 to 300 characters in every id field of the canonical API
  const std::string id = "wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFDNFQjBGMjA5QkE2MEQ1QjI0Q0M3QTNBOEVD" +
                         std::string(100, 'Q') + "AA==";
  const std::string conversation =
      "guild-" + std::string(140, '7') + "/chan-" + std::string(140, '8');
  const std::string canonical =
      R"({"eventId": "ev-)" + id + R"(", "tenant": "clinic", "bot": "elena",
      "platform": "PLATFORM_WEB", "conversation": {"id": ")" +
      conversation + R"(", "kind": "CONVERSATION_KIND_GROUP", "channelId": "chan-)" +
      std::string(140, '8') + R"("}, "sender": {"userId": "user-)" + id +
      R"(", "displayName": "Ana"},
      "role": "ROLE_USER", "text": "long ids everywhere", "platformMessageId": ")" +
      id + R"(", "replyToMessageId": "reply-)" + id + R"("})";
  const auto accepted = HttpPost(fleet_.ingest_url() + "/v1/events", canonical, "application/json",
                                 {std::string("Authorization: Bearer ") + kClinicApiToken});
  ASSERT_EQ(accepted.status, 202) << accepted.body;

  // Then psql finds both rows by their exact ids, every id field whole
  const std::string sql =
      "SELECT platform, conversation_id, coalesce(channel_id, '-'), user_id, platform_message_id, "
      "reply_to_message_id, event_id FROM chat_history ORDER BY id";
  const std::string want = "whatsapp|" + expected.conversation().id() + "|-|" +
                           expected.sender().user_id() + "|" + expected.platform_message_id() +
                           "|" + expected.reply_to_message_id() + "|";
  ASSERT_TRUE(
      WaitUntil([&] { return Psql(schema_.url(), "SELECT count(*) FROM chat_history") == "2"; },
                std::chrono::seconds(30)))
      << Psql(schema_.url(), sql);
  const std::string rows = Psql(schema_.url(), sql);
  const auto newline = rows.find('\n');
  ASSERT_NE(newline, std::string::npos) << rows;
  EXPECT_TRUE(rows.substr(0, newline).starts_with(want)) << rows;
  EXPECT_EQ(rows.substr(newline + 1), "web|" + conversation + "|chan-" + std::string(140, '8') +
                                          "|user-" + id + "|" + id + "|reply-" + id + "|ev-" + id);
  EXPECT_EQ(Psql(schema_.url(), "SELECT content FROM chat_history WHERE platform_message_id = '" +
                                    expected.platform_message_id() + "'"),
            expected.text());
}

TEST_F(WebhooksTest, ATenantOverItsRateGets429WithRetryAfter) {
  const std::string body = LoadPlatformCases("telegram").at(0).body;
  const std::vector<std::string> headers = {std::string("X-Telegram-Bot-Api-Secret-Token: ") +
                                            kTelegramSecret};
  EXPECT_EQ(HttpPost(Url("telegram", "limited-bot"), body, "application/json", headers).status,
            200);
  EXPECT_EQ(HttpPost(Url("telegram", "limited-bot"), body, "application/json", headers).status,
            200);
  const auto limited = HttpPost(Url("telegram", "limited-bot"), body, "application/json", headers);
  EXPECT_EQ(limited.status, 429) << limited.body;
  EXPECT_NE(limited.headers.find("Retry-After:"), std::string::npos) << limited.headers;
  // Another tenant is not affected
  EXPECT_EQ(Post("telegram", body).status, 200);
}

}  // namespace
}  // namespace chatfleet::testing
