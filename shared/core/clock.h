#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace chatfleet {

/// Seconds elapsed since `start` on the monotonic clock: what a duration histogram observes.
inline double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// The time source of everything that depends on "now" (the scheduler, the meeting extractor),
/// injected so tests can run at any time.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::chrono::system_clock::time_point Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  std::chrono::system_clock::time_point Now() const override {
    return std::chrono::system_clock::now();
  }
};

/// Reads "now" from a file holding an RFC 3339 time (`2026-11-23T09:00:00Z`), re-read on every
/// call: a test or a demo moves time forward by replacing the file (write a sibling, rename it
/// over: a reader never sees it half written). Never for production.
/// Throws std::runtime_error when the file is missing or malformed.
class FileClock final : public Clock {
 public:
  explicit FileClock(std::string path) : path_(std::move(path)) {}
  std::chrono::system_clock::time_point Now() const override;

 private:
  std::string path_;
};

/// `CHATFLEET_CLOCK_FILE`-style selection: a FileClock for a non-empty path, else the system.
std::unique_ptr<Clock> MakeClock(const std::string& clock_file);

/// Parses `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`; nullopt when malformed.
std::optional<std::chrono::system_clock::time_point> ParseRfc3339(std::string_view text);
std::string FormatRfc3339Utc(std::chrono::system_clock::time_point time);

}  // namespace chatfleet
