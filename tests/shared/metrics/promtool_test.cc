// Checks the rendered text with Prometheus' own parser (`promtool check metrics`, Debian
// package `prometheus`), so the exact-string tests cannot agree with a wrong reading of the format.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "shared/metrics/registry.h"
#include "tests/support/process.h"

namespace chatfleet::metrics {
namespace {

TEST(PromtoolTest, RenderedTextPassesPromtoolCheckMetrics) {
  const std::string promtool = CHATFLEET_PROMTOOL;
  if (promtool.empty())
    GTEST_SKIP() << "promtool not found at configure time (apt install prometheus)";

  Registry registry;
  registry.AddCounter("chatfleet_events_total", "Events.", {{"topic", "chat.events"}}).Inc(5);
  registry.AddCounter("chatfleet_events_total", "Events.", {{"topic", "a\\b\"c\nd"}}).Inc();
  registry.AddGauge("chatfleet_ready", "1 when ready.").Set(1);
  registry.AddGauge("chatfleet_odd", "Special values.", {{"k", "nan"}}).Set(std::nan(""));
  registry.AddGauge("chatfleet_odd", "Special values.", {{"k", "inf"}})
      .Set(std::numeric_limits<double>::infinity());
  Histogram& histogram = registry.AddHistogram("chatfleet_request_duration_seconds",
                                               "Request latency.\nSecond line \\ here.",
                                               LatencyBuckets(), {{"route", "/v1/events"}});
  histogram.Observe(0.003);
  histogram.Observe(42);
  registry.AddGaugeCallback("chatfleet_consumer_lag", "Lag.", [] {
    return std::vector<std::pair<Labels, double>>{{{{"partition", "0"}}, 1e21}};
  });
  const std::string text = registry.Render();

  const testing::CommandResult result =
      testing::RunCommand({promtool, "check", "metrics"}, text, std::chrono::seconds(30));
  EXPECT_EQ(result.exit_code, 0) << "promtool rejected:\n" << text << "\n" << result.output;
}

}  // namespace
}  // namespace chatfleet::metrics
