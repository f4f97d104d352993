// libFuzzer target for one platform normalizer (chosen at compile time), followed by the event
// rules every accepted event must pass: any input must give events or a 4xx, never a crash,
// a sanitizer report or an event that breaks the rules unnoticed.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ingest/platforms/discord_normalizer.h"
#include "ingest/platforms/telegram_normalizer.h"
#include "ingest/platforms/whatsapp_normalizer.h"
#include "shared/events/event_validator.h"

namespace {

chatfleet::ingest::platforms::Normalized Normalize(std::string_view body) {
  const chatfleet::ingest::platforms::Route route{"fuzz", "bot"};
#if defined(CHATFLEET_FUZZ_PLATFORM_telegram)
  return chatfleet::ingest::platforms::NormalizeTelegram(body, route);
#elif defined(CHATFLEET_FUZZ_PLATFORM_whatsapp)
  return chatfleet::ingest::platforms::NormalizeWhatsApp(body, route);
#else
  return chatfleet::ingest::platforms::NormalizeDiscord(body, route);
#endif
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  const auto result = Normalize(body);
  if (!result) {
    // Every refusal is a client error with a code.
    if (result.error().status < 400 || result.error().status > 499 || result.error().code.empty()) {
      std::abort();
    }
    return 0;
  }
  for (const auto& message : *result) {
    if (message.event.tenant() != "fuzz") std::abort();  // the route decides the tenant, always
    (void)chatfleet::events::Validate(message.event, {});
  }
  return 0;
}
