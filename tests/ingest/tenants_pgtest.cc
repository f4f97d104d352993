// The tenants tables through the real command (chatfleet-tenants) and the loader ingest uses,
// against a real PostgreSQL schema of this test's own.
#include <gtest/gtest.h>

#include "ingest/tenants/tenant_refresher.h"
#include "shared/core/crypto.h"
#include "shared/tenants/tenant_store.h"
#include "tests/support/pg_schema.h"
#include "tests/support/process.h"

namespace chatfleet::testing {
namespace {

class TenantsTest : public ::testing::Test {
 protected:
  TenantsTest() { schema_.Migrate(); }

  CommandResult Tenants(std::vector<std::string> args) {
    std::vector<std::string> argv = {"env", "DATABASE_URL=" + schema_.url(),
                                     BinaryPath("deploy/tenants/chatfleet-tenants")};
    argv.insert(argv.end(), args.begin(), args.end());
    return RunCommand(argv);
  }

  TestSchema schema_;
  const tenants::SecretResolver secrets_ = [](std::string_view name) -> std::optional<std::string> {
    if (name == "wa-clinic") return "the-app-secret";
    return std::nullopt;
  };
};

TEST_F(TenantsTest, SendTokenNamesTheSecretAndKeepsItAcrossReRegistration) {
  // Given a registered Telegram instance
  ASSERT_EQ(Tenants({"add", "--tenant=clinic", "--platform=telegram", "--instance=clinic-bot",
                     "--bot=elena", "--secret=tg-secret-token"})
                .exit_code,
            0);
  // When the operator names its send token, then registers the instance again
  ASSERT_EQ(Tenants({"send-token", "--platform=telegram", "--instance=clinic-bot",
                     "--send-token-ref=tg-clinic"})
                .exit_code,
            0);
  ASSERT_EQ(Tenants({"add", "--tenant=clinic", "--platform=telegram", "--instance=clinic-bot",
                     "--bot=elena", "--secret=tg-secret-token"})
                .exit_code,
            0);
  // Then only the name is stored, and it stays
  EXPECT_EQ(Psql(schema_.url(), "SELECT send_token_ref FROM tenant_instances"), "tg-clinic");
  // And an unknown instance or a missing name is refused
  EXPECT_EQ(Tenants({"send-token", "--platform=telegram", "--instance=nope", "--send-token-ref=x"})
                .exit_code,
            1);
  EXPECT_NE(Tenants({"send-token", "--platform=telegram", "--instance=clinic-bot"}).exit_code, 0);
}

TEST_F(TenantsTest, CommandRegistersInstancesAndTokensHashed) {
  // Given instances of all three platforms, a token and limits registered with the command
  ASSERT_EQ(Tenants({"add", "--tenant=clinic", "--platform=telegram", "--instance=clinic-bot",
                     "--bot=elena", "--secret=tg-secret-token"})
                .exit_code,
            0);
  ASSERT_EQ(Tenants({"add", "--tenant=clinic", "--platform=whatsapp", "--instance=106540352242922",
                     "--bot=elena", "--verify-token=verify-me", "--app-secret-ref=wa-clinic"})
                .exit_code,
            0);
  const auto discord =
      Tenants({"add", "--tenant=gamers", "--platform=discord", "--instance=relay", "--bot=bob"});
  ASSERT_EQ(discord.exit_code, 0);
  ASSERT_TRUE(discord.output.starts_with("SECRET=")) << "a generated secret is printed once";
  const std::string discord_secret = discord.output.substr(7, discord.output.find('\n') - 7);
  ASSERT_EQ(Tenants({"token", "--tenant=clinic", "--token=api-token-1", "--label=crm"}).exit_code,
            0);
  ASSERT_EQ(
      Tenants({"limits", "--tenant=clinic", "--tenant-rate=5", "--tenant-burst=10"}).exit_code, 0);
  // Registering the same instance again replaces it (idempotent)
  ASSERT_EQ(Tenants({"add", "--tenant=clinic", "--platform=telegram", "--instance=clinic-bot",
                     "--bot=elena", "--secret=tg-secret-token"})
                .exit_code,
            0);

  // Then no plaintext secret is in the database
  const std::string dump =
      Psql(schema_.url(),
           // Every column of both tables, whatever columns they gain.
           "SELECT concat((SELECT string_agg(i::text, ' ') FROM tenant_instances i), ' ', "
           "(SELECT string_agg(k::text, ' ') FROM tenant_api_tokens k))");
  for (const char* secret : {"tg-secret-token", "verify-me", "api-token-1"}) {
    EXPECT_EQ(dump.find(secret), std::string::npos) << secret;
  }
  EXPECT_EQ(dump.find(discord_secret), std::string::npos);
  EXPECT_EQ(Psql(schema_.url(), "SELECT count(*) FROM tenant_instances"), "3");

  // And the loader sees every route, hash and limit
  auto connection = schema_.Connect();
  auto loaded = tenants::LoadSnapshot(connection, secrets_);
  ASSERT_TRUE(loaded.has_value()) << loaded.error().message;
  const auto& snapshot = loaded->snapshot;
  const auto* telegram = snapshot.FindInstance("telegram", "clinic-bot");
  ASSERT_NE(telegram, nullptr);
  EXPECT_EQ(telegram->tenant, "clinic");
  EXPECT_EQ(telegram->bot, "elena");
  EXPECT_EQ(telegram->secret_sha256, crypto::Sha256Hex("tg-secret-token"));
  const auto* whatsapp = snapshot.FindInstance("whatsapp", "106540352242922");
  ASSERT_NE(whatsapp, nullptr);
  EXPECT_EQ(whatsapp->app_secret, "the-app-secret");
  EXPECT_EQ(whatsapp->verify_token_sha256, crypto::Sha256Hex("verify-me"));
  const auto* relay = snapshot.FindInstance("discord", "relay");
  ASSERT_NE(relay, nullptr);
  EXPECT_EQ(relay->secret_sha256, crypto::Sha256Hex(discord_secret));
  const auto* token = snapshot.FindApiToken(crypto::Sha256Hex("api-token-1"));
  ASSERT_NE(token, nullptr);
  EXPECT_EQ(token->tenant, "clinic");
  ASSERT_NE(snapshot.FindTenant("clinic"), nullptr);
  EXPECT_EQ(snapshot.FindTenant("clinic")->rate_per_second, 5.0);
  EXPECT_EQ(snapshot.FindTenant("clinic")->burst, 10.0);
  EXPECT_EQ(snapshot.FindInstance("telegram", "unknown"), nullptr);

  // Listing shows routes, never a secret
  const auto list = Tenants({"list"});
  EXPECT_NE(list.output.find("platform=telegram instance=clinic-bot"), std::string::npos);
  EXPECT_EQ(list.output.find("tg-secret-token"), std::string::npos);
}

TEST_F(TenantsTest, WhatsAppInstanceWithoutItsSecretIsLeftOut) {
  ASSERT_EQ(Tenants({"add", "--tenant=clinic", "--platform=whatsapp", "--instance=nosecret",
                     "--bot=elena", "--verify-token=v", "--app-secret-ref=not-provided"})
                .exit_code,
            0);
  auto connection = schema_.Connect();
  auto loaded = tenants::LoadSnapshot(connection, secrets_);
  ASSERT_TRUE(loaded.has_value());
  EXPECT_EQ(loaded->snapshot.FindInstance("whatsapp", "nosecret"), nullptr);
  EXPECT_EQ(loaded->missing_secrets, std::vector<std::string>{"not-provided"});
}

TEST_F(TenantsTest, CommandRefusesIncompleteRegistrations) {
  EXPECT_NE(
      Tenants({"add", "--tenant=clinic", "--platform=whatsapp", "--instance=x", "--bot=elena"})
          .exit_code,
      0);
  EXPECT_NE(
      Tenants({"add", "--tenant=clinic", "--platform=sms", "--instance=x", "--bot=e", "--secret=s"})
          .exit_code,
      0);
  EXPECT_NE(Tenants({"add", "--tenant=clinic", "--platform=telegram", "--instance=a/b", "--bot=e",
                     "--secret=s"})
                .exit_code,
            0);
  EXPECT_EQ(Psql(schema_.url(), "SELECT count(*) FROM tenant_instances"), "0");
}

TEST_F(TenantsTest, RefresherPicksUpChangesAndRemovals) {
  tenants::TenantDirectory directory;
  tenants::TenantRefresher refresher({schema_.url(), std::chrono::hours(1)}, directory, secrets_);
  ASSERT_TRUE(refresher.Prewarm(std::chrono::seconds(10)).has_value());
  ASSERT_NE(directory.Current(), nullptr);
  EXPECT_EQ(directory.Current()->FindInstance("telegram", "late"), nullptr);
  ASSERT_EQ(Tenants({"add", "--tenant=t", "--platform=telegram", "--instance=late", "--bot=b",
                     "--secret=s"})
                .exit_code,
            0);
  const auto before = directory.Current();
  ASSERT_TRUE(refresher.RefreshOnce().has_value());
  EXPECT_NE(directory.Current()->FindInstance("telegram", "late"), nullptr);
  EXPECT_EQ(before->FindInstance("telegram", "late"), nullptr) << "old snapshots stay intact";
  ASSERT_EQ(Tenants({"remove", "--platform=telegram", "--instance=late"}).exit_code, 0);
  ASSERT_TRUE(refresher.RefreshOnce().has_value());
  EXPECT_EQ(directory.Current()->FindInstance("telegram", "late"), nullptr);
}

}  // namespace
}  // namespace chatfleet::testing
