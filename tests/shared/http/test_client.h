#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chatfleet::http::testing {

struct TestResponse {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  /// First header with this name (case-insensitive).
  std::optional<std::string> Header(std::string_view name) const;
};

/// A deliberately small blocking HTTP/1.1 client over a plain loopback socket, independent of
/// the Beast code under test. Every read is bounded by `timeout`, so a test fails, not hangs.
class TestConnection {
 public:
  explicit TestConnection(std::uint16_t port,
                          std::chrono::milliseconds timeout = std::chrono::seconds(5));
  ~TestConnection();
  TestConnection(const TestConnection&) = delete;
  TestConnection& operator=(const TestConnection&) = delete;

  /// Writes all of `raw`; false when the peer closed or reset the connection.
  bool Send(std::string_view raw);
  /// Reads one response (Content-Length framed); nullopt on close, reset or timeout.
  std::optional<TestResponse> Read();
  /// Send + Read.
  std::optional<TestResponse> RoundTrip(std::string_view raw);
  /// True when the server closes the connection (EOF or reset) within `within`.
  bool WaitForClose(std::chrono::milliseconds within);

 private:
  bool Fill();  // reads more into buffer_; false on EOF, error or timeout
  int fd_ = -1;
  std::string buffer_;
};

/// `GET <target> HTTP/1.1` with Host and the extra header lines (each ending in \r\n).
std::string GetRequest(std::string_view target, std::string_view extra_headers = {});
/// `<method> <target> HTTP/1.1` with a Content-Length body.
std::string RequestWithBody(std::string_view method, std::string_view target, std::string_view body,
                            std::string_view extra_headers = {});

}  // namespace chatfleet::http::testing
