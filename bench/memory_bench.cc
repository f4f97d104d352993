// chatfleet-memory-bench: the memory stages' figures (memory, recall, personalization, context),
// against $DATABASE_URL and $KAFKA_BROKERS (a URI DATABASE_URL; scratch schemas and topics).
//
//   recall      10 000 messages in one conversation; Recall() over poll batches of user
//               messages (the runner's one query per batch) with the 200 ms budget: latency
//               percentiles and how many batches fell back (timed out).
//   throughput  the same N events (default 20 000, 200 conversations × 100, so compression
//               runs) produced once, then consumed in this process by a real BatchRunner:
//               spine only (stages off), then every stage on (personalization, recall,
//               compression, chat.context). events/s over the events stored after the first
//               batch, from its store to the last.
//               CHATFLEET_MAX_BATCH (as the workers; default 5000) sets the runner's batch size;
//               CHATFLEET_BENCH_ROUNDS (default 3) how often the pair runs: the figure is the
//               median ratio of the rounds. CHATFLEET_BENCH_STATEMENTS (default 8): how many
//               statements pg_stat_statements lists per consumption, longest first.
//   ceiling     each round, the same events' rows COPYed into a chat_history-shaped table
//               without indexes and with only the unique key: PostgreSQL's CPU-µs per row, the
//               floor under the spine's figure.
#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <span>
#include <sstream>
#include <thread>
#include <vector>

#include "bench/machine_info.h"
#include "bench/percentile.h"
#include "bench/process_cpu.h"
#include "bench/statement_stats.h"
#include "chatfleet/v1/chat_event.pb.h"
#include "shared/core/allocator.h"
#include "shared/kafka/admin.h"
#include "shared/kafka/client_properties.h"
#include "shared/kafka/consumer.h"
#include "shared/kafka/producer.h"
#include "shared/log/logger.h"
#include "shared/pg/migrations.h"
#include "workers/dlq/dead_letter.h"
#include "workers/memory/history_writer.h"
#include "workers/memory/summarizer.h"
#include "workers/runner/batch_runner.h"
#include "workers/runner/kafka_event_source.h"
#include "workers/runner/memory_stages.h"

namespace chatfleet::bench {
namespace {

using namespace chatfleet::workers;
using Clock = std::chrono::steady_clock;
using google::protobuf::util::TimeUtil;

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  if (!value || !*value) throw std::runtime_error(std::string(name) + " is not set");
  return value;
}

// A scratch schema; the URL that puts sessions in it. Dropped at exit.
class Schema {
 public:
  Schema(const std::string& url, const std::string& name) : name_(name), admin_(Open(url)) {
    Check(admin_.ExecScript("CREATE SCHEMA " + pg::QuoteIdentifier(name_)));
    url_ =
        url + (url.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + name_;
    auto connection = Open(url_);
    pg::Migrator migrator(connection, pg::EmbeddedMigrations());
    if (auto applied = migrator.Up(); !applied) throw std::runtime_error(applied.error().message);
  }
  ~Schema() {
    // CHATFLEET_BENCH_KEEP_SCHEMAS=1 keeps them, to look at the plans afterwards.
    const char* keep = std::getenv("CHATFLEET_BENCH_KEEP_SCHEMAS");
    if (keep && std::string(keep) == "1") return;
    (void)admin_.ExecScript("DROP SCHEMA " + pg::QuoteIdentifier(name_) + " CASCADE");
  }
  const std::string& url() const { return url_; }

  static pg::Connection Open(const std::string& url) {
    auto connection = pg::Connection::Open(url);
    if (!connection) throw std::runtime_error(connection.error().message);
    return std::move(*connection);
  }
  template <typename T>
  static void Check(const Result<T>& result) {
    if (!result) throw std::runtime_error(result.error().message);
  }

 private:
  std::string name_;
  std::string url_;
  pg::Connection admin_;
};

const char* kWords[] = {"project", "deadline", "coffee",  "meeting", "budget",  "design", "review",
                        "weekend", "football", "dentist", "invoice", "holiday", "train",  "report",
                        "garden",  "concert",  "laptop",  "recipe",  "weather", "doctor", "flight",
                        "hotel",   "birthday", "present", "movie",   "lunch",   "dinner", "office"};

// Chat-like word frequencies: a few very common words and a long tail (about 600 invented
// words, picked with a skew towards the head), so full-text matches are neither all nor none.
const std::vector<std::string>& Vocabulary() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> all(std::begin(kWords), std::end(kWords));
    const char* syllables[] = {"ka",  "lo",  "mi",  "ren", "tu",  "sa",
                               "vor", "pel", "din", "ou",  "bra", "ze"};
    for (const char* a : syllables) {
      for (const char* b : syllables) {
        for (const char* c : {"n", "s", "t", "x"}) all.push_back(std::string(a) + b + c);
      }
    }
    return all;
  }();
  return words;
}

