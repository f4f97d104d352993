#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/trace/trace_context.h"

namespace chatfleet::http {

struct Request {
  std::string method;  // "GET", "POST" …
  std::string target;  // path and query as sent
  std::string path;    // target without the query
  std::string query;   // after '?', undecoded
  trace::HeaderList headers;
  std::string body;
  std::string remote_address;

  /// First header with this name (case-insensitive), if any.
  std::optional<std::string_view> Header(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  trace::HeaderList headers;
};

/// `{"error":{"code":…,"message":…,"field":…}}` — the one error body every API answers with.
Response JsonError(int status, std::string_view code, std::string_view message,
                   std::string_view field = {});

/// Sends the response. Call exactly once, from any thread (it posts back to the connection):
/// a handler may answer later, e.g. from a Kafka delivery callback.
/// A second call is dropped (and logged); a responder destroyed unanswered sends a 500; a call
/// after the server stopped is dropped.
using Responder = std::function<void(Response)>;
/// Runs on a server thread, concurrently for different connections: must be thread-safe and
/// must not block (answer later through `respond` instead). An exception thrown before
/// answering becomes a 500.
using Handler = std::function<void(Request&& request, Responder respond)>;

/// Exact-path routing by method and path; unknown path → 404, known path with another
/// method → 405, both with JsonError bodies.
class Router {
 public:
  void Add(std::string method, std::string path, Handler handler);
  /// Routes every path that starts with `prefix` (e.g. `/v1/webhooks/`) and has no exact route;
  /// the handler parses the rest of the path itself (`/v1/webhooks/{platform}/{instance}`).
  void AddPrefix(std::string method, std::string prefix, Handler handler);
  void Dispatch(Request&& request, Responder respond) const;

 private:
  struct Route {
    std::string method;
    std::string path;
    Handler handler;
    bool prefix = false;
  };
  std::vector<Route> routes_;
};

struct ServerOptions {
  std::string address = "0.0.0.0";
  std::uint16_t port = 8080;  // 0 → an ephemeral port, see Server::port()
  int threads = 2;
  /// Larger bodies are answered 413 before they are read whole.
  std::size_t max_body_bytes = 1 << 20;
  std::size_t max_header_bytes = 16 << 10;
  /// A client that sends nothing for this long is disconnected (slowloris).
  std::chrono::milliseconds idle_timeout{30000};
};

/// HTTP/1.1 server on Boost.Beast with keep-alive, serving one Router on a thread pool.
/// Every response carries the request's `X-Request-ID` back when one was sent.
class Server {
 public:
  /// Binds at once; throws std::runtime_error when the address is taken.
  Server(ServerOptions options, Router router);
  ~Server();  // Stop()s
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  void Start();
  /// Stops accepting, closes connections, joins the threads. Idempotent. Call it from outside
  /// the server's threads (not from a handler).
  void Stop();
  std::uint16_t port() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chatfleet::http
