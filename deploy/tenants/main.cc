// chatfleet-tenants: the operator's command for the tenants tables, so nobody writes SQL by
// hand (and no secret is ever stored unhashed by mistake). Wiring only; the SQL lives in
// shared/tenants/tenant_store.cc.
#include <iostream>

#include "shared/config/config.h"
#include "shared/core/crypto.h"
#include "shared/pg/wait_for_database.h"
#include "shared/tenants/tenant_store.h"

namespace {

using chatfleet::config::Need;
using chatfleet::config::Setting;
namespace tenants = chatfleet::tenants;

constexpr Setting kSettings[] = {
    {"DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/chatfleet", "PostgreSQL (libpq URI)",
     Need::kDeployment},
    {"CHATFLEET_TENANT", "", "the tenant (created when new)"},
    {"CHATFLEET_PLATFORM", "", "add/remove: telegram, whatsapp or discord"},
    {"CHATFLEET_INSTANCE", "",
     "add/remove: the instance in /v1/webhooks/{platform}/{instance} (bot name, phone number id)"},
    {"CHATFLEET_BOT", "", "add: the bot (persona) the instance's conversations are with"},
    {"CHATFLEET_SECRET", "",
     "add: Telegram secret token or Discord relay bearer token (stored as SHA-256; generated and "
     "printed once when empty)"},
    {"CHATFLEET_VERIFY_TOKEN", "", "add (whatsapp): the verify token of the GET handshake"},
    {"CHATFLEET_APP_SECRET_REF", "",
     "add (whatsapp): name of the secret holding the app secret (env CHATFLEET_SECRET_<NAME> or "
     "file <CHATFLEET_SECRETS_DIR>/<name> of ingest)"},
    {"CHATFLEET_SEND_TOKEN_REF", "",
     "send-token: name of the secret holding the instance's send credential (Telegram bot "
     "token, WhatsApp access token, Discord bot token) that chatfleet-delivery reads (env "
     "CHATFLEET_SECRET_<NAME> or file <CHATFLEET_SECRETS_DIR>/<name>)"},
    {"CHATFLEET_TOKEN", "", "token: the API bearer token (generated and printed once when empty)"},
    {"CHATFLEET_LABEL", "", "token: a label to recognise the token by"},
    {"CHATFLEET_TENANT_RATE", "", "limits: events per second (empty: ingest's default)"},
    {"CHATFLEET_TENANT_BURST", "", "limits: burst size (empty: ingest's default)"},
    {"CHATFLEET_MIGRATE_WAIT_MS", "10000", "how long to wait for the database to come up"},
};

constexpr std::string_view kCommands =
    "commands:\n"
    "  add    --tenant --platform --instance --bot [--secret | --verify-token --app-secret-ref]\n"
    "  token  --tenant [--token] [--label]     a bearer token for /v1/events\n"
    "  limits --tenant [--tenant-rate] [--tenant-burst]\n"
    "  send-token --platform --instance --send-token-ref   what chatfleet-delivery sends with\n"
    "  remove --platform --instance\n"
    "  list\n";

std::string Require(const chatfleet::config::Config& config, std::string_view env) {
  const std::string& value = config.Get(env);
  if (value.empty()) {
    throw std::invalid_argument("--" + chatfleet::config::FlagName(env) + " is required");
  }
  return value;
}

void Check(const chatfleet::Status& status) {
  if (!status) throw std::runtime_error(status.error().message);
}

int Add(const chatfleet::config::Config& config, chatfleet::pg::Connection& connection) {
  tenants::InstanceRegistration r{
      Require(config, "CHATFLEET_TENANT"),   Require(config, "CHATFLEET_PLATFORM"),
      Require(config, "CHATFLEET_INSTANCE"), Require(config, "CHATFLEET_BOT"),
      config.Get("CHATFLEET_SECRET"),        config.Get("CHATFLEET_VERIFY_TOKEN"),
      config.Get("CHATFLEET_APP_SECRET_REF")};
  bool generated = false;
  if (r.platform == "whatsapp") {
    Require(config, "CHATFLEET_VERIFY_TOKEN");
    Require(config, "CHATFLEET_APP_SECRET_REF");
  } else if (r.secret.empty()) {
    r.secret = chatfleet::crypto::RandomHex(24);
    generated = true;
  }
  Check(tenants::RegisterInstance(connection, r));
  std::cerr << "registered " << r.platform << " instance '" << r.instance << "' for tenant '"
            << r.tenant << "': POST /v1/webhooks/" << r.platform << "/" << r.instance << "\n";
  // Printed once, never stored in plaintext: the operator hands it to the platform now.
  if (generated) std::cout << "SECRET=" << r.secret << "\n";
  return 0;
}

int Token(const chatfleet::config::Config& config, chatfleet::pg::Connection& connection) {
  std::string token = config.Get("CHATFLEET_TOKEN");
  const bool generated = token.empty();
  if (generated) token = chatfleet::crypto::RandomHex(24);
  Check(tenants::AddApiToken(connection, Require(config, "CHATFLEET_TENANT"), token,
                             config.Get("CHATFLEET_LABEL")));
  if (generated) std::cout << "API_TOKEN=" << token << "\n";
  return 0;
}

int Limits(const chatfleet::config::Config& config, chatfleet::pg::Connection& connection) {
  tenants::Tenant tenant{Require(config, "CHATFLEET_TENANT"), std::nullopt, std::nullopt};
  if (!config.Get("CHATFLEET_TENANT_RATE").empty()) {
    tenant.rate_per_second = config.GetDouble("CHATFLEET_TENANT_RATE");
  }
  if (!config.Get("CHATFLEET_TENANT_BURST").empty()) {
    tenant.burst = config.GetDouble("CHATFLEET_TENANT_BURST");
  }
  Check(tenants::UpsertTenant(connection, tenant));
  return 0;
}

constexpr std::string_view kSetSendTokenRef =
    "UPDATE tenant_instances SET send_token_ref = $3, updated_at = now() "
    "WHERE platform = $1 AND instance = $2";

// Only the secret's name is stored: the token itself stays in the environment or a mounted
// Secret, like the WhatsApp app secret.
int SendToken(const chatfleet::config::Config& config, chatfleet::pg::Connection& connection) {
  const std::string platform = Require(config, "CHATFLEET_PLATFORM");
  const std::string instance = Require(config, "CHATFLEET_INSTANCE");
  const std::string ref = Require(config, "CHATFLEET_SEND_TOKEN_REF");
  auto updated = connection.Exec(kSetSendTokenRef, {platform, instance, ref});
  if (!updated) throw std::runtime_error(updated.error().message);
  if (updated->affected_rows() == 0) {
    std::cerr << "no such instance\n";
    return 1;
  }
  std::cerr << platform << " instance '" << instance << "' sends with secret '" << ref << "'\n";
  return 0;
}

int Run(int argc, char** argv) {
  const auto config = chatfleet::config::Config::Load(kSettings, argc, argv);
  if (config.help_requested() || config.positional().size() != 1) {
    std::cout << chatfleet::config::Config::Usage("chatfleet-tenants <command>", kSettings)
              << kCommands;
    return config.help_requested() ? 0 : 2;
  }
  auto connection = chatfleet::pg::WaitForDatabase(config.Get("DATABASE_URL"),
                                                   config.GetMillis("CHATFLEET_MIGRATE_WAIT_MS"));
  if (!connection) throw std::runtime_error(connection.error().message);
  const std::string& command = config.positional().front();
  if (command == "add") return Add(config, *connection);
  if (command == "token") return Token(config, *connection);
  if (command == "limits") return Limits(config, *connection);
  if (command == "send-token") return SendToken(config, *connection);
  if (command == "remove") {
    auto removed = tenants::RemoveInstance(*connection, Require(config, "CHATFLEET_PLATFORM"),
                                           Require(config, "CHATFLEET_INSTANCE"));
    if (!removed) throw std::runtime_error(removed.error().message);
    std::cerr << (*removed ? "removed\n" : "no such instance\n");
    return *removed ? 0 : 1;
  }
  if (command == "list") {
    auto text = tenants::Describe(*connection);
    if (!text) throw std::runtime_error(text.error().message);
    std::cout << *text;
    return 0;
  }
  std::cerr << "unknown command '" << command << "'\n" << kCommands;
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& error) {
    std::cerr << "chatfleet-tenants: " << error.what() << "\n";
    return 1;
  }
}