std::string Sentence(std::mt19937& random, int words) {
  std::uniform_real_distribution<double> uniform(0, 1);
  const auto& vocabulary = Vocabulary();
  std::string text;
  for (int i = 0; i < words; ++i) {
    const double u = uniform(random);
    const auto index = static_cast<std::size_t>(u * u * u * static_cast<double>(vocabulary.size()));
    text += (i ? " " : "") + vocabulary[std::min(index, vocabulary.size() - 1)];
  }
  return text;
}

HistoryRow Row(int n, const std::string& conversation, std::string text) {
  return HistoryRow{.event_id = "e-" + std::to_string(n),
                    .tenant = "bench",
                    .bot = "elena",
                    .platform = "telegram",
                    .conversation_id = conversation,
                    .conversation_kind = "group",
                    .channel_id = conversation,
                    .user_id = "u-" + std::to_string(n % 7),
                    .user_name = "User",
                    .role = n % 5 == 0 ? "assistant" : "user",
                    .content = std::move(text),
                    .source = "text",
                    .platform_message_id = "m-" + std::to_string(n),
                    .reply_to_message_id = std::nullopt,
                    .sent_at = "2026-11-22T10:00:00Z",
                    .received_at = "2026-11-22T10:00:00Z",
                    .trace_id = "",
                    .edited_at = std::nullopt,
                    .language = "en",
                    // As the memory writer stores a recall-on tenant's rows: with their vectors
                    // (without, recall would compute all 10 000 at every query).
                    .searchable = true};
}

void RecallBench(const std::string& url, int history, int batches, int per_batch) {
  Schema schema(url,
                "membench_recall_" + std::to_string(per_batch) + "_" + std::to_string(getpid()));
  std::mt19937 random(42);
  HistoryWriter writer(schema.url());
  for (int start = 0; start < history; start += 2000) {
    std::vector<HistoryRow> rows;
    for (int n = start; n < std::min(history, start + 2000); ++n) {
      rows.push_back(Row(n, "big",
                         n == history / 2 ? "my sister's wedding is in Lisbon in June"
                                          : Sentence(random, 6 + n % 10)));
    }
    Schema::Check(writer.Write(rows));
  }
  auto analyze = Schema::Open(schema.url());
  Schema::Check(analyze.Exec("ANALYZE chat_history"));
  const std::int64_t window_start = history - 20;  // ids start at 1: the last 20 are the window
  pg::LazyConnection connection(schema.url());
  RecallStore recall(connection, {6, std::chrono::milliseconds(200)});
  const ConversationKey key{"bench", "elena", "telegram", "big"};
  std::vector<double> latencies;
  int timed_out = 0;
  bool found = false;
  for (int b = 0; b < batches; ++b) {
    std::vector<RecallQuery> queries;
    for (int q = 0; q < per_batch; ++q) {
      queries.push_back({key, "en",
                         q == 0 ? "where is the wedding of your sister?" : Sentence(random, 8),
                         window_start});
    }
    const auto started = Clock::now();
    const auto result = recall.Recall(queries);
    latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - started).count());
    if (result.outcome != RecallOutcome::kOk) ++timed_out;
    if (result.outcome == RecallOutcome::kOk && !result.memories[0].empty() &&
        result.memories[0][0].text.find("Lisbon") != std::string::npos) {
      found = true;
    }
  }
  std::printf("recall: history=%d messages, %d batches x %d queries, budget 200 ms\n", history,
              batches, per_batch);
  std::printf(
      "recall: per batch p50=%.1f ms p95=%.1f ms max=%.1f ms; fallbacks=%d/%d; fact found=%s\n",
      Percentile(latencies, 0.5), Percentile(latencies, 0.95), Percentile(latencies, 1.0),
      timed_out, batches, found ? "yes" : "no");
}

