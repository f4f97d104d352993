// What the operator's tools see: every service's /metrics passes promtool, and a real
// Prometheus scrapes ingest, workers and the scheduler and answers a query for the consumer lag.
#include <gtest/gtest.h>
#include <signal.h>

#include <filesystem>
#include <fstream>

#include "tests/support/fleet.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {
namespace {

class ObservabilityTest : public ::testing::Test {
 protected:
  ObservabilityTest() : fleet_(schema_, 2) {
    schema_.Migrate();
    fleet_.StartIngest();
    fleet_.StartWorker();
    scheduler_port_ = FreePort();
    scheduler_ = std::make_unique<ChildProcess>(
        std::vector<std::string>{BinaryPath("scheduler/chatfleet-scheduler")},
        std::map<std::string, std::string>{{"KAFKA_BROKERS", RequireEnv("KAFKA_BROKERS")},
                                           {"DATABASE_URL", schema_.url()},
                                           {"CHATFLEET_HTTP_ADDRESS", "127.0.0.1"},
                                           {"CHATFLEET_HTTP_PORT", std::to_string(scheduler_port_)},
                                           {"CHATFLEET_LOG_LEVEL", "warn"}});
    EXPECT_TRUE(WaitUntil(
        [&] {
          try {
            return HttpGet(scheduler_url() + "/readyz").status == 200;
          } catch (const std::exception&) {
            return false;
          }
        },
        std::chrono::seconds(20)));
    // Traffic, so the counters and histograms have samples.
    const auto answer =
        HttpPost(fleet_.ingest_url() + "/v1/events", R"({"tenant":"acme","bot":"elena",
      "platform":"PLATFORM_WEB","conversation":{"id":"c-1","kind":"CONVERSATION_KIND_DIRECT"},
      "sender":{"userId":"u-1","displayName":"Ann"},"role":"ROLE_USER","text":"hello",
      "platformMessageId":"m-1"})");
    EXPECT_EQ(answer.status, 202) << answer.body;
  }

  std::string scheduler_url() const {
    return "http://127.0.0.1:" + std::to_string(scheduler_port_);
  }
  std::vector<std::string> MetricsUrls() const {
    return {fleet_.ingest_url() + "/metrics", fleet_.worker_url(0) + "/metrics",
            scheduler_url() + "/metrics"};
  }

  TestSchema schema_;
  LocalFleet fleet_;
  int scheduler_port_ = 0;
  std::unique_ptr<ChildProcess> scheduler_;
};

TEST_F(ObservabilityTest, EveryServicesMetricsPassPromtool) {
  for (const auto& url : MetricsUrls()) {
    const auto page = HttpGet(url);
    ASSERT_EQ(page.status, 200) << url;
    EXPECT_NE(page.headers.find("text/plain; version=0.0.4"), std::string::npos) << url;
    const auto checked = RunCommand({"promtool", "check", "metrics"}, page.body);
    EXPECT_EQ(checked.exit_code, 0) << url << ": " << checked.output;
  }
}

TEST_F(ObservabilityTest, ARealPrometheusScrapesAllThreeAndFindsTheConsumerLag) {
  // Given a Prometheus scraping the three services every second
  const auto directory = std::filesystem::path(::testing::TempDir()) / UniqueName("prometheus");
  std::filesystem::create_directories(directory);
  std::string targets;
  for (const auto& url : MetricsUrls()) {
    const auto host = url.substr(7, url.find("/metrics") - 7);
    targets += (targets.empty() ? "'" : ", '") + host + "'";
  }
  std::ofstream(directory / "prometheus.yml")
      << "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
      << "scrape_configs:\n  - job_name: chatfleet\n    static_configs:\n      - targets: ["
      << targets << "]\n";
  const int port = FreePort();
  ChildProcess prometheus(
      {"/usr/bin/prometheus", "--config.file=" + (directory / "prometheus.yml").string(),
       "--storage.tsdb.path=" + (directory / "data").string(),
       "--web.listen-address=127.0.0.1:" + std::to_string(port)},
      {});
  const std::string api = "http://127.0.0.1:" + std::to_string(port) + "/api/v1/query?query=";
  // when it has scraped a few times, then every target is up and the lag has a value
  std::string answer;
  const bool found = WaitUntil(
      [&] {
        try {
          answer = HttpGet(api + "count(up%3D%3D1)").body;
          if (answer.find("\"value\":[") == std::string::npos ||
              answer.find("\"3\"]") == std::string::npos) {
            return false;
          }
          answer = HttpGet(api + "chatfleet_worker_consumer_lag").body;
          return answer.find("\"result\":[{") != std::string::npos;
        } catch (const std::exception&) {
          return false;
        }
      },
      std::chrono::seconds(45));
  EXPECT_TRUE(found) << answer;
  EXPECT_NE(answer.find("\"partition\""), std::string::npos) << answer;
  prometheus.Signal(SIGTERM);
  prometheus.Wait(std::chrono::seconds(10));
  std::filesystem::remove_all(directory);
}

}  // namespace
}  // namespace chatfleet::testing
