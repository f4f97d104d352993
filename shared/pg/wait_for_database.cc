#include "shared/pg/wait_for_database.h"

#include "shared/core/retry.h"
#include "shared/log/logger.h"

namespace chatfleet::pg {

Result<Connection> WaitForDatabase(const std::string& url, std::chrono::milliseconds wait) {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point start = Clock::now();
  const Clock::time_point deadline = start + wait;
  const RetryPolicy policy{.initial_delay = std::chrono::milliseconds(100),
                           .max_delay = std::chrono::milliseconds(2000)};
  int attempts = 0;
  Result<Connection> connection = Retry<Connection>(
      policy,
      [&] {
        ++attempts;
        return Connection::Open(url);
      },
      [&] { return Clock::now() >= deadline; },
      [&](const Error& error, int attempt) {
        log::Info("database not reachable yet; retrying",
                  {{"attempt", attempt}, {"error", error.message}});
      });
  if (connection || !connection.error().retryable()) return connection;
  const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
  Error error = std::move(connection.error());
  error.message += " (gave up after " + std::to_string(attempts) + " attempts in " +
                   std::to_string(waited.count()) + " ms)";
  return Fail(std::move(error));
}

}  // namespace chatfleet::pg