// The bench's traffic: `per_conversation` rounds over `conversations` conversations, in the
// order they are produced.
std::vector<v1::ChatEvent> MakeEvents(int conversations, int per_conversation) {
  std::mt19937 random(7);
  const char* greetings[] = {"Привет, как дела у проекта?", "Hola, ¿cómo va el proyecto?",
                             "Olá, como vai o projeto?", "שלום, מה שלום הפרויקט?"};
  std::vector<v1::ChatEvent> events;
  events.reserve(static_cast<std::size_t>(conversations) * per_conversation);
  for (int m = 0; m < per_conversation; ++m) {
    for (int c = 0; c < conversations; ++c) {
      v1::ChatEvent& event = events.emplace_back();
      const std::string id = std::to_string(c) + "-" + std::to_string(m);
      event.set_event_id("ev-" + id);
      event.set_tenant("bench");
      event.set_bot("elena");
      event.set_platform(v1::PLATFORM_TELEGRAM);
      event.mutable_conversation()->set_id("conv-" + std::to_string(c));
      event.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_GROUP);
      event.mutable_conversation()->set_channel_id("conv-" + std::to_string(c));
      event.mutable_sender()->set_user_id("user-" + std::to_string((c + m) % 5));
      event.mutable_sender()->set_display_name("Person " + std::to_string((c + m) % 5));
      event.set_role(m % 4 == 3 ? v1::ROLE_ASSISTANT : v1::ROLE_USER);
      event.set_text(m % 9 == 0 ? greetings[c % 4] : Sentence(random, 5 + m % 15));
      event.set_source(v1::SOURCE_TEXT);
      event.set_platform_message_id("m-" + id);
      event.mutable_sent_at()->set_seconds(1795341600 + m);
      event.mutable_received_at()->set_seconds(1795341600 + m);
    }
  }
  return events;
}

std::string ProduceEvents(const std::string& brokers, const std::vector<v1::ChatEvent>& events) {
  const std::string topic = "membench_events_" + std::to_string(getpid());
  Schema::Check(kafka::CreateTopics(brokers, {{topic, 12}}));
  kafka::Producer producer({.brokers = brokers, .client_id = "memory-bench", .extra = {}});
  for (const v1::ChatEvent& event : events) {
    const std::string key = "bench/PLATFORM_TELEGRAM/" + event.conversation().id();
    Schema::Check(
        producer.Produce({topic, key, event.SerializeAsString(), {}}, [](const Status&) {}));
  }
  Schema::Check(producer.Flush(std::chrono::seconds(120)));
  return topic;
}

constexpr const char* kWorker = "worker";

// The fleet's processes by role (CHATFLEET_BENCH_PROCESSES, as bench/run passes them: its
// PostgreSQL and broker count, its own workers and ingest stay idle) and this process, the
// worker of the run.
std::map<std::string, std::vector<int>> ProcessGroups() {
  const char* given = std::getenv("CHATFLEET_BENCH_PROCESSES");
  auto groups = ParseProcessGroups(given ? given : "");
  std::erase_if(groups, [](const auto& group) {
    return group.first != "postgres" && group.first != "broker";
  });
  groups[kWorker] = {getpid()};
  return groups;
}

