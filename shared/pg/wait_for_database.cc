#include "shared/pg/wait_for_database.h"

#include <algorithm>
#include <thread>

#include "shared/log/logger.h"

namespace chatfleet::pg {
namespace {

constexpr std::chrono::milliseconds kFirstBackoff{100};
constexpr std::chrono::milliseconds kMaxBackoff{2000};

}  // namespace

Result<Connection> WaitForDatabase(const std::string& url, std::chrono::milliseconds wait) {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point start = Clock::now();
  const Clock::time_point deadline = start + wait;
  std::chrono::milliseconds backoff = kFirstBackoff;
  for (int attempt = 1;; ++attempt) {
    Result<Connection> connection = Connection::Open(url);
    if (connection || !connection.error().retryable()) return connection;
    const Clock::time_point now = Clock::now();
    if (now >= deadline) {
      const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(now - start);
      Error error = std::move(connection.error());
      error.message += " (gave up after " + std::to_string(attempt) + " attempts in " +
                       std::to_string(waited.count()) + " ms)";
      return Fail(std::move(error));
    }
    log::Info("database not reachable yet; retrying",
              {{"attempt", attempt}, {"error", connection.error().message}});
    // Sleep no later than the deadline, so the last attempt happens at it.
    std::this_thread::sleep_for(std::min<Clock::duration>(backoff, deadline - now));
    backoff = std::min(backoff * 2, kMaxBackoff);
  }
}

}  // namespace chatfleet::pg
