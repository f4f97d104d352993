#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace chatfleet::bench {

struct LoadOptions {
  /// http://host:port of ingest.
  std::string base_url;
  /// "/v1/events" or "/v1/events:batch".
  std::string target;
  int clients = 16;
  /// Events in each request body (1 for /v1/events).
  int events_per_request = 1;
  /// Events in all requests together (the last request may hold fewer than events_per_request).
  std::int64_t total_events = 0;
  /// 0: as fast as the clients go. Otherwise requests are started on a fixed schedule that
  /// yields this many events per second in total (open-loop pacing, shared by all clients).
  double paced_events_per_s = 0;
  /// How often one request is retried after 503 (honouring Retry-After) or a dropped connection.
  int max_attempts = 30;
};

struct LoadResult {
  std::int64_t requests_ok = 0;      ///< answered 202
  std::int64_t events_accepted = 0;  ///< events in the requests answered 202
  std::int64_t requests_failed = 0;  ///< never got a 202 (other status, or retries used up)
  std::int64_t events_failed = 0;
  std::int64_t responses_503 = 0;            ///< 503 answers, each followed by a retry
  std::int64_t reconnects = 0;               ///< connections reopened after an I/O error or close
  std::vector<std::string> failure_samples;  ///< the first few failures, status and body
  std::chrono::steady_clock::time_point first_request;
  std::chrono::steady_clock::time_point last_accept;
  std::chrono::system_clock::time_point first_request_wall;
  /// Request round-trip times of the 202 answers, in milliseconds (unsorted).
  std::vector<double> request_ms;
};

/// Posts `request_count` bodies (built on demand by `body_of(i)`, which must be thread-safe) to
/// ingest with `options.clients` threads, one keep-alive connection each (Boost.Beast, sync).
/// Every request is expected to be answered 202; 503 is retried after Retry-After. When one
/// request used up its retries (ingest unreachable or answering 503 throughout) all clients stop
/// and the requests not sent are neither accepted nor failed. Throws
/// std::runtime_error only when the URL is malformed.
LoadResult RunLoad(const LoadOptions& options, std::int64_t request_count,
                   const std::function<std::string(std::int64_t)>& body_of);

}  // namespace chatfleet::bench
