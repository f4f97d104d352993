#include "shared/metrics/registry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <thread>

namespace chatfleet::metrics {
namespace {

TEST(RegistryTest, RendersCounterWithHelpAndType) {
  Registry registry;
  registry.AddCounter("events_total", "Events seen.").Inc(3);
  EXPECT_EQ(registry.Render(),
            "# HELP events_total Events seen.\n"
            "# TYPE events_total counter\n"
            "events_total 3\n");
}

TEST(RegistryTest, RendersGaugeSetAndAdd) {
  Registry registry;
  Gauge& gauge = registry.AddGauge("queue_depth", "Queued items.");
  gauge.Set(10);
  gauge.Add(-2.5);
  EXPECT_EQ(gauge.value(), 7.5);
  EXPECT_EQ(registry.Render(),
            "# HELP queue_depth Queued items.\n"
            "# TYPE queue_depth gauge\n"
            "queue_depth 7.5\n");
}

TEST(RegistryTest, LabelledFamilyHasOneHeaderAndSortedLabels) {
  Registry registry;
  registry.AddCounter("http_requests_total", "Requests.", {{"route", "/a"}, {"code", "200"}}).Inc();
  registry.AddCounter("http_requests_total", "Requests.", {{"code", "404"}, {"route", "/b"}})
      .Inc(2);
  EXPECT_EQ(registry.Render(),
            "# HELP http_requests_total Requests.\n"
            "# TYPE http_requests_total counter\n"
            "http_requests_total{code=\"200\",route=\"/a\"} 1\n"
            "http_requests_total{code=\"404\",route=\"/b\"} 2\n");
}

TEST(RegistryTest, SameNameAndLabelsReturnTheSameInstrument) {
  Registry registry;
  Counter& a = registry.AddCounter("x_total", "X.", {{"a", "1"}, {"b", "2"}});
  Counter& b = registry.AddCounter("x_total", "X.", {{"b", "2"}, {"a", "1"}});
  Counter& other = registry.AddCounter("x_total", "X.", {{"a", "1"}, {"b", "3"}});
  EXPECT_EQ(&a, &b);
  EXPECT_NE(&a, &other);
  EXPECT_EQ(&registry.AddGauge("g", "G."), &registry.AddGauge("g", "G."));
}

TEST(RegistryTest, SameNameWithAnotherTypeIsALogicError) {
  Registry registry;
  registry.AddCounter("thing", "T.");
  EXPECT_THROW(registry.AddGauge("thing", "T."), std::logic_error);
  EXPECT_THROW(registry.AddHistogram("thing", "T.", {1}), std::logic_error);
  EXPECT_THROW(registry.AddGaugeCallback("thing", "T.",
                                         [] { return std::vector<std::pair<Labels, double>>{}; }),
               std::logic_error);
}

TEST(RegistryTest, InvalidNamesAreLogicErrors) {
  Registry registry;
  EXPECT_THROW(registry.AddCounter("1bad", "B."), std::logic_error);
  EXPECT_THROW(registry.AddCounter("bad-name", "B."), std::logic_error);
  EXPECT_THROW(registry.AddCounter("ok_total", "B.", {{"bad-label", "v"}}), std::logic_error);
  EXPECT_THROW(registry.AddCounter("ok_total", "B.", {{"__reserved", "v"}}), std::logic_error);
  EXPECT_THROW(registry.AddCounter("ok_total", "B.", {{"a", "1"}, {"a", "2"}}), std::logic_error);
  EXPECT_THROW(registry.AddHistogram("h", "B.", {1}, {{"le", "1"}}), std::logic_error);
  EXPECT_THROW(registry.AddHistogram("h", "B.", {2, 1}), std::logic_error);
}

TEST(RegistryTest, EscapesLabelValuesAndHelp) {
  Registry registry;
  registry.AddGauge("names", "Line one\nback\\slash \"quotes\" stay.", {{"name", "a\\b \"c\"\nd"}})
      .Set(1);
  EXPECT_EQ(registry.Render(),
            "# HELP names Line one\\nback\\\\slash \"quotes\" stay.\n"
            "# TYPE names gauge\n"
            "names{name=\"a\\\\b \\\"c\\\"\\nd\"} 1\n");
}

TEST(RegistryTest, RendersHistogramCumulativeBucketsSumAndCount) {
  Registry registry;
  Histogram& histogram =
      registry.AddHistogram("latency_seconds", "Latency.", {0.005, 0.1, 1}, {{"route", "/x"}});
  histogram.Observe(0.001);
  histogram.Observe(0.005);  // on the bound: counted in le="0.005"
  histogram.Observe(0.5);
  histogram.Observe(7);
  EXPECT_EQ(registry.Render(),
            "# HELP latency_seconds Latency.\n"
            "# TYPE latency_seconds histogram\n"
            "latency_seconds_bucket{route=\"/x\",le=\"0.005\"} 2\n"
            "latency_seconds_bucket{route=\"/x\",le=\"0.1\"} 2\n"
            "latency_seconds_bucket{route=\"/x\",le=\"1\"} 3\n"
            "latency_seconds_bucket{route=\"/x\",le=\"+Inf\"} 4\n"
            "latency_seconds_sum{route=\"/x\"} 7.506\n"
            "latency_seconds_count{route=\"/x\"} 4\n");
}

TEST(RegistryTest, HistogramWithoutLabelsAndLatencyBuckets) {
  Registry registry;
  Histogram& histogram = registry.AddHistogram("h_seconds", "H.", LatencyBuckets());
  histogram.Observe(0.0001);
  const Histogram::Snapshot snapshot = histogram.snapshot();
  ASSERT_EQ(snapshot.cumulative_counts.size(), LatencyBuckets().size() + 1);
  EXPECT_EQ(snapshot.count, 1u);
  const std::string text = registry.Render();
  EXPECT_NE(text.find("h_seconds_bucket{le=\"0.0005\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("h_seconds_bucket{le=\"2.5\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("h_seconds_bucket{le=\"10\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("h_seconds_bucket{le=\"+Inf\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("h_seconds_count 1\n"), std::string::npos) << text;
}

TEST(RegistryTest, GaugeCallbackIsCollectedAtScrapeTime) {
  Registry registry;
  int calls = 0;
  registry.AddGaugeCallback("consumer_lag", "Lag per partition.", [&calls] {
    ++calls;
    return std::vector<std::pair<Labels, double>>{
        {{{"topic", "chat.events"}, {"partition", "0"}}, 12},
        {{{"topic", "chat.events"}, {"partition", "1"}}, 0}};
  });
  EXPECT_EQ(calls, 0);
  EXPECT_EQ(registry.Render(),
            "# HELP consumer_lag Lag per partition.\n"
            "# TYPE consumer_lag gauge\n"
            "consumer_lag{partition=\"0\",topic=\"chat.events\"} 12\n"
            "consumer_lag{partition=\"1\",topic=\"chat.events\"} 0\n");
  EXPECT_EQ(calls, 1);
}

TEST(RegistryTest, ThrowingCallbackLeavesTheRestOfTheScrape) {
  Registry registry;
  registry.AddGaugeCallback("broken", "B.", []() -> std::vector<std::pair<Labels, double>> {
    throw std::runtime_error("no connection");
  });
  registry.AddCounter("fine_total", "F.").Inc();
  EXPECT_EQ(registry.Render(),
            "# HELP broken B.\n"
            "# TYPE broken gauge\n"
            "# HELP fine_total F.\n"
            "# TYPE fine_total counter\n"
            "fine_total 1\n");
}

TEST(RegistryTest, CallbackMayRegisterMetricsWithoutDeadlock) {
  Registry registry;
  registry.AddGaugeCallback("self", "S.", [&registry] {
    registry.AddCounter("scrapes_total", "Scrapes.").Inc();
    return std::vector<std::pair<Labels, double>>{{{}, 1}};
  });
  registry.Render();
  EXPECT_NE(registry.Render().find("scrapes_total 1\n"), std::string::npos);
}

TEST(RegistryTest, CounterIgnoresNegativeIncrements) {
  Counter counter;
  counter.Inc(2);
  counter.Inc(-1);
  counter.Inc(std::nan(""));
  EXPECT_EQ(counter.value(), 2);
}

TEST(RegistryTest, SpecialValuesArePrometheusSpelled) {
  Registry registry;
  registry.AddGauge("g", "G.", {{"k", "inf"}}).Set(std::numeric_limits<double>::infinity());
  registry.AddGauge("g", "G.", {{"k", "-inf"}}).Set(-std::numeric_limits<double>::infinity());
  registry.AddGauge("g", "G.", {{"k", "nan"}}).Set(std::nan(""));
  registry.AddGauge("g", "G.", {{"k", "big"}}).Set(1e21);
  registry.AddGauge("g", "G.", {{"k", "int"}}).Set(123456789);
  registry.AddGauge("g", "G.", {{"k", "small"}}).Set(0.00001);
  EXPECT_EQ(registry.Render(),
            "# HELP g G.\n"
            "# TYPE g gauge\n"
            "g{k=\"inf\"} +Inf\n"
            "g{k=\"-inf\"} -Inf\n"
            "g{k=\"nan\"} NaN\n"
            "g{k=\"big\"} 1e+21\n"
            "g{k=\"int\"} 123456789\n"
            "g{k=\"small\"} 1e-05\n");
}

TEST(RegistryTest, ConcurrentUpdatesAreNotLost) {
  Registry registry;
  Counter& counter = registry.AddCounter("c_total", "C.");
  Histogram& histogram = registry.AddHistogram("h", "H.", {1});
  constexpr int kThreads = 8;
  constexpr int kPerThread = 10000;
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&] {
        for (int i = 0; i < kPerThread; ++i) {
          counter.Inc();
          histogram.Observe(0.5);
          registry.AddGauge("g", "G.", {{"t", "x"}}).Add(1);
        }
      });
    }
    for (int i = 0; i < 20; ++i) registry.Render();
  }
  EXPECT_EQ(counter.value(), kThreads * kPerThread);
  EXPECT_EQ(histogram.snapshot().count, static_cast<std::uint64_t>(kThreads * kPerThread));
  EXPECT_EQ(histogram.snapshot().sum, 0.5 * kThreads * kPerThread);
}

}  // namespace
}  // namespace chatfleet::metrics