/// One consumption's figures: its rate and CPU-µs per stored event by process role.
struct RunFigures {
  double rate = 0;
  std::map<std::string, double> cpu_us;
};

// CHATFLEET_BENCH_STATEMENTS (default 8): how many of the longest statements to print.
int StatementsShown() {
  const char* given = std::getenv("CHATFLEET_BENCH_STATEMENTS");
  return given ? std::max(1, std::atoi(given)) : 8;
}

void PrintStatements(StatementStats& statements, double events) {
  auto top = statements.Top(StatementsShown());
  if (!top) {
    static bool told = false;
    if (!told) std::printf("    (no per-statement figures: %s)\n", top.error().message.c_str());
    told = true;
    return;
  }
  std::printf("    PostgreSQL by statement (pg_stat_statements): µs per stored event, calls\n");
  for (const auto& statement : *top) {
    std::printf("      %8.2f µs %7lld × %.110s\n", 1000 * statement.total_ms / events,
                static_cast<long long>(statement.calls), statement.query.c_str());
  }
}

// The workers' producer codec: CHATFLEET_CONTEXT_COMPRESSION as the workers read it, else theirs.
std::string ContextCompression() {
  const char* given = std::getenv("CHATFLEET_CONTEXT_COMPRESSION");
  return given && *given ? given : std::string(kContextCompression);
}

