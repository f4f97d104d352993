// What the SRE sees in Jaeger: a message's trace through ingest and the workers, and the
// scheduler's reminder for the meeting in it in a trace of its own that references the message
// — read back from a real Jaeger (the one `./fleet test` starts) through its query API.
#include <gtest/gtest.h>

#include <optional>
#include <random>

#include "tests/support/fleet.h"
#include "tests/support/jaeger.h"
#include "tests/support/kafka_topic.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {
namespace {

constexpr char kCallerSpan[] = "00f067aa0ba902b7";

std::string RandomHex(std::size_t digits) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::random_device random;
  std::string out;
  for (std::size_t i = 0; i < digits; ++i) out += kDigits[random() % 16];
  return out;
}

std::optional<JaegerSpan> Find(const std::vector<JaegerSpan>& spans, const std::string& service,
                               const std::string& kind, const std::string& operation = "") {
  for (const auto& span : spans) {
    if (span.service == service && span.kind() == kind &&
        (operation.empty() || span.operation == operation)) {
      return span;
    }
  }
  return std::nullopt;
}

TEST(TracingTest, AMessagesTraceInJaegerHoldsIngestTheWorkersProcessAndItsContextAndTheReminder) {
  // The services sample as in production (10 % of new traces) and honour the caller's decision.
  const std::map<std::string, std::string> otel = {
      {"OTEL_EXPORTER_OTLP_ENDPOINT", JaegerOtlpEndpoint()},
      {"OTEL_TRACES_SAMPLER", "parentbased_traceidratio"},
      {"OTEL_TRACES_SAMPLER_ARG", "0.1"}};
  TestSchema schema;
  schema.Migrate();
  LocalFleet fleet(schema, 1);
  fleet.StartIngest(otel);
  fleet.StartWorker(otel);

  // Given a request that carries the caller's sampled trace, about a meeting tomorrow
  const std::string trace_id = RandomHex(32);
  const std::string conversation = "c-" + trace_id.substr(0, 12);
  const auto answer =
      HttpPost(fleet.ingest_url() + "/v1/events",
               R"({"tenant":"acme","bot":"elena","platform":"PLATFORM_WEB",
          "conversation":{"id":")" +
                   conversation + R"(","kind":"CONVERSATION_KIND_DIRECT"},
          "sender":{"userId":"u-1","displayName":"Ann"},"role":"ROLE_USER",
          "text":"see you tomorrow at 10","platformMessageId":"m-1"})",
               "application/json", {"traceparent: 00-" + trace_id + "-" + kCallerSpan + "-01"});
  ASSERT_EQ(answer.status, 202) << answer.body;

  // then Jaeger shows, in that trace, ingest's server and producer spans, the worker's process
  // span for the message and its chat.context publish, each the child of the one before
  std::optional<JaegerSpan> server, producer, process, context;
  std::vector<JaegerSpan> spans;
  ASSERT_TRUE(WaitUntil(
      [&] {
        spans = JaegerTrace(trace_id);
        server = Find(spans, "chatfleet-ingest", "server");
        producer = Find(spans, "chatfleet-ingest", "producer");
        process = Find(spans, "chatfleet-workers", "consumer");
        context = Find(spans, "chatfleet-workers", "producer", fleet.context_topic() + " publish");
        return server && producer && process && context;
      },
      std::chrono::seconds(30)))
      << spans.size() << " spans of trace " << trace_id << " in Jaeger";
  EXPECT_EQ(server->parent(), kCallerSpan);
  EXPECT_EQ(producer->parent(), server->span_id);
  EXPECT_EQ(producer->operation, fleet.events_topic() + " publish");
  EXPECT_EQ(process->parent(), producer->span_id);
  EXPECT_EQ(process->operation, fleet.events_topic() + " process");
  EXPECT_EQ(process->tags["messaging.system"], "kafka");
  EXPECT_EQ(process->tags["chatfleet.conversation.id"], conversation);
  EXPECT_EQ(context->parent(), process->span_id);
  // The stored row keeps the trace for whoever reads the history.
  EXPECT_EQ(Psql(schema.url(), "SELECT trace_id FROM chat_history"), trace_id);

  // and the traceparent a bot reads on chat.context names that publish span
  const auto headers = RunCommand({"kcat", "-b", KafkaBrokers(), "-C", "-t", fleet.context_topic(),
                                   "-o", "beginning", "-c", "1", "-e", "-q", "-f", "%h\n"},
                                  "", std::chrono::seconds(30));
  ASSERT_EQ(headers.exit_code, 0);
  EXPECT_NE(headers.output.find("traceparent=00-" + trace_id + "-" + context->span_id + "-01"),
            std::string::npos)
      << headers.output;

  // Given the reminder the meeting stage planned for "tomorrow at 10", kept with the message's
  // process span as its origin
  ASSERT_TRUE(WaitUntil(
      [&] {
        return Psql(schema.url(),
                    "SELECT count(*) FROM proactive_sessions p JOIN user_schedules "
                    "s ON s.id = p.schedule_id WHERE p.kind = 'preparation'") == "1";
      },
      std::chrono::seconds(30)));
  EXPECT_EQ(Psql(schema.url(), "SELECT source_traceparent FROM user_schedules"),
            "00-" + trace_id + "-" + process->span_id + "-01");
  // when the scheduler sends it a day later (its clock says so)
  const std::string clock_file = "/tmp/chatfleet-" + schema.name() + ".clock";
  WriteClockFile(clock_file, "2100-01-01T00:00:00Z");
  fleet.StartScheduler(clock_file, otel);

  // then its publish span is in a trace of its own that references the message's (a span link,
  // FOLLOWS_FROM in Jaeger's JSON)
  std::optional<JaegerSpan> reminder;
  ASSERT_TRUE(WaitUntil(
      [&] {
        reminder =
            Find(JaegerSearch("chatfleet-scheduler", "chatfleet.conversation.id", conversation),
                 "chatfleet-scheduler", "producer");
        return reminder.has_value();
      },
      std::chrono::seconds(30)))
      << "no reminder span for " << conversation << " in Jaeger";
  EXPECT_NE(reminder->trace_id, trace_id) << "a reminder starts a trace of its own";
  bool references_the_message = false;
  for (const auto& reference : reminder->references) {
    references_the_message |= reference.type == "FOLLOWS_FROM" && reference.trace_id == trace_id &&
                              reference.span_id == process->span_id;
  }
  EXPECT_TRUE(references_the_message) << "the reminder's span does not reference the message";
}

}  // namespace
}  // namespace chatfleet::testing
