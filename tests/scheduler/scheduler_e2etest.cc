// The scheduler against the real PostgreSQL and broker: due reminders and follow-ups reach
// chat.outbound exactly once across replicas, a killed replica loses nothing, and nothing is
// sent before it is due on the controlled clock.
#include <gtest/gtest.h>
#include <signal.h>

#include <set>
#include <thread>

#include "chatfleet/v1/outbound_message.pb.h"
#include "scheduler/runner/scheduler_runner.h"
#include "tests/support/fleet.h"
#include "tests/support/kafka_topic.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {
namespace {

constexpr char kNow[] = "2026-11-23T09:00:00Z";

class FixedClock final : public Clock {
 public:
  std::chrono::system_clock::time_point Now() const override { return *ParseRfc3339(kNow); }
};

/// `count` meetings of one user each, with a preparation reminder due before kNow.
void InsertDueReminders(const TestSchema& schema, int count) {
  Psql(schema.url(), R"sql(
    WITH s AS (
      INSERT INTO user_schedules (tenant, bot, platform, conversation_id, conversation_kind,
        channel_id, user_id, title, starts_at, ends_at, timezone, language, dedupe_key,
        source_event_id, source_traceparent)
      SELECT 'acme', 'elena', 'discord', 'guild-1/chan-' || (g % 50), 'group', 'chan-' || (g % 50),
        'u-' || g, 'design review ' || g, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z',
        'Europe/Berlin', 'en', 'k-' || g, 'e-' || g,
        '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'
      FROM generate_series(1, )sql" +
                         std::to_string(count) + R"sql() g
      RETURNING id)
    INSERT INTO proactive_sessions (schedule_id, kind, due_at, outbound_id)
    SELECT id, 'preparation', '2026-11-23T08:45:00Z', 'reminder-' || id || '-preparation' FROM s)sql");
}

std::int64_t Unsent(const TestSchema& schema) {
  return std::stoll(
      Psql(schema.url(), "SELECT count(*) FROM proactive_sessions WHERE sent_at IS NULL"));
}

std::map<std::string, int> IdsOnTopic(const std::string& topic, std::size_t at_least,
                                      std::chrono::milliseconds timeout) {
  std::map<std::string, int> ids;
  for (const auto& message : ReadAll(topic, at_least, timeout)) {
    v1::OutboundMessage outbound;
    if (outbound.ParseFromString(message.value)) ids[outbound.id()] += 1;
  }
  return ids;
}

std::string RenderForTest(const scheduler::DueMessage& due) { return "reminder: " + due.title; }

TEST(SchedulerTest, TwoReplicasEmitEachOf10000RemindersExactlyOnce) {
  // Given 10 000 due reminders
  TestSchema schema;
  schema.Migrate();
  InsertDueReminders(schema, 10000);
  const std::string topic = CreateTestTopic("outbound", 6);
  // when two scheduler replicas run at once
  FixedClock clock;
  trace::Tracer tracer;
  metrics::Registry metrics_a, metrics_b;
  kafka::ProducerOptions producer_options;
  producer_options.brokers = KafkaBrokers();
  kafka::Producer producer_a(producer_options), producer_b(producer_options);
  scheduler::SchedulerOptions options;
  options.database_url = schema.url();
  options.outbound_topic = topic;
  options.interval = std::chrono::milliseconds(50);
  options.batch = 250;
  scheduler::SchedulerRunner a(options, clock, producer_a, RenderForTest, tracer, metrics_a);
  scheduler::SchedulerRunner b(options, clock, producer_b, RenderForTest, tracer, metrics_b);
  std::atomic<bool> done{false};
  std::thread ta([&] { a.Run([&] { return done.load(); }); });
  std::thread tb([&] { b.Run([&] { return done.load(); }); });
  const bool all_sent = WaitUntil([&] { return Unsent(schema) == 0; }, std::chrono::seconds(120));
  done = true;
  ta.join();
  tb.join();
  ASSERT_TRUE(all_sent) << Unsent(schema) << " reminders unsent";
  // then every id is on chat.outbound exactly once, and both replicas did part of the work
  const auto ids = IdsOnTopic(topic, 10001, std::chrono::seconds(15));
  EXPECT_EQ(ids.size(), 10000u);
  int repeated = 0;
  for (const auto& [id, count] : ids) repeated += count > 1 ? 1 : 0;
  EXPECT_EQ(repeated, 0);
  const double by_a =
      MetricValue(metrics_a.Render(), "chatfleet_scheduler_emitted_total{kind=\"reminder\"}");
  const double by_b =
      MetricValue(metrics_b.Render(), "chatfleet_scheduler_emitted_total{kind=\"reminder\"}");
  EXPECT_EQ(by_a + by_b, 10000);
  RecordProperty("replica_a", static_cast<int>(by_a));
  RecordProperty("replica_b", static_cast<int>(by_b));
}

TEST(SchedulerTest, NothingIsSentBeforeItIsDueAndTheMessageGoesToItsChannel) {
  TestSchema schema;
  schema.Migrate();
  const std::string topic = CreateTestTopic("outbound", 2);
  Psql(schema.url(), R"sql(
    WITH s AS (
      INSERT INTO user_schedules (tenant, bot, platform, conversation_id, conversation_kind,
        channel_id, user_id, title, starts_at, timezone, language, dedupe_key, source_event_id)
      VALUES ('acme', 'elena', 'telegram', '-100777', 'group', '-100777', '42', 'dentist',
        '2026-11-23T12:00:00Z', 'Europe/Moscow', 'ru', 'dentist-1200', 'e-1') RETURNING id)
    INSERT INTO proactive_sessions (schedule_id, kind, due_at, outbound_id)
    SELECT id, 'preparation', '2026-11-23T11:45:00Z', 'r-1-preparation' FROM s)sql");
  const std::string clock_file = ::testing::TempDir() + "/" + UniqueName("clock");
  WriteClockFile(clock_file, "2026-11-23T11:00:00Z");
  ChildProcess process({BinaryPath("scheduler/chatfleet-scheduler")},
                       {{"KAFKA_BROKERS", KafkaBrokers()},
                        {"DATABASE_URL", schema.url()},
                        {"CHATFLEET_TOPIC_OUTBOUND", topic},
                        {"CHATFLEET_CLOCK_FILE", clock_file},
                        {"CHATFLEET_SCHEDULER_INTERVAL_MS", "100"},
                        {"CHATFLEET_HTTP_PORT", std::to_string(FreePort())},
                        {"CHATFLEET_LOG_LEVEL", "warn"}});
  // Before it is due, several ticks pass and nothing is sent.
  std::this_thread::sleep_for(std::chrono::seconds(2));
  EXPECT_EQ(Unsent(schema), 1);
  // Past the due time on the controlled clock, it is sent once, to the meeting's channel.
  WriteClockFile(clock_file, "2026-11-23T11:46:00Z");
  ASSERT_TRUE(WaitUntil([&] { return Unsent(schema) == 0; }, std::chrono::seconds(20)));
  const auto messages = ReadAll(topic, 1, std::chrono::seconds(10));
  ASSERT_EQ(messages.size(), 1u);
  v1::OutboundMessage outbound;
  ASSERT_TRUE(outbound.ParseFromString(messages[0].value));
  EXPECT_EQ(outbound.id(), "r-1-preparation");
  EXPECT_EQ(outbound.kind(), v1::OUTBOUND_KIND_MEETING_PREPARATION);
  EXPECT_EQ(outbound.platform(), v1::PLATFORM_TELEGRAM);
  EXPECT_EQ(outbound.conversation().channel_id(), "-100777");
  EXPECT_EQ(outbound.user_id(), "42");
  EXPECT_EQ(outbound.language(), "ru");
  EXPECT_FALSE(outbound.text().empty());
  EXPECT_EQ(messages[0].key, "acme/PLATFORM_TELEGRAM/-100777");
  process.Signal(SIGTERM);
  EXPECT_EQ(process.Wait(std::chrono::seconds(10)), 0);
}

TEST(SchedulerTest, AReplicaKilledMidRunLosesNothing) {
  TestSchema schema;
  schema.Migrate();
  InsertDueReminders(schema, 10000);
  const std::string topic = CreateTestTopic("outbound", 6);
  const std::string clock_file = ::testing::TempDir() + "/" + UniqueName("clock");
  WriteClockFile(clock_file, kNow);
  auto start = [&] {
    return std::make_unique<ChildProcess>(
        std::vector<std::string>{BinaryPath("scheduler/chatfleet-scheduler")},
        std::map<std::string, std::string>{{"KAFKA_BROKERS", KafkaBrokers()},
                                           {"DATABASE_URL", schema.url()},
                                           {"CHATFLEET_TOPIC_OUTBOUND", topic},
                                           {"CHATFLEET_CLOCK_FILE", clock_file},
                                           {"CHATFLEET_SCHEDULER_BATCH", "200"},
                                           {"CHATFLEET_SCHEDULER_INTERVAL_MS", "50"},
                                           {"CHATFLEET_HTTP_PORT", std::to_string(FreePort())},
                                           {"CHATFLEET_LOG_LEVEL", "error"}});
  };
  auto first = start();
  auto second = start();
  ASSERT_TRUE(WaitUntil([&] { return Unsent(schema) < 8000; }, std::chrono::seconds(60)));
  first->Signal(SIGKILL);
  ASSERT_TRUE(WaitUntil([&] { return Unsent(schema) == 0; }, std::chrono::seconds(120)))
      << Unsent(schema) << " unsent after a replica died";
  // Read past 10 000: a re-sent reminder may repeat an id, and every id must be there.
  const auto ids = IdsOnTopic(topic, 20000, std::chrono::seconds(15));
  EXPECT_EQ(ids.size(), 10000u) << "every reminder reached chat.outbound";
  int resent = 0;
  for (const auto& [id, count] : ids) resent += count - 1;
  RecordProperty("resent_after_kill", resent);
}

}  // namespace
}  // namespace chatfleet::testing