RunFigures Consume(const std::string& url, const std::string& brokers, const std::string& topic,
                   int total, bool stages_on, const std::string& label,
                   const std::string& flags = "", int round = 1) {
  const std::string name = label + "_" + std::to_string(round) + "_" + std::to_string(getpid());
  Schema schema(url, "membench_" + name);
  // As the workers' producer: their codec and the operator's CHATFLEET_KAFKA_* properties.
  kafka::ProducerOptions producer_options{.brokers = brokers,
                                          .client_id = "memory-bench-worker",
                                          .compression = ContextCompression(),
                                          .extra = kafka::ClientPropertiesFromEnvironment()};
  kafka::Producer producer(producer_options);
  DeadLetterPublisher dead_letters(producer, topic + "_dlq");
  HistoryWriter writer(schema.url());
  kafka::ConsumerOptions options;
  options.brokers = brokers;
  options.group_id = "membench-" + name;
  options.topics = {topic};
  options.session_timeout = std::chrono::milliseconds(6000);
  kafka::Consumer consumer(options, [](const auto&) {});
  metrics::Registry metrics;
  pg::LazyConnection connection(schema.url());
  pg::LazyConnection post_store_connection(schema.url());  // as the workers: the lane's own
  MemoryStore store(connection);
  MemoryStore history(post_store_connection);
  RecallStore recall(post_store_connection, {});
  ExtractiveSummarizer summarizer;
  Compactor compactor(post_store_connection, summarizer, {});
  const std::string context_topic = topic + "_context_" + name;
  Schema::Check(kafka::CreateTopics(brokers, {{context_topic, 12}}));
  trace::Tracer no_tracing;
  ContextPublisher contexts(producer, context_topic, no_tracing);
  // The proactive stage (meetings, follow-ups, state) is one of "every stage" too.
  ProactiveStore proactive(connection);
  OutboundPublisher outbound(producer, context_topic, no_tracing);
  MemoryStageOptions stage_options;
  stage_options.flags = *ParseFlagConfig(flags);
  MemoryStages stages({store, history, recall, compactor, contexts, &proactive, &outbound},
                      stage_options, metrics);
  RunnerOptions runner_options;
  // As the workers read it: under a backlog every poll batch is this size.
  if (const char* max_batch = std::getenv("CHATFLEET_MAX_BATCH")) {
    runner_options.max_batch = static_cast<std::size_t>(std::stoul(max_batch));
  }
  KafkaEventSource source(consumer);
  BatchRunner runner({source, writer, dead_letters, stages_on ? &stages : nullptr}, metrics,
                     runner_options);
  metrics::Counter& stored = metrics.AddCounter("chatfleet_worker_events_stored_total",
                                                "Events newly stored in chat_history");
  std::atomic<bool> done{false};
  std::thread thread([&] { (void)runner.Run([&] { return done.load(); }); });
  // The clock starts when the first batch is stored: the events counted are those stored after
  // it (with 4 batches of 5 000, counting all 20 000 would overstate the rate by a third).
  Clock::time_point first{};
  double stored_at_first = 0;
  CpuTimes cpu_first;
  const auto groups = ProcessGroups();
  CpuByGroup groups_first;
  StatementStats statements(url);
  while (stored.value() < total) {
    if (first == Clock::time_point{} && stored.value() > 0) {
      first = Clock::now();
      stored_at_first = stored.value();
      cpu_first = ReadCpuTimes();
      groups_first = SampleCpu(groups);
      (void)statements.Reset();  // unavailable: PrintStatements says so
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  const double seconds = std::chrono::duration<double>(Clock::now() - first).count();
  const CpuTimes cpu_last = ReadCpuTimes();
  const CpuByGroup groups_spent = CpuSpent(groups_first, SampleCpu(groups));
  done = true;
  thread.join();
  consumer.Close();
  const double timed = total - stored_at_first;
  const double rate = timed / seconds;
  // Where the time went: the _sum of the per-batch stage and store histograms; contexts sent
  // without memories.
  std::istringstream page(metrics.Render());
  for (std::string line; std::getline(page, line);) {
    if ((line.find("_sum") != std::string::npos || line.find("_count") != std::string::npos ||
         line.find("fallbacks_total{") != std::string::npos) &&
        (line.find("stage_duration") != std::string::npos ||
         line.find("store_duration") != std::string::npos ||
         line.find("recall_duration") != std::string::npos ||
         line.find("recall_fallbacks") != std::string::npos ||
         line.find("batch_size_count") != std::string::npos)) {
      std::printf("    %s\n", line.c_str());
    }
  }
  // Every process on the machine (the database and the broker too): how much of the two CPUs
  // the run kept busy, and the CPU time it took per 1 000 events.
  const double busy = cpu_last.busy - cpu_first.busy;
  const double available = busy + cpu_last.idle - cpu_first.idle;
  const double self = cpu_last.self - cpu_first.self;
  std::printf(
      "    machine CPU busy %.2f s of %.2f s (%.0f %%), %.3f CPU-s per 1000 events; of it this "
      "process (the worker) %.2f, everything else (PostgreSQL, broker, ...) %.2f\n",
      busy, available, available > 0 ? 100 * busy / available : 0, 1000 * busy / timed, self,
      busy - self);
  RunFigures figures{rate, {}};
  double all = 0;
  std::printf("    CPU-µs per stored event:");
  for (const auto& [role, seconds_spent] : groups_spent) {
    figures.cpu_us[role] = 1e6 * seconds_spent / timed;
    all += figures.cpu_us[role];
    std::printf(" %s %.1f |", role.c_str(), figures.cpu_us[role]);
  }
  figures.cpu_us["all"] = all;
  std::printf(" all %.1f\n", all);
  PrintStatements(statements, timed);
  std::printf(
      "throughput %-10s %-45s: %.0f events in %.2f s = %.0f events/s (after the first "
      "batch)\n",
      label.c_str(),
      stages_on ? (flags.empty() ? "(every stage on)" : flags.c_str()) : "(stages off)", timed,
      seconds, rate);
  return figures;
}

// The spine's ceiling, measured in the same run: the rows of the same events, as the memory
// writer stores them on the spine (a conversation key, no language, no vector), COPYed in
// batches of 5 000 (one transaction each) into a table shaped like chat_history, once without
// any index and once with only the unique key; PostgreSQL's CPU-µs per row.
constexpr std::string_view kCopyCeilingColumns =
    "event_id, tenant, bot, platform, conversation_id, conversation_key, conversation_kind, "
    "channel_id, user_id, user_name, role, content, source, platform_message_id, sent_at, "
    "received_at, trace_id";

std::string CopyRows(std::span<const v1::ChatEvent> events) {
  std::string data;
  for (const v1::ChatEvent& event : events) {
    const std::string& conversation = event.conversation().id();
    const std::string key = conversation.substr(conversation.find('-') + 1);  // conv-<n>
    const std::string values[] = {event.event_id(),
                                  event.tenant(),
                                  event.bot(),
                                  "telegram",
                                  conversation,
                                  std::to_string(std::stoll(key) + 1),
                                  "group",
                                  event.conversation().channel_id(),
                                  event.sender().user_id(),
                                  event.sender().display_name(),
                                  event.role() == v1::ROLE_ASSISTANT ? "assistant" : "user",
                                  event.text(),
                                  "text",
                                  event.platform_message_id(),
                                  TimeUtil::ToString(event.sent_at()),
                                  TimeUtil::ToString(event.received_at()),
                                  ""};
    bool first = true;
    for (const std::string& value : values) {
      pg::AppendCopyField(data, value, first);
      first = false;
    }
    pg::EndCopyRow(data);
  }
  return data;
}

struct CopyCeiling {
  double bare_us = 0;   // no index
  double keyed_us = 0;  // only chat_history_message_key's (conversation_key, platform_message_id)
};

double CopyCpuPerRow(pg::Connection& connection, const std::string& table,
                     const std::vector<std::string>& batches, std::size_t rows) {
  const auto groups = ProcessGroups();
  if (!groups.contains("postgres")) return 0;
  const std::string copy =
      "COPY " + table + " (" + std::string(kCopyCeilingColumns) + ") FROM STDIN";
  const CpuByGroup before = SampleCpu(groups);
  for (const std::string& batch : batches) {
    auto transaction = pg::Transaction::Begin(connection);
    Schema::Check(transaction);
    Schema::Check(connection.CopyIn(copy, batch));
    Schema::Check(transaction->Commit());
  }
  const CpuByGroup spent = CpuSpent(before, SampleCpu(groups));
  return 1e6 * spent.at("postgres") / static_cast<double>(rows);
}

CopyCeiling MeasureCopyCeiling(const std::string& url, const std::vector<v1::ChatEvent>& events,
                               int round) {
  Schema schema(url, "membench_copy_" + std::to_string(round) + "_" + std::to_string(getpid()));
  auto connection = Schema::Open(schema.url());
  Schema::Check(connection.ExecScript(
      "CREATE TABLE copy_bare (LIKE chat_history INCLUDING DEFAULTS INCLUDING IDENTITY);"
      "CREATE TABLE copy_keyed (LIKE chat_history INCLUDING DEFAULTS INCLUDING IDENTITY);"
      "ALTER TABLE copy_keyed ADD UNIQUE (conversation_key, platform_message_id);"));
  constexpr std::size_t kBatch = 5000;  // the workers' batch under a backlog
  std::vector<std::string> batches;
  for (std::size_t first = 0; first < events.size(); first += kBatch) {
    batches.push_back(
        CopyRows(std::span(events).subspan(first, std::min(kBatch, events.size() - first))));
  }
  CopyCeiling ceiling;
  ceiling.bare_us = CopyCpuPerRow(connection, "copy_bare", batches, events.size());
  ceiling.keyed_us = CopyCpuPerRow(connection, "copy_keyed", batches, events.size());
  std::printf(
      "copy ceiling: PostgreSQL CPU-µs per row COPYed into a chat_history-shaped table, "
      "no index %.1f | only the unique key %.1f\n",
      ceiling.bare_us, ceiling.keyed_us);
  return ceiling;
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values.empty() ? 0 : values[values.size() / 2];
}

}  // namespace
}  // namespace chatfleet::bench

