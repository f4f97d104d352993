#include "shared/http/operational_routes.h"

#include <gtest/gtest.h>

#include <atomic>

#include "tests/shared/http/test_client.h"

namespace chatfleet::http {
namespace {

using testing::GetRequest;
using testing::TestConnection;

ServerOptions Loopback() {
  ServerOptions options;
  options.address = "127.0.0.1";
  options.port = 0;
  return options;
}

class OperationalRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    registry_.AddCounter("chatfleet_requests_total", "Requests.").Inc(3);
    Router router;
    AddOperationalRoutes(router, registry_,
                         HealthChecks{.not_ready_reason = [this]() -> std::optional<std::string> {
                                        if (ready_) return std::nullopt;
                                        return "kafka: \"no broker\" reachable";
                                      },
                                      .report = {}});
    server_ = std::make_unique<Server>(Loopback(), std::move(router));
    server_->Start();
  }

  metrics::Registry registry_;
  std::atomic<bool> ready_{true};
  std::unique_ptr<Server> server_;
};

TEST_F(OperationalRoutesTest, HealthzIsOk) {
  TestConnection connection(server_->port());
  const auto response = connection.RoundTrip(GetRequest("/healthz"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->body, R"({"status":"ok"})");
  EXPECT_EQ(response->Header("Content-Type"), "application/json");
}

TEST_F(OperationalRoutesTest, ReadyzFollowsTheCheck) {
  TestConnection connection(server_->port());
  auto response = connection.RoundTrip(GetRequest("/readyz"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->body, R"({"status":"ready"})");

  ready_ = false;
  response = connection.RoundTrip(GetRequest("/readyz"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 503);
  EXPECT_EQ(response->body, R"({"status":"not_ready","reason":"kafka: \"no broker\" reachable"})");
  EXPECT_EQ(response->Header("Cache-Control"), "no-store");
}

TEST_F(OperationalRoutesTest, MetricsServesTheRegistryAsPrometheusText) {
  TestConnection connection(server_->port());
  const auto response = connection.RoundTrip(GetRequest("/metrics"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->Header("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
  EXPECT_EQ(response->body, registry_.Render());
  EXPECT_NE(response->body.find("chatfleet_requests_total 3\n"), std::string::npos);
}

TEST_F(OperationalRoutesTest, PostToHealthzIs405) {
  TestConnection connection(server_->port());
  const auto response = connection.RoundTrip(testing::RequestWithBody("POST", "/healthz", "{}"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 405);
  EXPECT_EQ(response->Header("Allow"), "GET");
}

TEST(OperationalRoutesNoCheckTest, EmptyCheckMeansReady) {
  metrics::Registry registry;
  Router router;
  AddOperationalRoutes(router, registry, {});
  Server server(Loopback(), std::move(router));
  server.Start();
  TestConnection connection(server.port());
  const auto response = connection.RoundTrip(GetRequest("/readyz"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
}

TEST(OperationalRoutesReportTest, ReadyzNamesEveryCheckAndTheFirstFailingOne) {
  metrics::Registry registry;
  Router router;
  ReadinessReport report{false,
                         {{"broker", "ok"},
                          {"database", "ok"},
                          {"migrations", "behind: at 0003, head 0005"},
                          {"group", "not joined yet"}}};
  HealthChecks checks;
  checks.report = [&report] { return report; };
  AddOperationalRoutes(router, registry, checks);
  Server server(Loopback(), std::move(router));
  server.Start();
  TestConnection connection(server.port());

  auto response = connection.RoundTrip(GetRequest("/readyz"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 503);
  EXPECT_EQ(response->body,
            R"({"status":"not_ready","ready":false,"reason":"migrations: behind: at 0003, head )"
            R"(0005","checks":{"broker":"ok","database":"ok","migrations":"behind: at 0003, head )"
            R"(0005","group":"not joined yet"}})");

  report = {true, {{"broker", "ok"}, {"database", "ok"}}};
  response = connection.RoundTrip(GetRequest("/readyz"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->body,
            R"({"status":"ready","ready":true,"checks":{"broker":"ok","database":"ok"}})");
}

}  // namespace
}  // namespace chatfleet::http
