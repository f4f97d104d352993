#pragma once

#include <date/tz.h>

#include <chrono>

namespace chatfleet::workers {

/// The wall time in `zone` at `at`.
inline std::chrono::local_seconds LocalTime(std::chrono::sys_seconds at,
                                            const date::time_zone* zone) {
  const auto local =
      date::make_zoned(zone, date::sys_seconds(at.time_since_epoch())).get_local_time();
  return std::chrono::local_seconds(local.time_since_epoch());
}

/// The instant a wall time in `zone` names. A time the clocks skip (spring forward) or pass
/// twice (fall back) resolves to the later instant: a reminder moved to it is never early.
inline std::chrono::sys_seconds SysTime(std::chrono::local_seconds local,
                                        const date::time_zone* zone) {
  const auto sys =
      zone->to_sys(date::local_seconds(local.time_since_epoch()), date::choose::latest);
  return std::chrono::sys_seconds(sys.time_since_epoch());
}

}  // namespace chatfleet::workers