int main(int argc, char** argv) {
  using namespace chatfleet::bench;
  try {
    chatfleet::TuneAllocatorForBatches();  // as the workers
    chatfleet::log::Init("memory-bench", chatfleet::log::Level::kWarn);
    const std::string url = Env("DATABASE_URL");
    const std::string brokers = Env("KAFKA_BROKERS");
    const int conversations = argc > 1 ? std::atoi(argv[1]) : 200;
    const int per_conversation = argc > 2 ? std::atoi(argv[2]) : 100;
    // CHATFLEET_BENCH_SKIP_RECALL=1: the throughput runs only (e.g. under a profiler).
    const char* skip_recall = std::getenv("CHATFLEET_BENCH_SKIP_RECALL");
    if (!skip_recall || std::string(skip_recall) != "1") {
      RecallBench(url, 10000, 50, 1);
      RecallBench(url, 10000, 50, 10);
      RecallBench(url, 10000, 20, 50);
    }
    const auto events = MakeEvents(conversations, per_conversation);
    const std::string topic = ProduceEvents(brokers, events);
    std::printf("events topic %s; the worker's producer compression: %s\n", topic.c_str(),
                ContextCompression().c_str());
    const int total = conversations * per_conversation;
    // Spine and every stage on alternate, CHATFLEET_BENCH_ROUNDS times (default 3): a shared
    // machine's noise moves single runs by ±30 %, so the figure is the median of the rounds.
    const char* rounds_env = std::getenv("CHATFLEET_BENCH_ROUNDS");
    const int rounds = std::max(1, rounds_env ? std::atoi(rounds_env) : 3);
    std::vector<double> ratios;
    std::map<std::string, std::vector<double>> spine_cpu, full_cpu;
    std::vector<double> copy_bare, copy_keyed;
    for (int round = 1; round <= rounds; ++round) {
      const RunFigures spine = Consume(url, brokers, topic, total, false, "spine", "", round);
      const RunFigures full = Consume(url, brokers, topic, total, true, "full", "", round);
      const CopyCeiling ceiling = MeasureCopyCeiling(url, events, round);
      copy_bare.push_back(ceiling.bare_us);
      copy_keyed.push_back(ceiling.keyed_us);
      ratios.push_back(full.rate / spine.rate);
      for (const auto& [role, us] : spine.cpu_us) spine_cpu[role].push_back(us);
      for (const auto& [role, us] : full.cpu_us) full_cpu[role].push_back(us);
      std::printf("round %d: every stage on = %.0f%% of the spine (%.0f vs %.0f events/s)\n", round,
                  100.0 * full.rate / spine.rate, full.rate, spine.rate);
    }
    std::printf("CPU-µs per stored event, the median of %d rounds: spine / every stage on\n",
                rounds);
    for (const auto& [role, values] : spine_cpu) {
      const double spine = Median(values);
      const double full = Median(full_cpu[role]);
      std::printf("  %-10s %8.1f / %8.1f (%.2f×)\n", role.c_str(), spine, full,
                  spine > 0 ? full / spine : 0);
    }
    std::printf(
        "  ceiling: PostgreSQL CPU-µs per row COPYed, no index %.1f | only the unique key %.1f\n",
        Median(copy_bare), Median(copy_keyed));
    if (argc > 3) {  // where the time goes: the same run with stages switched off one by one
      Consume(url, brokers, topic, total, true, "norecall", "recall=off");
      Consume(url, brokers, topic, total, true, "noproactive", "proactive=off");
      Consume(url, brokers, topic, total, true, "ctxonly",
              "recall=off,compression=off,personalization=off,proactive=off");
    }
    std::sort(ratios.begin(), ratios.end());
    std::printf(
        "throughput: every stage on = %.0f%% of the spine, the median of %d rounds "
        "(%.0f%%–%.0f%%)\n",
        100.0 * ratios[ratios.size() / 2], rounds, 100.0 * ratios.front(), 100.0 * ratios.back());
    return 0;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "memory bench failed: %s\n", error.what());
    return 1;
  }
}
