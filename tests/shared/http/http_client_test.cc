#include "shared/http/http_client.h"

#include <gtest/gtest.h>

#include <thread>

#include "shared/http/server.h"

namespace chatfleet::http {
namespace {

using std::chrono::milliseconds;

ServerOptions Loopback() {
  ServerOptions options;
  options.address = "127.0.0.1";
  options.port = 0;
  options.threads = 1;
  return options;
}

TEST(HttpClientTest, SendsMethodHeadersAndBodyAndReadsTheAnswersHeaders) {
  Router router;
  router.Add("POST", "/bot/sendMessage", [](Request&& request, Responder respond) {
    Response response;
    response.status = 429;
    response.body = "{\"got\":" + request.body + ",\"auth\":\"" +
                    std::string(request.Header("authorization").value_or("")) + "\"}";
    response.headers = {{"Retry-After", "7"}, {"X-RateLimit-Remaining", "0"}};
    respond(std::move(response));
  });
  Server server(Loopback(), std::move(router));
  server.Start();
  HttpClient client(milliseconds(2000));
  const std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + "/bot/sendMessage";
  for (int i = 0; i < 2; ++i) {  // the second request reuses the connection
    auto answer = client.Send({"POST", url, {{"Authorization", "Bot t"}}, "{\"a\":1}"});
    ASSERT_TRUE(answer) << answer.error().message;
    EXPECT_EQ(answer->status, 429);
    EXPECT_EQ(answer->body, "{\"got\":{\"a\":1},\"auth\":\"Bot t\"}");
    EXPECT_EQ(answer->Header("retry-after").value_or(""), "7");
    EXPECT_EQ(answer->Header("X-RATELIMIT-REMAINING").value_or(""), "0");
  }
  server.Stop();
}

TEST(HttpClientTest, NoServerIsRetryableAndCertainlyNotWritten) {
  HttpClient client(milliseconds(1000));
  auto answer = client.Send({"POST", "http://127.0.0.1:1/x", {}, "{}"});
  ASSERT_FALSE(answer);
  EXPECT_TRUE(answer.error().retryable());
  EXPECT_FALSE(answer.error().maybe_written);
}

TEST(HttpClientTest, ATimeoutAfterTheRequestWentOutMayHaveBeenWritten) {
  Router router;
  std::thread late;
  router.Add("POST", "/slow", [&late](Request&&, Responder respond) {
    late = std::thread([respond = std::move(respond)]() mutable {
      std::this_thread::sleep_for(milliseconds(600));
      respond(Response{});
    });
  });
  Server server(Loopback(), std::move(router));
  server.Start();
  HttpClient client(milliseconds(200));
  auto answer = client.Send(
      {"POST", "http://127.0.0.1:" + std::to_string(server.port()) + "/slow", {}, "{}"});
  ASSERT_FALSE(answer);
  EXPECT_TRUE(answer.error().maybe_written);
  late.join();
  server.Stop();
}

}  // namespace
}  // namespace chatfleet::http
