// What the alert rules and the operations guide rely on, on a real fleet: after traffic, every
// metric the rules name is exported by ingest, a worker or the scheduler, and every metric the
// services export is described in docs/OPERATIONS.md. And the workers' recall guard: a tenant
// whose recall keeps timing out is switched off by the worker itself (chat.context says
// so in disabled_stages), another tenant is not, and after the cool-down recall is probed again.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "chatfleet/v1/conversation_context.pb.h"
#include "tests/support/fleet.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

std::string Event(const std::string& tenant, const std::string& conversation, const std::string& id,
                  const std::string& text) {
  return "{\"eventId\": " + JsonQuote("ev-" + tenant + "-" + id) +
         ", \"tenant\": " + JsonQuote(tenant) +
         ", \"bot\": \"elena\", \"platform\": \"PLATFORM_WEB\", \"conversation\": {\"id\": " +
         JsonQuote(conversation) +
         ", \"kind\": \"CONVERSATION_KIND_DIRECT\"}, \"sender\": {\"userId\": \"u-1\", "
         "\"displayName\": \"Ann\"}, \"role\": \"ROLE_USER\", \"text\": " +
         JsonQuote(text) + ", \"platformMessageId\": " + JsonQuote(id) + "}";
}

/// The sample names of a Prometheus text page (`name` of `name{labels} value`).
std::set<std::string> SampleNames(const std::string& page) {
  std::set<std::string> names;
  std::istringstream lines(page);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    names.insert(line.substr(0, line.find_first_of("{ ")));
  }
  return names;
}

/// The metric families a page declares (`# TYPE name kind`).
std::set<std::string> FamilyNames(const std::string& page) {
  std::set<std::string> names;
  std::istringstream lines(page);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.starts_with("# TYPE ")) continue;
    const std::string rest = line.substr(7);
    names.insert(rest.substr(0, rest.find(' ')));
  }
  return names;
}

/// Every chatfleet_* name in a text (the rules' expressions and runbooks).
std::set<std::string> MetricNamesIn(const std::string& text) {
  std::set<std::string> names;
  const std::regex name(R"(\bchatfleet_[a-z0-9_]+)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), name); it != std::sregex_iterator();
       ++it) {
    names.insert(it->str());
  }
  return names;
}

class MetricsAfterTrafficTest : public ::testing::Test {
 protected:
  MetricsAfterTrafficTest() : fleet_(schema_, 2) {
    schema_.Migrate();
    clock_file_ = (std::filesystem::path(::testing::TempDir()) / UniqueName("clock")).string();
    WriteClockFile(clock_file_, "2026-11-22T10:00:00Z");
    fleet_.StartIngest();
    fleet_.StartWorker();
    fleet_.StartScheduler(clock_file_);
    // Traffic through every stage: a conversation with history (recall ranks), a /schedule
    // command (an outbound reply), a meeting to schedule.
    const std::vector<std::string> texts = {"hello there", "we talked about the garden",
                                            "team meeting tomorrow at 3 PM", "/schedule"};
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const auto answer = HttpPost(fleet_.ingest_url() + "/v1/events",
                                   Event("acme", "c-1", "m-" + std::to_string(i), texts[i]));
      EXPECT_EQ(answer.status, 202) << answer.body;
    }
    EXPECT_TRUE(WaitUntil(
        [&] {
          return MetricValue(HttpGet(fleet_.worker_url(0) + "/metrics").body,
                             "chatfleet_worker_contexts_published_total") >= 4;
        },
        std::chrono::seconds(30)))
        << "the worker did not publish the contexts";
    for (const auto& url : {fleet_.ingest_url(), fleet_.worker_url(0), fleet_.scheduler_url()}) {
      const auto page = HttpGet(url + "/metrics");
      EXPECT_EQ(page.status, 200) << url;
      pages_[url] = page.body;
    }
  }
  ~MetricsAfterTrafficTest() override { std::filesystem::remove(clock_file_); }

  TestSchema schema_;
  LocalFleet fleet_;
  std::string clock_file_;
  std::map<std::string, std::string> pages_;  // by service URL
};

TEST_F(MetricsAfterTrafficTest, EveryMetricTheAlertRulesNameIsExported) {
  // Given what the three services export after traffic
  std::set<std::string> samples, families;
  for (const auto& [url, page] : pages_) {
    samples.merge(SampleNames(page));
    families.merge(FamilyNames(page));
  }
  // then every name in the rules, expressions and runbooks alike, is a series Prometheus
  // scrapes (a histogram's _bucket/_sum/_count, or a family named in a runbook)
  const auto named = MetricNamesIn(ReadFile(SourcePath("deploy/prometheus/chatfleet-rules.yaml")));
  ASSERT_GT(named.size(), 10u);
  for (const auto& name : named) {
    EXPECT_TRUE(samples.contains(name) || families.contains(name))
        << "the alert rules name " << name << ", which no service exports";
  }
}

