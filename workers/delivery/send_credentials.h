#pragma once

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "chatfleet/v1/outbound_message.pb.h"
#include "shared/core/error.h"
#include "shared/pg/connection.h"
#include "shared/tenants/secret_source.h"
#include "workers/delivery/platform_api.h"

namespace chatfleet::delivery {

/// The instances chatfleet-delivery may send as: every `tenant_instances` row with a
/// `send_token_ref`, its token resolved through the same secret sources ingest reads
/// (CHATFLEET_SECRET_<NAME>, CHATFLEET_SECRETS_DIR). Immutable once loaded; the runner swaps
/// in a new one on refresh. Tokens never leave this object except into a request.
class SendCredentialDirectory {
 public:
  struct Loaded;
  /// Reads the table; rows whose secret does not resolve are left out and their secret *names*
  /// listed in `missing` (for the log).
  static Result<Loaded> Load(pg::Connection& connection, const tenants::SecretResolver& secrets);

  /// The instance `message` is sent as: WhatsApp by the phone number id of its conversation,
  /// Telegram and Discord by tenant and bot (the first instance by name when there are
  /// several). Permanent error `no_credentials` when none can send for it.
  Result<SendCredentials> Find(const v1::OutboundMessage& message,
                               const PlatformTarget& target) const;

  std::size_t size() const { return by_instance_.size(); }

 private:
  struct Entry {
    std::string tenant;
    std::string bot;
    SendCredentials credentials;
  };
  // (platform, instance) → entry; (platform, tenant, bot) → first instance.
  std::map<std::pair<std::string, std::string>, Entry> by_instance_;
  std::map<std::tuple<std::string, std::string, std::string>, std::string> by_bot_;
};

struct SendCredentialDirectory::Loaded {
  SendCredentialDirectory directory;
  std::vector<std::string> missing;
};

/// `telegram`, `whatsapp`, `discord`: the platform's name in the tenants tables.
std::string PlatformTableName(v1::Platform platform);

}  // namespace chatfleet::delivery
