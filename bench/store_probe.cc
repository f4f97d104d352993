#include "bench/store_probe.h"

#include <algorithm>
#include <thread>

namespace chatfleet::bench {
namespace {

constexpr std::string_view kCountSql = "SELECT count(*) FROM chat_history WHERE tenant = $1";

constexpr std::string_view kLatencySql = R"(
SELECT
  percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms),
  percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms),
  max(latency_ms),
  count(*)
FROM (
  SELECT extract(epoch FROM created_at - received_at) * 1000 AS latency_ms
  FROM chat_history WHERE tenant = $1
) AS rows_of_run)";

constexpr std::string_view kSentinelsSql = R"(
SELECT count(*)
FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS s(bot, platform, conversation_id,
                                                               platform_message_id)
JOIN chat_history h ON h.tenant = $1 AND h.bot = s.bot AND h.platform = s.platform
  AND h.conversation_id = s.conversation_id AND h.platform_message_id = s.platform_message_id)";

// A parallel count would take both cores of the bench machine away from the workers.
constexpr std::string_view kNoParallelSql = "SET max_parallel_workers_per_gather = 0";

constexpr std::chrono::milliseconds kPollEvery{100};
constexpr int kFullCountEvery = 20;  // polls: every 2 s while sentinels are missing

/// `{"a","b"}` as a PostgreSQL text-array literal, bound as one parameter (values are quoted
/// and escaped, never spliced into SQL).
std::string ArrayLiteral(const std::vector<MessageKey>& keys, std::string MessageKey::*field) {
  std::string out = "{";
  for (const MessageKey& key : keys) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (char c : key.*field) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

Result<std::int64_t> CountSentinels(pg::Connection& connection, const std::string& tenant,
                                    const std::vector<MessageKey>& sentinels) {
  const std::string bots = ArrayLiteral(sentinels, &MessageKey::bot);
  const std::string platforms = ArrayLiteral(sentinels, &MessageKey::platform);
  const std::string conversations = ArrayLiteral(sentinels, &MessageKey::conversation_id);
  const std::string ids = ArrayLiteral(sentinels, &MessageKey::platform_message_id);
  auto result = connection.Exec(kSentinelsSql, {tenant, bots, platforms, conversations, ids});
  if (!result) return Fail(result.error());
  return result->Int(0, 0);
}

double ToDouble(std::string_view text) { return text.empty() ? 0 : std::stod(std::string(text)); }

}  // namespace

Result<StoredCount> WaitForRows(pg::Connection& connection, const std::string& tenant,
                                std::int64_t expected, std::chrono::milliseconds stall_timeout,
                                const std::vector<MessageKey>& sentinels) {
  if (auto serial = connection.Exec(kNoParallelSql); !serial) return Fail(serial.error());
  StoredCount count;
  count.reached = std::chrono::steady_clock::now();
  bool sentinels_stored = sentinels.empty();
  for (int poll = 0;; ++poll) {
    if (!sentinels_stored) {
      auto found = CountSentinels(connection, tenant, sentinels);
      if (!found) return Fail(found.error());
      sentinels_stored = *found >= static_cast<std::int64_t>(sentinels.size());
    }
    if (sentinels_stored || poll % kFullCountEvery == 0) {
      auto result = connection.Exec(kCountSql, {tenant});
      if (!result) return Fail(result.error());
      const std::int64_t rows = result->Int(0, 0);
      const auto now = std::chrono::steady_clock::now();
      count.longest_stall =
          std::max(count.longest_stall,
                   std::chrono::duration_cast<std::chrono::milliseconds>(now - count.reached));
      if (rows != count.rows) {
        count.rows = rows;
        count.reached = now;
      }
      if (rows >= expected) {
        count.complete = true;
        return count;
      }
    }
    if (std::chrono::steady_clock::now() - count.reached > stall_timeout) return count;
    std::this_thread::sleep_for(kPollEvery);
  }
}

Result<StoreLatency> MeasureStoreLatency(pg::Connection& connection, const std::string& tenant) {
  auto result = connection.Exec(kLatencySql, {tenant});
  if (!result) return Fail(result.error());
  StoreLatency latency;
  latency.p50_ms = ToDouble(result->Value(0, 0));
  latency.p99_ms = ToDouble(result->Value(0, 1));
  latency.max_ms = ToDouble(result->Value(0, 2));
  latency.rows = result->Int(0, 3);
  return latency;
}

}  // namespace chatfleet::bench
