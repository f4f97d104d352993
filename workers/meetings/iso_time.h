#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace date {
class time_zone;
}

namespace chatfleet::meetings {

/// "2026-03-11T09:15:00+01:00", "2026-03-11T08:15:00Z", fractional seconds allowed; nullopt
/// for anything else (a time without an offset is ambiguous and refused).
std::optional<std::chrono::sys_seconds> ParseIsoInstant(std::string_view text);

/// The instant as local time in `zone` with the offset in force at that instant:
/// "2026-03-30T10:00:00+02:00".
std::string FormatIsoInZone(std::chrono::sys_seconds instant, const date::time_zone& zone);

}  // namespace chatfleet::meetings