TEST_F(MetricsAfterTrafficTest, EveryExportedMetricIsDescribedInTheOperationsGuide) {
  const std::string guide = ReadFile(SourcePath("docs/OPERATIONS.md"));
  std::size_t families = 0;
  for (const auto& [url, page] : pages_) {
    for (const auto& family : FamilyNames(page)) {
      ++families;
      EXPECT_NE(guide.find("`" + family + "`"), std::string::npos)
          << url << " exports " << family << ", which docs/OPERATIONS.md does not describe";
    }
  }
  EXPECT_GT(families, 30u);
}

class RecallGuardFleetTest : public ::testing::Test {
 protected:
  RecallGuardFleetTest() : fleet_(schema_, 1) {
    schema_.Migrate();
    log_file_ = (std::filesystem::path(::testing::TempDir()) / UniqueName("worker_log")).string();
    fleet_.StartIngest();
    // A 1 ms ranking budget: every ranking times out. Two rankings decide, at once, and recall
    // is tried again after 3 s.
    fleet_.StartWorkerLoggingTo(log_file_, {{"CHATFLEET_RECALL_BUDGET_MS", "1"},
                                            {"CHATFLEET_RECALL_GUARD_ERROR_SECONDS", "0"},
                                            {"CHATFLEET_RECALL_GUARD_MIN_RANKINGS", "2"},
                                            {"CHATFLEET_RECALL_GUARD_COOL_DOWN_SECONDS", "3"}});
  }
  ~RecallGuardFleetTest() override { std::filesystem::remove(log_file_); }

  /// Posts one message and returns its context from chat.context.
  v1::ConversationContext Send(const std::string& tenant, const std::string& id) {
    const auto answer = HttpPost(fleet_.ingest_url() + "/v1/events",
                                 Event(tenant, "c-" + tenant, id, "what about the garden " + id));
    EXPECT_EQ(answer.status, 202) << answer.body;
    ++sent_;
    const auto messages = ReadAll(fleet_.context_topic(), sent_, std::chrono::seconds(30));
    for (const auto& message : messages) {
      v1::ConversationContext context;
      if (context.ParseFromString(message.value) && context.platform_message_id() == id) {
        return context;
      }
    }
    ADD_FAILURE() << "no context for " << id << " on chat.context";
    return {};
  }

  double Metric(const std::string& sample) {
    return MetricValue(HttpGet(fleet_.worker_url(0) + "/metrics").body, sample);
  }

  static bool RecallDisabled(const v1::ConversationContext& context) {
    for (const auto& stage : context.disabled_stages()) {
      if (stage == "recall") return true;
    }
    return false;
  }

  TestSchema schema_;
  LocalFleet fleet_;
  std::string log_file_;
  std::size_t sent_ = 0;
};

TEST_F(RecallGuardFleetTest, ATenantsTimedOutRecallIsSwitchedOffThenProbedAgain) {
  // Given two of acme's rankings timed out
  for (const std::string id : {"a-1", "a-2"}) {
    const auto context = Send("acme", id);
    EXPECT_EQ(context.recall_status(), v1::RECALL_STATUS_TIMED_OUT) << id;
    EXPECT_FALSE(RecallDisabled(context)) << id;
  }
  // then the worker has switched acme's recall off, and says so
  const auto off = Send("acme", "a-3");
  EXPECT_EQ(off.recall_status(), v1::RECALL_STATUS_DISABLED);
  EXPECT_TRUE(RecallDisabled(off));
  EXPECT_EQ(Metric("chatfleet_worker_recall_guard_tripped_total{trigger=\"errors\"}"), 1);
  EXPECT_EQ(Metric("chatfleet_worker_recall_guard_tenants_off"), 1);
  const std::string log = ReadFile(log_file_);
  EXPECT_NE(log.find("\"recall switched off for a tenant\""), std::string::npos) << log;
  EXPECT_NE(log.find("\"tenant\":\"acme\""), std::string::npos) << log;
  // and globex, on the same worker, still has recall (its one ranking decides nothing)
  const auto other = Send("globex", "g-1");
  EXPECT_EQ(other.recall_status(), v1::RECALL_STATUS_TIMED_OUT);
  EXPECT_FALSE(RecallDisabled(other));
  // when the cool-down is over, acme's recall runs again, as a probe
  std::this_thread::sleep_for(std::chrono::milliseconds(3200));
  const auto probe = Send("acme", "a-4");
  EXPECT_EQ(probe.recall_status(), v1::RECALL_STATUS_TIMED_OUT);
  EXPECT_FALSE(RecallDisabled(probe));
  EXPECT_EQ(Metric("chatfleet_worker_recall_guard_tenants_off"), 0);
  // and the probe's second timeout switches it off again at once
  Send("acme", "a-5");
  EXPECT_TRUE(RecallDisabled(Send("acme", "a-6")));
  EXPECT_EQ(Metric("chatfleet_worker_recall_guard_tripped_total{trigger=\"errors\"}"), 2);
  EXPECT_EQ(Metric("chatfleet_worker_recall_requests_total"), 5);
}

}  // namespace
}  // namespace chatfleet::testing
