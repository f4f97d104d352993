#include "bench/http_load.h"

#include <algorithm>
#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

#include "shared/core/retry.h"

namespace chatfleet::bench {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kFailureSamples = 5;

struct Endpoint {
  std::string host;
  std::string port;
};

Endpoint ParseBaseUrl(const std::string& url) {
  constexpr std::string_view kScheme = "http://";
  if (!url.starts_with(kScheme)) throw std::runtime_error("ingest URL must start with http://");
  std::string rest = url.substr(kScheme.size());
  if (const auto slash = rest.find('/'); slash != std::string::npos) rest.resize(slash);
  const auto colon = rest.rfind(':');
  if (colon == std::string::npos) return {rest, "80"};
  return {rest.substr(0, colon), rest.substr(colon + 1)};
}

/// What one attempt of one request ended with.
struct Answer {
  unsigned status = 0;
  std::string body;
  int retry_after_s = 1;
};

/// One keep-alive connection, reopened after any I/O error or a `Connection: close` answer.
class Client {
 public:
  explicit Client(Endpoint endpoint) : endpoint_(std::move(endpoint)), socket_(io_) {}

  Result<Answer> Post(const std::string& target, const std::string& body) {
    if (!socket_.is_open()) {
      if (auto opened = Open(); !opened) return Fail(opened.error());
    }
    http::request<http::string_body> request{http::verb::post, target, 11};
    request.set(http::field::host, endpoint_.host);
    request.set(http::field::content_type, "application/json");
    request.keep_alive(true);
    request.body() = body;
    request.prepare_payload();
    beast::error_code error;
    http::write(socket_, request, error);
    http::response<http::string_body> response;
    if (!error) http::read(socket_, buffer_, response, error);
    if (error) {
      Close();
      return Fail(Error::Retryable("HTTP I/O: " + error.message()));
    }
    Answer answer{response.result_int(), std::move(response.body()), 1};
    if (const auto it = response.find(http::field::retry_after); it != response.end()) {
      answer.retry_after_s = std::max(0, std::atoi(std::string(it->value()).c_str()));
    }
    if (!response.keep_alive()) Close();
    return answer;
  }

  std::int64_t reconnects() const { return reconnects_; }

 private:
  Status Open() {
    beast::error_code error;
    tcp::resolver resolver(io_);
    const auto results = resolver.resolve(endpoint_.host, endpoint_.port, error);
    if (!error) asio::connect(socket_, results, error);
    if (error) {
      Close();
      return Fail(Error::Retryable("connect " + endpoint_.host + ":" + endpoint_.port + ": " +
                                   error.message()));
    }
    socket_.set_option(tcp::no_delay(true), error);
    if (opened_before_) ++reconnects_;
    opened_before_ = true;
    return {};
  }

  void Close() {
    beast::error_code ignored;
    socket_.shutdown(tcp::socket::shutdown_both, ignored);
    socket_.close(ignored);
    buffer_.clear();
  }

  Endpoint endpoint_;
  asio::io_context io_;
  tcp::socket socket_;
  beast::flat_buffer buffer_;
  bool opened_before_ = false;
  std::int64_t reconnects_ = 0;
};

/// Totals shared by the client threads.
struct Shared {
  /// Set when a request used up its retries on I/O errors or 503s: ingest is down or overloaded
  /// beyond recovery, and the remaining requests would only wait out the same retries.
  std::atomic<bool> abort{false};
  std::mutex mutex;
  LoadResult result;
};

void ClientLoop(const LoadOptions& options, const Endpoint& endpoint, std::int64_t request_count,
                const std::function<std::string(std::int64_t)>& body_of,
                std::atomic<std::int64_t>& next, Clock::time_point start, Shared& shared) {
  Client client(endpoint);
  LoadResult local;
  RetryPolicy policy;
  policy.initial_delay = std::chrono::milliseconds(20);
  policy.max_delay = std::chrono::milliseconds(1000);
  policy.max_attempts = options.max_attempts;
  const double seconds_per_request =
      options.paced_events_per_s > 0 ? options.events_per_request / options.paced_events_per_s : 0;
  for (std::int64_t i = next++; i < request_count && !shared.abort; i = next++) {
    if (seconds_per_request > 0) {
      std::this_thread::sleep_until(start +
                                    std::chrono::duration_cast<Clock::duration>(
                                        std::chrono::duration<double>(i * seconds_per_request)));
    }
    const std::int64_t events = std::min<std::int64_t>(
        options.events_per_request, options.total_events - i * options.events_per_request);
    const std::string body = body_of(i);
    const auto sent = Clock::now();
    std::optional<Answer> last;
    const auto outcome = Retry<Answer>(policy, [&]() -> Result<Answer> {
      auto answer = client.Post(options.target, body);
      if (!answer) return answer;
      last = *answer;
      if (answer->status == 202) return answer;
      if (answer->status == 503) {
        ++local.responses_503;
        std::this_thread::sleep_for(std::chrono::seconds(answer->retry_after_s));
        return Fail(Error::Retryable("503"));
      }
      return Fail(Error::Permanent("HTTP " + std::to_string(answer->status)));
    });
    if (outcome) {
      const auto done = Clock::now();
      ++local.requests_ok;
      local.events_accepted += events;
      local.last_accept = std::max(local.last_accept, done);
      local.request_ms.push_back(std::chrono::duration<double, std::milli>(done - sent).count());
      continue;
    }
    ++local.requests_failed;
    local.events_failed += events;
    if (outcome.error().retryable()) shared.abort = true;
    if (local.failure_samples.size() < kFailureSamples) {
      local.failure_samples.push_back(outcome.error().message +
                                      (last ? ": " + last->body.substr(0, 300) : std::string()));
    }
  }
  local.reconnects = client.reconnects();
  std::lock_guard lock(shared.mutex);
  LoadResult& total = shared.result;
  total.requests_ok += local.requests_ok;
  total.events_accepted += local.events_accepted;
  total.requests_failed += local.requests_failed;
  total.events_failed += local.events_failed;
  total.responses_503 += local.responses_503;
  total.reconnects += local.reconnects;
  total.last_accept = std::max(total.last_accept, local.last_accept);
  for (auto& sample : local.failure_samples) {
    if (total.failure_samples.size() < kFailureSamples) total.failure_samples.push_back(sample);
  }
  total.request_ms.insert(total.request_ms.end(), local.request_ms.begin(), local.request_ms.end());
}

}  // namespace

LoadResult RunLoad(const LoadOptions& options, std::int64_t request_count,
                   const std::function<std::string(std::int64_t)>& body_of) {
  const Endpoint endpoint = ParseBaseUrl(options.base_url);
  Shared shared;
  std::atomic<std::int64_t> next{0};
  const auto start = Clock::now();
  shared.result.first_request = start;
  shared.result.first_request_wall = std::chrono::system_clock::now();
  shared.result.last_accept = start;
  std::vector<std::jthread> threads;
  for (int c = 0; c < std::max(1, options.clients); ++c) {
    threads.emplace_back(
        [&] { ClientLoop(options, endpoint, request_count, body_of, next, start, shared); });
  }
  threads.clear();  // joins
  return std::move(shared.result);
}

}  // namespace chatfleet::bench
