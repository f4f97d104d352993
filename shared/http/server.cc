// The only translation unit that includes Boost.Beast: it is slow to compile, so the session,
// the responder plumbing and the acceptor live here together, behind Server's pimpl.
#include "shared/http/server.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "shared/log/logger.h"

namespace chatfleet::http {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

constexpr std::string_view kRequestIdHeader = "X-Request-ID";
/// After an error answer the client may still be sending the body we refused. Closing with
/// unread data makes the kernel send RST, which can destroy the answer before the client reads
/// it, so we half-close and drain for a bounded time first (nginx's "lingering close").
constexpr std::chrono::milliseconds kLingerTime{2000};
constexpr std::size_t kMaxLingerBytes = 8 << 20;
/// Stop() waits this long for connections to finish closing before it stops the io_context.
constexpr std::chrono::milliseconds kStopGrace{2000};

class Session;

/// What the server, its sessions and any outstanding responders share. Responders may outlive
/// the server: they check `stopped` under `mutex` before posting, so nothing is ever posted to
/// a destroyed io_context.
struct Shared {
  ServerOptions options;
  Router router;
  std::mutex mutex;
  bool stopped = false;
  /// Strong references: a connection stays alive while a handler holds its responder even
  /// though no I/O is pending on it. Removed when the connection ends; cleared by Stop().
  std::unordered_map<Session*, std::shared_ptr<Session>> sessions;
};

/// What the response needs to know about the request it answers.
struct ReplyTo {
  unsigned version = 11;
  bool keep_alive = false;
  std::string request_id;
};

enum class AfterWrite { kReadNext, kClose, kLinger };

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, std::shared_ptr<Shared> shared)
      : shared_(std::move(shared)), stream_(std::move(socket)) {
    beast::error_code ec;
    const auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_address_ = endpoint.address().to_string();
  }

  void Start() {
    net::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::DoRead, self()));
  }

  /// From any thread.
  void Close() {
    net::post(stream_.get_executor(), [s = self()] { s->Finish(); });
  }

  /// From any thread: the response is written on the connection's strand.
  void PostResponse(Response response, ReplyTo reply_to) {
    net::post(stream_.get_executor(), [s = self(), response = std::move(response),
                                       reply_to = std::move(reply_to)]() mutable {
      s->Send(std::move(response), reply_to, AfterWrite::kReadNext);
    });
  }

 private:
  std::shared_ptr<Session> self() { return shared_from_this(); }

  void DoRead() {
    if (closed_) return;
    parser_.emplace();
    parser_->body_limit(shared_->options.max_body_bytes);
    parser_->header_limit(static_cast<std::uint32_t>(
        std::min<std::size_t>(shared_->options.max_header_bytes, UINT32_MAX)));
    stream_.expires_after(shared_->options.idle_timeout);
    bhttp::async_read(stream_, buffer_, *parser_,
                      beast::bind_front_handler(&Session::OnRead, self()));
  }

  void OnRead(beast::error_code ec, std::size_t /*bytes*/) {
    if (ec) return OnReadError(ec);
    auto& message = parser_->get();
    ReplyTo reply_to{message.version(), message.keep_alive(), RequestId()};

    Request request;
    request.method = std::string(message.method_string());
    request.target = std::string(message.target());
    const auto query = request.target.find('?');
    request.path = request.target.substr(0, query);
    if (query != std::string::npos) request.query = request.target.substr(query + 1);
    for (const auto& field : message) {
      request.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    }
    request.body = std::move(message.body());
    request.remote_address = remote_address_;
    parser_.reset();
    Dispatch(std::move(request), std::move(reply_to));
  }

  void Dispatch(Request&& request, ReplyTo reply_to);

  void OnReadError(beast::error_code ec) {
    if (ec == bhttp::error::body_limit) {
      return SendError(JsonError(413, "body_too_large",
                                 "the request body exceeds " +
                                     std::to_string(shared_->options.max_body_bytes) + " bytes"));
    }
    if (ec == bhttp::error::header_limit) {
      return SendError(JsonError(431, "headers_too_large",
                                 "the request headers exceed " +
                                     std::to_string(shared_->options.max_header_bytes) + " bytes"));
    }
    // A parse error of a request that had begun; end_of_stream is a clean close between
    // requests and partial_message a client that hung up mid-request: nobody to answer.
    if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category() &&
        ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message) {
      return SendError(JsonError(400, "bad_request", "malformed HTTP request: " + ec.message()));
    }
    // end_of_stream, timeout (idle client), reset, or our own Close(): just hang up.
    Finish();
  }

  void SendError(Response response) {
    ReplyTo reply_to{parser_ ? parser_->get().version() : 11, false, RequestId()};
    Send(std::move(response), reply_to, AfterWrite::kLinger);
  }

  std::string RequestId() const {
    if (!parser_) return {};
    const auto& message = parser_->get();
    const auto it = message.find(kRequestIdHeader);
    return it == message.end() ? std::string() : std::string(it->value());
  }

  void Send(Response response, const ReplyTo& reply_to, AfterWrite after) {
    if (closed_) return;  // Stop() or a broken connection got here first: drop the answer.
    if (response.status < 100 || response.status > 999) {
      log::Error("http handler returned an invalid status", {{"status", response.status}});
      response = JsonError(500, "internal", "invalid response status");
    }
    response_ = {};
    response_.version(reply_to.version);
    response_.result(static_cast<unsigned>(response.status));
    for (auto& [name, value] : response.headers) response_.insert(name, value);
    if (!response.content_type.empty()) {
      response_.set(bhttp::field::content_type, response.content_type);
    }
    if (!reply_to.request_id.empty()) response_.set(kRequestIdHeader, reply_to.request_id);
    response_.keep_alive(reply_to.keep_alive && after == AfterWrite::kReadNext);
    if (!response_.keep_alive() && after == AfterWrite::kReadNext) after = AfterWrite::kClose;
    response_.body() = std::move(response.body);
    response_.prepare_payload();
    stream_.expires_after(shared_->options.idle_timeout);
    bhttp::async_write(stream_, response_, [s = self(), after](beast::error_code ec, std::size_t) {
      s->OnWrite(ec, after);
    });
  }

  void OnWrite(beast::error_code ec, AfterWrite after) {
    if (ec || after == AfterWrite::kClose) return Finish();
    if (after == AfterWrite::kLinger) return Linger();
    DoRead();
  }

  void Linger() {
    if (closed_) return;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.expires_after(
        std::min<std::chrono::milliseconds>(shared_->options.idle_timeout, kLingerTime));
    Drain();
  }

  void Drain() {
    stream_.async_read_some(net::buffer(drain_), [s = self()](beast::error_code ec, std::size_t n) {
      s->drained_ += n;
      if (ec || s->drained_ > kMaxLingerBytes) return s->Finish();
      s->Drain();
    });
  }

  /// Ends the connection; idempotent. Runs on the strand.
  void Finish() {
    if (!closed_) {
      closed_ = true;
      beast::error_code ec;
      stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
      stream_.close();
    }
    std::shared_ptr<Session> keep;  // released after the lock: may be the last reference
    std::lock_guard lock(shared_->mutex);
    if (auto it = shared_->sessions.find(this); it != shared_->sessions.end()) {
      keep = std::move(it->second);
      shared_->sessions.erase(it);
    }
  }

  std::shared_ptr<Shared> shared_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  bhttp::response<bhttp::string_body> response_;
  std::string remote_address_;
  std::array<char, 16 << 10> drain_;
  std::size_t drained_ = 0;
  bool closed_ = false;
};

