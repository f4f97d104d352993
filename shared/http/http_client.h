#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "shared/core/error.h"
#include "shared/trace/trace_context.h"

namespace chatfleet::http {

struct ClientRequest {
  std::string method = "POST";
  std::string url;
  trace::HeaderList headers;
  std::string body;
};

struct ClientResponse {
  int status = 0;
  std::string body;
  /// Response headers in arrival order, names as sent.
  trace::HeaderList headers;

  /// First header with this name (case-insensitive), if any.
  std::optional<std::string_view> Header(std::string_view name) const;
};

/// An HTTP/1.1 client over libcurl for the platforms' send APIs. Keeps one connection per host
/// alive between requests (one curl easy handle).
///
/// Not thread-safe: one user at a time. A transport failure (connect, timeout, reset) is a
/// retryable error, marked maybe_written when the request had gone out (the server may have
/// acted on it); any HTTP status is an answer, not an error.
class HttpClient {
 public:
  explicit HttpClient(std::chrono::milliseconds timeout);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  Result<ClientResponse> Send(const ClientRequest& request);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chatfleet::http
