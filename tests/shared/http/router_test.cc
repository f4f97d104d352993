#include <gtest/gtest.h>

#include "shared/http/server.h"

namespace chatfleet::http {
namespace {

Response Reply(int status, std::string body, std::string content_type = "application/json") {
  Response response;
  response.status = status;
  response.body = std::move(body);
  response.content_type = std::move(content_type);
  return response;
}

Response Capture(const Router& router, std::string method, std::string path) {
  Request request;
  request.method = std::move(method);
  request.path = std::move(path);
  std::optional<Response> captured;
  router.Dispatch(std::move(request), [&captured](Response r) { captured = std::move(r); });
  EXPECT_TRUE(captured.has_value());
  return captured.value_or(Response{});
}

Router TwoRoutes() {
  Router router;
  router.Add("GET", "/items", [](Request&& request, Responder respond) {
    respond(Reply(200, "get " + request.path));
  });
  router.Add("POST", "/items", [](Request&&, Responder respond) { respond(Reply(201, "posted")); });
  return router;
}

TEST(RouterTest, DispatchesByMethodAndExactPath) {
  const Router router = TwoRoutes();
  EXPECT_EQ(Capture(router, "GET", "/items").body, "get /items");
  EXPECT_EQ(Capture(router, "POST", "/items").status, 201);
}

TEST(RouterTest, UnknownPathIs404) {
  const Response response = Capture(TwoRoutes(), "GET", "/items/1");
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.body, R"({"error":{"code":"not_found","message":"no route for /items/1"}})");
}

TEST(RouterTest, KnownPathWithOtherMethodIs405WithAllow) {
  const Response response = Capture(TwoRoutes(), "DELETE", "/items");
  EXPECT_EQ(response.status, 405);
  EXPECT_NE(response.body.find(R"("code":"method_not_allowed")"), std::string::npos);
  ASSERT_EQ(response.headers.size(), 1u);
  EXPECT_EQ(response.headers[0].first, "Allow");
  EXPECT_EQ(response.headers[0].second, "GET, POST");
}

TEST(JsonErrorTest, OmitsEmptyFieldAndEscapesStrings) {
  EXPECT_EQ(JsonError(400, "bad", "plain").body, R"({"error":{"code":"bad","message":"plain"}})");
  const Response response = JsonError(422, "invalid_field", "say \"hi\"\n\\", "user.name");
  EXPECT_EQ(response.status, 422);
  EXPECT_EQ(response.content_type, "application/json");
  EXPECT_EQ(response.body,
            R"({"error":{"code":"invalid_field","message":"say \"hi\"\n\\","field":"user.name"}})");
}

TEST(RequestTest, HeaderLookupIsCaseInsensitiveAndFirstWins) {
  Request request;
  request.headers = {{"X-Request-ID", "a"}, {"x-request-id", "b"}};
  EXPECT_EQ(request.Header("x-REQUEST-id"), "a");
  EXPECT_FALSE(request.Header("traceparent").has_value());
}

TEST(RouterPrefix, ExactRoutesWinAndPrefixRoutesTakeTheRest) {
  http::Router router;
  std::string hit;
  router.AddPrefix("POST", "/v1/webhooks/",
                   [&](http::Request&&, http::Responder) { hit = "prefix"; });
  router.Add("POST", "/v1/webhooks/exact",
             [&](http::Request&&, http::Responder) { hit = "exact"; });
  http::Response answer;
  const http::Responder capture = [&](http::Response r) { answer = std::move(r); };
  http::Request request;
  request.method = "POST";
  request.path = "/v1/webhooks/exact";
  router.Dispatch(http::Request(request), capture);
  EXPECT_EQ(hit, "exact");
  request.path = "/v1/webhooks/telegram/x";
  router.Dispatch(http::Request(request), capture);
  EXPECT_EQ(hit, "prefix");
  request.path = "/v1/other";
  router.Dispatch(http::Request(request), capture);
  EXPECT_EQ(answer.status, 404);
  request.method = "DELETE";
  request.path = "/v1/webhooks/telegram/x";
  router.Dispatch(http::Request(request), capture);
  EXPECT_EQ(answer.status, 405);
}

}  // namespace
}  // namespace chatfleet::http