/// One request's answer slot, shared by the copies of its Responder. Answers exactly once;
/// a handler that drops its responder unanswered gets a 500 sent for it.
class Exchange {
 public:
  Exchange(std::shared_ptr<Shared> shared, std::weak_ptr<Session> session, ReplyTo reply_to)
      : shared_(std::move(shared)), session_(std::move(session)), reply_to_(std::move(reply_to)) {}
  ~Exchange() {
    if (!answered_.exchange(true)) {
      log::Error("http handler dropped its responder without answering");
      Deliver(JsonError(500, "internal", "the request was not answered"));
    }
  }
  Exchange(const Exchange&) = delete;
  Exchange& operator=(const Exchange&) = delete;

  bool TryAnswer(Response response) {
    if (answered_.exchange(true)) return false;
    Deliver(std::move(response));
    return true;
  }

 private:
  void Deliver(Response response) {
    std::lock_guard lock(shared_->mutex);
    if (shared_->stopped) return;  // the server is gone or going: drop
    if (auto session = session_.lock()) session->PostResponse(std::move(response), reply_to_);
  }

  std::shared_ptr<Shared> shared_;
  std::weak_ptr<Session> session_;
  ReplyTo reply_to_;
  std::atomic<bool> answered_{false};
};

void Session::Dispatch(Request&& request, ReplyTo reply_to) {
  auto exchange = std::make_shared<Exchange>(shared_, weak_from_this(), std::move(reply_to));
  Responder respond = [exchange](Response response) {
    if (!exchange->TryAnswer(std::move(response))) {
      log::Error("http responder called more than once; extra answer dropped");
    }
  };
  const std::string method = request.method;
  const std::string path = request.path;
  try {
    shared_->router.Dispatch(std::move(request), std::move(respond));
  } catch (const std::exception& e) {
    log::Error("http handler threw", {{"method", method}, {"path", path}, {"error", e.what()}});
    exchange->TryAnswer(JsonError(500, "internal", "internal error"));
  }
}

}  // namespace

