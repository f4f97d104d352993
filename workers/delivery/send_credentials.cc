#include "workers/delivery/send_credentials.h"

namespace chatfleet::delivery {
namespace {

constexpr std::string_view kSelectInstances =
    "SELECT platform, instance, tenant, bot, send_token_ref FROM tenant_instances "
    "WHERE send_token_ref IS NOT NULL ORDER BY platform, tenant, bot, instance";

}  // namespace

std::string PlatformTableName(v1::Platform platform) {
  switch (platform) {
    case v1::PLATFORM_TELEGRAM:
      return "telegram";
    case v1::PLATFORM_WHATSAPP:
      return "whatsapp";
    case v1::PLATFORM_DISCORD:
      return "discord";
    default:
      return v1::Platform_Name(platform);
  }
}

Result<SendCredentialDirectory::Loaded> SendCredentialDirectory::Load(
    pg::Connection& connection, const tenants::SecretResolver& secrets) {
  auto rows = connection.Exec(kSelectInstances);
  if (!rows) return Fail(rows.error());
  Loaded loaded;
  for (int i = 0; i < rows->rows(); ++i) {
    std::string platform(rows->Value(i, 0));
    std::string instance(rows->Value(i, 1));
    const std::string ref(rows->Value(i, 4));
    auto token = secrets(ref);
    if (!token || token->empty()) {
      loaded.missing.push_back(ref);
      continue;
    }
    Entry entry{std::string(rows->Value(i, 2)),
                std::string(rows->Value(i, 3)),
                {instance, std::move(*token)}};
    loaded.directory.by_bot_.try_emplace({platform, entry.tenant, entry.bot}, instance);
    loaded.directory.by_instance_.emplace(std::pair{std::move(platform), std::move(instance)},
                                          std::move(entry));
  }
  return loaded;
}

Result<SendCredentials> SendCredentialDirectory::Find(const v1::OutboundMessage& message,
                                                      const PlatformTarget& target) const {
  const std::string platform = PlatformTableName(message.platform());
  std::string instance = target.instance;
  if (instance.empty()) {
    const auto found = by_bot_.find({platform, message.tenant(), message.bot()});
    if (found != by_bot_.end()) instance = found->second;
  }
  const auto entry = by_instance_.find({platform, instance});
  // A tenant may only send as its own instances, whatever the message says.
  if (entry == by_instance_.end() || entry->second.tenant != message.tenant() ||
      entry->second.bot != message.bot()) {
    return Fail(Error::Permanent("no " + platform + " instance with a send token for tenant '" +
                                 message.tenant() + "', bot '" + message.bot() + "'" +
                                 (target.instance.empty() ? "" : ", instance " + target.instance)));
  }
  return entry->second.credentials;
}

}  // namespace chatfleet::delivery
