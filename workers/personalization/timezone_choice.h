#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chatfleet::workers {

/// Where a profile's timezone came from; a stronger source replaces a weaker one, never the
/// other way round.
enum class TimezoneSource { kDefault, kGuess, kEvent, kChosen };
std::string_view TimezoneSourceName(TimezoneSource source);  // default | guess | event | chosen
TimezoneSource ParseTimezoneSource(std::string_view name);   // unknown names: kDefault

/// A user telling the fleet their timezone: `/timezone Europe/Lisbon` (also a city:
/// `/timezone Lisbon`), or a sentence — "I'm in Lisbon time", "я в Москве", "estoy en Ciudad de
/// México", "estou em São Paulo". `zone` is the IANA name, empty when the command named no
/// zone we know (then `named` says what it named). A sentence counts only when it names a
/// place we know, so "I'm in a meeting" is no statement. Pure.
struct TimezoneStatement {
  std::string zone;
  std::string named;
  bool command = false;
};
std::optional<TimezoneStatement> FindTimezoneStatement(std::string_view text);

/// The zone of a phone number's country when the country has one (WhatsApp's sender id is the
/// number in international form, digits only): "4915112345678" → Europe/Berlin; none for
/// countries with several zones (1, 7, 55, 52, 61 …). A guess, replaced by anything explicit.
std::optional<std::string> GuessZoneFromPhoneNumber(std::string_view digits);

}  // namespace chatfleet::workers
