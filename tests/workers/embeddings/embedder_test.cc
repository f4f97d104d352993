// The embeddings client against a loopback HTTP server: what it reports when the service
// refuses a request.
#include "workers/embeddings/embedder.h"

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>

#include "shared/core/utf8.h"
#include "shared/http/server.h"

namespace chatfleet::workers {
namespace {

/// A server that answers every embeddings request with `status` and `body`.
class RefusingService {
 public:
  RefusingService(int status, std::string body) {
    http::Router router;
    router.Add("POST", "/v1/embeddings", [status, body](http::Request&&, http::Responder respond) {
      http::Response response;
      response.status = status;
      response.body = body;
      respond(std::move(response));
    });
    http::ServerOptions options;
    options.address = "127.0.0.1";
    options.port = 0;
    options.threads = 1;
    server_.emplace(options, std::move(router));
    server_->Start();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(server_->port()); }

 private:
  std::optional<http::Server> server_;
};

EmbedderSettings SettingsFor(const RefusingService& service) {
  EmbedderSettings settings;
  settings.url = service.url();
  settings.timeout = std::chrono::milliseconds(2000);
  return settings;
}

// Regression: the excerpt of a long refusal was cut at byte 200 even inside a multi-byte
// character, so the error (and the log line that carries it) held invalid UTF-8.
TEST(OpenAiEmbedderTest, ALongRefusalIsExcerptedWithoutSplittingACharacter) {
  // Given a refusal whose 200th byte falls inside a two-byte Cyrillic letter
  const std::string body = std::string(199, 'x') + "ошибка модели";
  RefusingService service(400, body);
  OpenAiEmbedder embedder(SettingsFor(service));
  // when a batch is embedded
  const auto answer = embedder.Embed({"hello"});
  // then the error says HTTP 400 with an excerpt that is still valid UTF-8
  ASSERT_FALSE(answer);
  const std::string& message = answer.error().message;
  EXPECT_NE(message.find("HTTP 400"), std::string::npos) << message;
  EXPECT_TRUE(IsValidUtf8(message)) << message;
  EXPECT_TRUE(message.ends_with(std::string(199, 'x') + "…")) << message;
}

TEST(OpenAiEmbedderTest, AShortRefusalIsReportedWhole) {
  RefusingService service(503, "model loading");
  OpenAiEmbedder embedder(SettingsFor(service));
  const auto answer = embedder.Embed({"hello"});
  ASSERT_FALSE(answer);
  EXPECT_TRUE(answer.error().retryable());
  EXPECT_TRUE(answer.error().message.ends_with("HTTP 503: model loading"))
      << answer.error().message;
}

}  // namespace
}  // namespace chatfleet::workers