struct Server::Impl {
  explicit Impl(ServerOptions options, Router router)
      : shared(std::make_shared<Shared>()), acceptor(net::make_strand(io)), retry_timer(io) {
    shared->options = std::move(options);
    shared->router = std::move(router);
    const ServerOptions& o = shared->options;
    try {
      const tcp::endpoint endpoint(net::ip::make_address(o.address), o.port);
      acceptor.open(endpoint.protocol());
      acceptor.set_option(net::socket_base::reuse_address(true));
      acceptor.bind(endpoint);
      acceptor.listen(net::socket_base::max_listen_connections);
      port = acceptor.local_endpoint().port();
    } catch (const boost::system::system_error& e) {
      throw std::runtime_error("http: cannot listen on " + o.address + ":" +
                               std::to_string(o.port) + ": " + e.code().message());
    }
  }

  void DoAccept() {
    acceptor.async_accept(net::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
      OnAccept(ec, std::move(socket));
    });
  }

  void OnAccept(beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor.is_open()) return;
    if (ec) {
      // EMFILE and friends: retry shortly instead of spinning on the error.
      log::Warn("http accept failed", {{"error", ec.message()}});
      retry_timer.expires_after(std::chrono::milliseconds(50));
      retry_timer.async_wait([this](beast::error_code wait_ec) {
        if (!wait_ec && acceptor.is_open()) DoAccept();
      });
      return;
    }
    beast::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    auto session = std::make_shared<Session>(std::move(socket), shared);
    {
      std::lock_guard lock(shared->mutex);
      if (shared->stopped) return;
      shared->sessions.emplace(session.get(), session);
    }
    session->Start();
    DoAccept();
  }

  void Start() {
    std::lock_guard lock(lifecycle_mutex);
    if (started || stopping) return;
    started = true;
    net::post(acceptor.get_executor(), [this] { DoAccept(); });
    const int count = std::max(1, shared->options.threads);
    running = count;
    for (int i = 0; i < count; ++i) threads.emplace_back([this] { Run(); });
    log::Info("http server listening",
              {{"address", shared->options.address}, {"port", static_cast<int>(port)}});
  }

  void Run() {
    for (;;) {
      try {
        io.run();
        break;
      } catch (const std::exception& e) {
        log::Error("http io thread caught an exception", {{"error", e.what()}});
      }
    }
    std::lock_guard lock(lifecycle_mutex);
    if (--running == 0) all_returned.notify_all();
  }

  void Stop() {
    std::unique_lock lifecycle(lifecycle_mutex);
    if (stopping) return;
    stopping = true;
    std::vector<std::shared_ptr<Session>> open;
    {
      std::lock_guard lock(shared->mutex);
      shared->stopped = true;
      for (auto& [raw, session] : shared->sessions) open.push_back(session);
    }
    if (started) {
      net::post(acceptor.get_executor(), [this] {
        beast::error_code ignored;
        acceptor.close(ignored);
        retry_timer.cancel();
      });
      for (auto& session : open) session->Close();
      open.clear();
      // Closing cancels every pending operation, so run() returns on its own once the
      // handlers have unwound; stop() is the fallback for anything that does not.
      if (!all_returned.wait_for(lifecycle, kStopGrace, [this] { return running == 0; })) {
        io.stop();
      }
      lifecycle.unlock();
      for (auto& thread : threads) thread.join();
      threads.clear();
    } else {
      beast::error_code ignored;
      acceptor.close(ignored);
    }
    std::unordered_map<Session*, std::shared_ptr<Session>> remaining;
    {
      std::lock_guard lock(shared->mutex);
      remaining.swap(shared->sessions);
    }
    // No thread dispatches any more. Releasing the handlers breaks the cycle a handler would
    // otherwise close by keeping unanswered responders (which keep `shared` alive) in an
    // object it captured.
    shared->router = Router{};
  }

  // Destroyed in reverse: threads are joined in Stop(), then the acceptor, then the io_context.
  net::io_context io;
  std::shared_ptr<Shared> shared;
  tcp::acceptor acceptor;
  net::steady_timer retry_timer;
  std::uint16_t port = 0;
  std::mutex lifecycle_mutex;
  std::condition_variable all_returned;
  bool started = false;
  bool stopping = false;
  int running = 0;
  std::vector<std::thread> threads;
};

Server::Server(ServerOptions options, Router router)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(router))) {}

Server::~Server() { Stop(); }

void Server::Start() { impl_->Start(); }
void Server::Stop() { impl_->Stop(); }
std::uint16_t Server::port() const { return impl_->port; }

}  // namespace chatfleet::http
