#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "shared/core/error.h"
#include "shared/pg/connection.h"

namespace chatfleet::bench {

struct StoredCount {
  std::int64_t rows = 0;
  /// When `rows` first reached the expected count (or the last time it grew, on a stall).
  std::chrono::steady_clock::time_point reached;
  bool complete = false;
  /// The longest time the count did not grow while waiting (seen at the full counts): a stalled
  /// partition shows here even when the rows arrive in the end.
  std::chrono::milliseconds longest_stall{0};
};

/// The natural key of one event, to look it up by chat_history_message_key.
struct MessageKey {
  std::string bot;
  std::string platform;  ///< as stored: "discord", …
  std::string conversation_id;
  std::string platform_message_id;
};

/// Waits until `SELECT count(*) FROM chat_history WHERE tenant = $1` reaches `expected`, or until
/// it has not grown for `stall_timeout` (then complete = false).
///
/// Counting 200 000 rows takes ~100–200 ms of PostgreSQL CPU on the bench machine, so counting
/// every 100 ms would take a core from the system under test. Instead every 100 ms it looks up
/// `sentinels` (the last event of each conversation: per-conversation order makes them among the
/// last stored) by primary key, counts in full only every 2 s for progress, and every 100 ms once
/// all sentinels are stored. The time reported is when the full count reached `expected`.
Result<StoredCount> WaitForRows(pg::Connection& connection, const std::string& tenant,
                                std::int64_t expected, std::chrono::milliseconds stall_timeout,
                                const std::vector<MessageKey>& sentinels);

/// Latency of the stored rows of one tenant, in milliseconds: `created_at - received_at`, i.e.
/// from ingest accepting the event (before the broker ack) to the start of the worker's insert
/// transaction (`now()` is the transaction's start time).
struct StoreLatency {
  double p50_ms = 0;
  double p99_ms = 0;
  double max_ms = 0;
  std::int64_t rows = 0;
};

Result<StoreLatency> MeasureStoreLatency(pg::Connection& connection, const std::string& tenant);

}  // namespace chatfleet::bench
