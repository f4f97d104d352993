#include "shared/http/server.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "tests/shared/http/test_client.h"

namespace chatfleet::http {
namespace {

Response Reply(int status, std::string body, std::string content_type = "application/json") {
  Response response;
  response.status = status;
  response.body = std::move(body);
  response.content_type = std::move(content_type);
  return response;
}

using namespace std::chrono_literals;
using testing::GetRequest;
using testing::RequestWithBody;
using testing::TestConnection;

ServerOptions Loopback() {
  ServerOptions options;
  options.address = "127.0.0.1";
  options.port = 0;
  options.threads = 2;
  return options;
}

/// Handlers that park their responder here answer when the test says so, from the test's thread.
struct Parked {
  std::mutex mutex;
  std::vector<Responder> responders;
  std::promise<void> arrived;

  void Park(Responder respond) {
    std::lock_guard lock(mutex);
    responders.push_back(std::move(respond));
    if (responders.size() == 1) arrived.set_value();
  }
};

Router EchoRouter() {
  Router router;
  router.Add("GET", "/hello",
             [](Request&&, Responder respond) { respond(Reply(200, R"({"hello":"world"})")); });
  router.Add("POST", "/echo", [](Request&& request, Responder respond) {
    Response response = Reply(200, "", "text/plain");
    response.body = request.method + " " + request.path + " ?" + request.query + " " +
                    std::string(request.Header("x-custom").value_or("-")) + " " +
                    request.remote_address + " " + request.body;
    response.headers.emplace_back("X-Handled-By", "echo");
    respond(std::move(response));
  });
  router.Add("GET", "/throw", [](Request&&, Responder) { throw std::runtime_error("boom"); });
  router.Add("GET", "/drop", [](Request&&, Responder) {});
  return router;
}

class ServerTest : public ::testing::Test {
 protected:
  void StartServer(ServerOptions options = Loopback(), Router router = EchoRouter()) {
    server_ = std::make_unique<Server>(std::move(options), std::move(router));
    server_->Start();
  }
  std::unique_ptr<Server> server_;
};

TEST_F(ServerTest, RoutesAndPassesTheRequestThrough) {
  StartServer();
  TestConnection connection(server_->port());

  auto response = connection.RoundTrip(GetRequest("/hello"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->body, R"({"hello":"world"})");
  EXPECT_EQ(response->Header("Content-Type"), "application/json");

  response = connection.RoundTrip(
      RequestWithBody("POST", "/echo?a=1&b=2", "payload", "X-Custom: yes\r\n"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->body, "POST /echo ?a=1&b=2 yes 127.0.0.1 payload");
  EXPECT_EQ(response->Header("Content-Type"), "text/plain");
  EXPECT_EQ(response->Header("X-Handled-By"), "echo");
}

TEST_F(ServerTest, UnknownPathIs404AndWrongMethodIs405) {
  StartServer();
  TestConnection connection(server_->port());

  auto response = connection.RoundTrip(GetRequest("/nope"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 404);
  EXPECT_NE(response->body.find(R"("code":"not_found")"), std::string::npos);

  response = connection.RoundTrip(RequestWithBody("POST", "/hello", "{}"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 405);
  EXPECT_EQ(response->Header("Allow"), "GET");
  EXPECT_NE(response->body.find(R"("code":"method_not_allowed")"), std::string::npos);
}

TEST_F(ServerTest, HandlerMayAnswerLaterFromAnotherThread) {
  auto parked = std::make_shared<Parked>();
  Router router;
  router.Add("POST", "/later",
             [parked](Request&&, Responder respond) { parked->Park(std::move(respond)); });
  StartServer(Loopback(), std::move(router));
  TestConnection connection(server_->port());
  ASSERT_TRUE(connection.Send(RequestWithBody("POST", "/later", "{}")));

  // Given the handler returned without answering, when another thread answers later,
  // then the client receives that answer on the same connection.
  ASSERT_EQ(parked->arrived.get_future().wait_for(5s), std::future_status::ready);
  std::thread([parked] {
    std::this_thread::sleep_for(50ms);
    parked->responders.front()(Reply(202, R"({"accepted":true})"));
  }).join();
  const auto response = connection.Read();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 202);
  EXPECT_EQ(response->body, R"({"accepted":true})");
}

TEST_F(ServerTest, SecondAnswerIsIgnored) {
  Router router;
  router.Add("GET", "/twice", [](Request&&, Responder respond) {
    respond(Reply(200, "first"));
    respond(Reply(500, "second"));
  });
  StartServer(Loopback(), std::move(router));
  TestConnection connection(server_->port());
  auto response = connection.RoundTrip(GetRequest("/twice"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->body, "first");
  // The connection is still usable: no stray second response is queued.
  response = connection.RoundTrip(GetRequest("/nope"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 404);
}

TEST_F(ServerTest, ThrowingOrDroppingHandlerGets500) {
  StartServer();
  TestConnection connection(server_->port());
  auto response = connection.RoundTrip(GetRequest("/throw"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 500);
  EXPECT_NE(response->body.find(R"("code":"internal")"), std::string::npos);

  response = connection.RoundTrip(GetRequest("/drop"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 500);
}

TEST_F(ServerTest, BodyOverTheLimitIs413) {
  ServerOptions options = Loopback();
  options.max_body_bytes = 1024;
  StartServer(options);

  // Within the limit: fine.
  TestConnection small(server_->port());
  auto response = small.RoundTrip(RequestWithBody("POST", "/echo", std::string(1024, 'a')));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);

  // Over it, body sent in full: answered 413 (with the request id), then closed.
  TestConnection big(server_->port());
  response = big.RoundTrip(
      RequestWithBody("POST", "/echo", std::string(64 << 10, 'a'), "X-Request-ID: big-1\r\n"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
  EXPECT_NE(response->body.find(R"("code":"body_too_large")"), std::string::npos);
  EXPECT_EQ(response->Header("X-Request-ID"), "big-1");
  EXPECT_EQ(response->Header("Connection"), "close");
  EXPECT_TRUE(big.WaitForClose(5s));
}

TEST_F(ServerTest, DeclaredLengthOverTheLimitIsRefusedBeforeTheBodyArrives) {
  ServerOptions options = Loopback();
  options.max_body_bytes = 1024;
  StartServer(options);
  TestConnection connection(server_->port());
  const auto response =
      connection.RoundTrip("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
}

TEST_F(ServerTest, HeadersOverTheLimitAre431) {
  ServerOptions options = Loopback();
  options.max_header_bytes = 1024;
  StartServer(options);
  TestConnection connection(server_->port());
  const auto response =
      connection.RoundTrip(GetRequest("/hello", "X-Big: " + std::string(4096, 'h') + "\r\n"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 431);
  EXPECT_NE(response->body.find(R"("code":"headers_too_large")"), std::string::npos);
}

TEST_F(ServerTest, MalformedRequestIs400) {
  StartServer();
  TestConnection connection(server_->port());
  const auto response = connection.RoundTrip("NOT HTTP AT ALL\r\n\r\n");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 400);
  EXPECT_NE(response->body.find(R"("code":"bad_request")"), std::string::npos);
  EXPECT_TRUE(connection.WaitForClose(5s));
}

TEST_F(ServerTest, EchoesRequestIdOnlyWhenSent) {
  StartServer();
  TestConnection connection(server_->port());
  auto response = connection.RoundTrip(GetRequest("/hello", "X-Request-ID: req-42\r\n"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->Header("X-Request-ID"), "req-42");
  response = connection.RoundTrip(GetRequest("/nope", "x-request-id: req-43\r\n"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 404);
  EXPECT_EQ(response->Header("X-Request-ID"), "req-43");
  response = connection.RoundTrip(GetRequest("/hello"));
  ASSERT_TRUE(response);
  EXPECT_FALSE(response->Header("X-Request-ID").has_value());
}

TEST_F(ServerTest, KeepAliveServesSeveralRequestsAndConnectionCloseEndsIt) {
  StartServer();
  TestConnection connection(server_->port());
  for (int i = 0; i < 2; ++i) {
    const auto response = connection.RoundTrip(GetRequest("/hello"));
    ASSERT_TRUE(response) << "request " << i;
    EXPECT_EQ(response->status, 200);
    EXPECT_NE(response->Header("Connection"), "close");
  }
  const auto response = connection.RoundTrip(GetRequest("/hello", "Connection: close\r\n"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->Header("Connection"), "close");
  EXPECT_TRUE(connection.WaitForClose(5s));
}

TEST_F(ServerTest, Http10WithoutKeepAliveIsClosed) {
  StartServer();
  TestConnection connection(server_->port());
  const auto response = connection.RoundTrip("GET /hello HTTP/1.0\r\n\r\n");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_TRUE(connection.WaitForClose(5s));
}

TEST_F(ServerTest, IdleClientIsDisconnected) {
  ServerOptions options = Loopback();
  options.idle_timeout = 200ms;
  StartServer(options);
  TestConnection connection(server_->port());
  const auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(connection.WaitForClose(5s));
  EXPECT_GE(std::chrono::steady_clock::now() - start, 150ms);
}

TEST_F(ServerTest, SlowlorisHalfRequestIsDisconnected) {
  ServerOptions options = Loopback();
  options.idle_timeout = 200ms;
  StartServer(options);
  TestConnection connection(server_->port());
  ASSERT_TRUE(connection.Send("GET /hello HTTP/1.1\r\nHost: x\r\n"));
  EXPECT_TRUE(connection.WaitForClose(5s));
}

TEST_F(ServerTest, ManyConcurrentClientsAreAllAnswered) {
  ServerOptions options = Loopback();
  options.threads = 4;
  StartServer(options);
  constexpr int kClients = 32;
  constexpr int kRequests = 50;
  std::atomic<int> ok{0};
  {
    std::vector<std::jthread> clients;
    for (int c = 0; c < kClients; ++c) {
      clients.emplace_back([&, c] {
        TestConnection connection(server_->port());
        for (int i = 0; i < kRequests; ++i) {
          const std::string body = std::to_string(c) + "-" + std::to_string(i);
          const auto response = connection.RoundTrip(RequestWithBody("POST", "/echo", body));
          if (response && response->status == 200 && response->body.ends_with(" " + body)) ++ok;
        }
      });
    }
  }
  EXPECT_EQ(ok.load(), kClients * kRequests);
}

TEST_F(ServerTest, StopWithConnectedClientsReturnsPromptly) {
  auto parked = std::make_shared<Parked>();
  Router router = EchoRouter();
  router.Add("GET", "/park",
             [parked](Request&&, Responder respond) { parked->Park(std::move(respond)); });
  StartServer(Loopback(), std::move(router));

  // Given idle keep-alive clients and one request waiting on its handler,
  std::vector<std::unique_ptr<TestConnection>> idle;
  for (int i = 0; i < 8; ++i) {
    idle.push_back(std::make_unique<TestConnection>(server_->port()));
    ASSERT_TRUE(idle.back()->RoundTrip(GetRequest("/hello")));
  }
  TestConnection waiting(server_->port());
  ASSERT_TRUE(waiting.Send(GetRequest("/park")));
  ASSERT_EQ(parked->arrived.get_future().wait_for(5s), std::future_status::ready);

  // when the server stops,
  const auto start = std::chrono::steady_clock::now();
  server_->Stop();
  server_->Stop();  // idempotent
  EXPECT_LT(std::chrono::steady_clock::now() - start, 1500ms);

  // then every connection is closed and a late answer is dropped harmlessly.
  for (auto& connection : idle) EXPECT_TRUE(connection->WaitForClose(2s));
  EXPECT_TRUE(waiting.WaitForClose(2s));
  server_.reset();
  parked->responders.front()(Reply(200, ""));
}

TEST_F(ServerTest, ResponderDroppedAfterServerDestroyedIsHarmless) {
  auto parked = std::make_shared<Parked>();
  Router router;
  router.Add("GET", "/park",
             [parked](Request&&, Responder respond) { parked->Park(std::move(respond)); });
  StartServer(Loopback(), std::move(router));
  TestConnection connection(server_->port());
  ASSERT_TRUE(connection.Send(GetRequest("/park")));
  ASSERT_EQ(parked->arrived.get_future().wait_for(5s), std::future_status::ready);
  server_.reset();
  parked->responders.clear();  // destroys the unanswered responder after the server is gone
  SUCCEED();
}

TEST_F(ServerTest, EphemeralPortAndAddressInUse) {
  StartServer();
  EXPECT_NE(server_->port(), 0);
  ServerOptions same = Loopback();
  same.port = server_->port();
  EXPECT_THROW(Server(same, Router{}), std::runtime_error);
}

TEST_F(ServerTest, StopWithoutStartIsFine) {
  Server server(Loopback(), EchoRouter());
  server.Stop();
}

}  // namespace
}  // namespace chatfleet::http
