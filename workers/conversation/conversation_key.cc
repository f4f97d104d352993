#include "workers/conversation/conversation_key.h"

namespace chatfleet::workers {

std::string PlatformName(v1::Platform platform) {
  switch (platform) {
    case v1::PLATFORM_DISCORD:
      return "discord";
    case v1::PLATFORM_TELEGRAM:
      return "telegram";
    case v1::PLATFORM_WHATSAPP:
      return "whatsapp";
    case v1::PLATFORM_WEB:
      return "web";
    default:
      return "unknown";
  }
}

ConversationKey ConversationKeyOf(const v1::ChatEvent& event) {
  return {event.tenant(), event.bot(), PlatformName(event.platform()), event.conversation().id()};
}

bool IsFromPerson(const v1::ChatEvent& event) {
  return event.role() == v1::ROLE_USER && !event.sender().is_bot();
}

}  // namespace chatfleet::workers
