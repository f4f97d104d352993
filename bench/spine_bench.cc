// chatfleet-bench: the spine benchmark. Posts events through ingest with concurrent keep-alive
// clients, waits until the workers stored all of them in PostgreSQL, and reports events/s and
// the accepted → stored latency; in the same run it measures the ceilings of the same broker and
// database (raw produce / consume with the fleet's librdkafka clients, COPY into chat_history).
// main only wires: read settings, run the phases, print the report. See docs/PERFORMANCE.md.
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>

#include "bench/db_ceiling.h"
#include "bench/event_factory.h"
#include "bench/kafka_ceiling.h"
#include "bench/machine_info.h"
#include "bench/process_cpu.h"
#include "bench/report.h"
#include "bench/spine_run.h"
#include "shared/config/config.h"
#include "shared/log/logger.h"

namespace {

using chatfleet::config::Config;
using chatfleet::config::Setting;
namespace bench = chatfleet::bench;

constexpr Setting kSettings[] = {
    {"INGEST_URL", "http://127.0.0.1:28080", "ingest base URL (what `./fleet up` prints)"},
    {"KAFKA_BROKERS", "127.0.0.1:9092", "Kafka bootstrap servers, for the raw broker ceilings"},
    {"DATABASE_URL", "postgresql://postgres@127.0.0.1:25432/chatfleet",
     "PostgreSQL of the fleet: counts and latencies, and the COPY ceiling (scratch schema)"},
    {"CHATFLEET_BENCH_EVENTS", "200000", "events posted in each end-to-end run"},
    {"CHATFLEET_BENCH_CLIENTS", "16", "concurrent HTTP clients (one keep-alive connection each)"},
    {"CHATFLEET_BENCH_MODE", "both",
     "single (POST /v1/events), batch (POST /v1/events:batch) or both"},
    {"CHATFLEET_BENCH_BATCH_SIZE", "200", "events per batch request (at most ingest's 500)"},
    {"CHATFLEET_BENCH_HALF_RATE", "true",
     "also run paced at half the measured maximum rate and report its latency"},
    {"CHATFLEET_BENCH_HALF_RATE_EVENTS", "0",
     "events in the half-rate run (0: half of --bench-events)"},
    {"CHATFLEET_BENCH_CEILINGS", "true", "measure the raw Kafka and COPY ceilings"},
    {"CHATFLEET_BENCH_RAW_MESSAGES", "0", "messages for the raw Kafka ceiling (0: --bench-events)"},
    {"CHATFLEET_BENCH_COPY_ROWS", "0", "rows for the database ceiling (0: --bench-events)"},
    {"CHATFLEET_BENCH_COPY_BATCH_ROWS", "2000", "rows per transaction in the database ceiling"},
    {"CHATFLEET_BENCH_WARMUP_EVENTS", "10000",
     "events posted (in batches, not measured) before the runs: a fresh broker's JVM compiles "
     "its hot paths during the first seconds and would make the first run look slow"},
    {"CHATFLEET_BENCH_PROCESSES", "",
     "the fleet's processes by role, role=pid,pid;... (bench/run passes workers, ingest, "
     "postgres, broker): each run's CPU-µs per event by role"},
    {"CHATFLEET_BENCH_STALL_TIMEOUT_MS", "60000",
     "give up waiting for rows when the stored count has not grown for this long"},
    {"CHATFLEET_LOG_LEVEL", "warn", "log level of the Kafka/PostgreSQL clients"},
};

/// The dev broker keeps ~5 MiB per partition; a raw-ceiling round stays far below (3 MiB per
/// partition still lost messages).
constexpr std::int64_t kPartitionBudgetBytes = 1024 * 1024;
constexpr int kMinPartitions = 12;

std::string Ms(double ms) { return bench::FormatNumber(ms) + " ms"; }
std::string PerS(double rate) { return bench::FormatNumber(rate) + " /s"; }
double Ratio(double a, double b) { return b > 0 ? a / b : 0; }

void AddMachine(bench::Report& report, double load_at_start) {
  const bench::MachineInfo machine = bench::ReadMachineInfo();
  report.Section("Machine");
  report.Row("CPUs (nproc)", std::to_string(machine.cpus));
  report.Row("CPU model", machine.cpu_model);
  report.Row("memory", bench::FormatNumber(machine.memory_gib) + " GiB");
  report.Row("kernel", machine.kernel);
  report.Key("MACHINE_NPROC", machine.cpus);
  report.Key("MACHINE_CPU_MODEL", "\"" + machine.cpu_model + "\"");
  report.Key("MACHINE_MEMORY_GIB", machine.memory_gib);
  report.Row("load average (1 min) at start / end",
             bench::FormatNumber(load_at_start) + " / " + bench::FormatNumber(machine.load_1min));
  report.Key("MACHINE_LOADAVG_START", load_at_start);
  report.Key("MACHINE_LOADAVG_END", machine.load_1min);
}

void AddSpineRun(bench::Report& report, const bench::SpineRun& run, const std::string& prefix) {
  const auto& o = run.options;
  report.Section("End to end: " + o.label + " (" +
                 (o.batch_size > 1 ? std::to_string(o.batch_size) + " events per request"
                                   : std::string("one event per request")) +
                 (o.paced_events_per_s > 0 ? ", paced at " + PerS(o.paced_events_per_s) : "") +
                 ")");
  report.Row("events posted / accepted (202)",
             std::to_string(o.events) + " / " + std::to_string(run.load.events_accepted));
  report.Row("failed requests (non-202)", std::to_string(run.load.requests_failed));
  report.Row("503 answers (retried)", std::to_string(run.load.responses_503));
  report.Row("reconnects", std::to_string(run.load.reconnects));
  report.Row("rows stored / missing", std::to_string(run.stored.rows) + " / " +
                                          std::to_string(run.missing_rows()) +
                                          (run.stored.complete ? "" : " (gave up: no progress)"));
  report.Row("longest wait without a new row",
             Ms(static_cast<double>(run.stored.longest_stall.count())));
  report.Row("HTTP accept rate", PerS(run.accept_rate()));
  report.Row("end-to-end rate (stored)", PerS(run.e2e_rate()));
  report.Row("HTTP request p50 / p99", Ms(run.http_p50_ms) + " / " + Ms(run.http_p99_ms));
  report.Row(
      "accept → stored p50 / p99 / max",
      Ms(run.latency.p50_ms) + " / " + Ms(run.latency.p99_ms) + " / " + Ms(run.latency.max_ms));
  for (const auto& sample : run.load.failure_samples) report.Row("failure", sample);
  // CPU per stored event by process: steadier than rates on a shared machine, and it says
  // where the work goes.
  if (run.stored.rows > 0) {
    double total = 0;
    std::string roles;
    for (const auto& [role, seconds] : run.cpu) {
      const double per_event = 1e6 * seconds / static_cast<double>(run.stored.rows);
      total += per_event;
      report.Row("CPU-µs per event: " + role, bench::FormatNumber(per_event));
      std::string key;
      for (char c : role.substr(0, role.find(' '))) key += static_cast<char>(std::toupper(c));
      report.Key(prefix + "_CPU_US_" + key, per_event);
    }
    report.Row("CPU-µs per event: all of these", bench::FormatNumber(total));
    report.Key(prefix + "_CPU_US_TOTAL", total);
  }
  report.Key(prefix + "_EVENTS", static_cast<double>(o.events));
  if (o.paced_events_per_s > 0) report.Key(prefix + "_TARGET_EVENTS_PER_S", o.paced_events_per_s);
  report.Key(prefix + "_EVENTS_PER_S", run.e2e_rate());
  report.Key(prefix + "_ACCEPT_EVENTS_PER_S", run.accept_rate());
  report.Key(prefix + "_P50_MS", run.latency.p50_ms);
  report.Key(prefix + "_P99_MS", run.latency.p99_ms);
  report.Key(prefix + "_MAX_MS", run.latency.max_ms);
  report.Key(prefix + "_HTTP_P99_MS", run.http_p99_ms);
  report.Key(prefix + "_FAILED_REQUESTS", static_cast<double>(run.load.requests_failed));
  report.Key(prefix + "_503", static_cast<double>(run.load.responses_503));
  report.Key(prefix + "_MISSING_ROWS", static_cast<double>(run.missing_rows()));
  report.Key(prefix + "_LONGEST_STALL_MS", static_cast<double>(run.stored.longest_stall.count()));
}

struct Phases {
  std::optional<bench::SpineRun> single;
  std::optional<bench::SpineRun> batch;
  std::optional<bench::SpineRun> half;
  std::optional<bench::KafkaCeiling> kafka;
  bench::CpuByGroup kafka_cpu;  ///< the raw ceiling's CPU seconds by process role
  std::optional<bench::DbCeiling> db;
  double load_at_start = 0;  ///< other work on the machine skews every figure: show it
  bool ok = true;
};

constexpr const char* kLoadGenerator = "load generator (this process)";

// The fleet's processes by role (bench/run passes them) and this process, whose CPU counts too.
std::map<std::string, std::vector<int>> ProcessGroups(const Config& config) {
  auto groups = bench::ParseProcessGroups(config.Get("CHATFLEET_BENCH_PROCESSES"));
  groups[kLoadGenerator] = {getpid()};
  return groups;
}

std::optional<bench::SpineRun> RunPhase(const Config& config, const std::string& label,
                                        std::int64_t events, int batch_size, double paced,
                                        bool& ok) {
  bench::SpineRunOptions options;
  options.label = label;
  options.ingest_url = config.Get("INGEST_URL");
  options.database_url = config.Get("DATABASE_URL");
  options.tenant = "bench-" + std::to_string(getpid()) + "-" + label;
  options.events = events;
  options.clients = static_cast<int>(config.GetInt("CHATFLEET_BENCH_CLIENTS"));
  options.batch_size = batch_size;
  options.paced_events_per_s = paced;
  options.stall_timeout = config.GetMillis("CHATFLEET_BENCH_STALL_TIMEOUT_MS");
  const auto groups = ProcessGroups(config);
  const auto cpu_before = bench::SampleCpu(groups);
  auto run = bench::RunSpine(options);
  if (run) run->cpu = bench::CpuSpent(cpu_before, bench::SampleCpu(groups));
  if (!run) {
    std::cerr << "[bench] " << label << " failed: " << run.error().message << "\n";
    ok = false;
    return std::nullopt;
  }
  if (run->load.requests_failed > 0 || run->missing_rows() != 0) ok = false;
  std::cerr << "[bench] " << label << ": " << bench::FormatNumber(run->e2e_rate())
            << " events/s end to end, p99 " << Ms(run->latency.p99_ms) << "\n";
  return std::move(*run);
}

std::vector<chatfleet::v1::ChatEvent> AcceptedEvents(std::int64_t count) {
  const bench::EventFactory factory("bench-" + std::to_string(getpid()) + "-ceiling");
  std::vector<chatfleet::v1::ChatEvent> events;
  events.reserve(static_cast<std::size_t>(count));
  for (std::int64_t i = 0; i < count; ++i) events.push_back(factory.MakeAccepted(i));
  return events;
}

std::optional<bench::KafkaCeiling> RunKafkaCeiling(const Config& config, std::int64_t count,
                                                   int& partitions, std::size_t& message_bytes) {
  std::vector<chatfleet::kafka::OutgoingMessage> messages;
  messages.reserve(static_cast<std::size_t>(count));
  const std::string topic = "bench." + std::to_string(getpid()) + ".raw";
  for (const auto& event : AcceptedEvents(count)) {
    chatfleet::kafka::OutgoingMessage message{
        topic, bench::KafkaKey(event), event.SerializeAsString(), {}};
    // The headers ingest sets: trace context and the event id.
    message.headers.emplace_back("traceparent",
                                 "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    message.headers.emplace_back("chatfleet-event-id", event.event_id());
    messages.push_back(std::move(message));
  }
  message_bytes = messages.empty() ? 0 : messages.front().value.size();
  bench::KafkaCeilingOptions options;
  options.brokers = config.Get("KAFKA_BROKERS");
  options.topic = topic;
  const std::vector<chatfleet::kafka::OutgoingMessage> round(
      messages.begin(), messages.begin() + static_cast<std::ptrdiff_t>(std::min(
                                               messages.size(), options.messages_per_round)));
  partitions = bench::PartitionsFor(round, kMinPartitions, kPartitionBudgetBytes);
  options.partitions = partitions;
  std::cerr << "[bench] raw Kafka: " << count << " messages to " << topic << " (" << partitions
            << " partitions)\n";
  auto ceiling = bench::MeasureKafkaCeiling(options, messages);
  if (!ceiling) {
    std::cerr << "[bench] raw Kafka ceiling failed: " << ceiling.error().message << "\n";
    return std::nullopt;
  }
  return *ceiling;
}

std::optional<bench::DbCeiling> RunDbCeiling(const Config& config, std::int64_t rows) {
  bench::DbCeilingOptions options;
  options.database_url = config.Get("DATABASE_URL");
  options.schema = "bench_" + std::to_string(getpid());
  options.rows_per_transaction = static_cast<int>(config.GetInt("CHATFLEET_BENCH_COPY_BATCH_ROWS"));
  std::cerr << "[bench] database: " << rows << " rows into " << options.schema << ".chat_history\n";
  auto ceiling = bench::MeasureDbCeiling(options, AcceptedEvents(rows));
  if (!ceiling) {
    std::cerr << "[bench] database ceiling failed: " << ceiling.error().message << "\n";
    return std::nullopt;
  }
  return *ceiling;
}

void AddCeilings(bench::Report& report, const Phases& phases, int partitions,
                 std::size_t message_bytes) {
  if (phases.kafka) {
    const auto& k = *phases.kafka;
    report.Section("Ceiling: raw Kafka (chatfleet::kafka Producer acks=all idempotent / Consumer)");
    report.Row("messages / value bytes / partitions", std::to_string(k.produced) + " / " +
                                                          std::to_string(message_bytes) + " / " +
                                                          std::to_string(partitions));
    report.Row("produce (until all delivered)", PerS(Ratio(k.produced, k.produce_seconds)));
    report.Row("consume (first → last message)", PerS(Ratio(k.consumed, k.consume_seconds)));
    report.Row("consume incl. group join", PerS(Ratio(k.consumed, k.consume_with_join_seconds)));
    report.Row("consumed / produce failures / offset resets",
               std::to_string(k.consumed) + " / " + std::to_string(k.produce_failures) + " / " +
                   std::to_string(k.offset_resets));
    report.Key("KAFKA_MESSAGES", static_cast<double>(k.produced));
    report.Key("KAFKA_MESSAGE_BYTES", static_cast<double>(message_bytes));
    report.Key("KAFKA_PARTITIONS", partitions);
    report.Key("KAFKA_PRODUCE_MSGS_PER_S", Ratio(k.produced, k.produce_seconds));
    report.Key("KAFKA_CONSUME_MSGS_PER_S", Ratio(k.consumed, k.consume_seconds));
    report.Key("KAFKA_CONSUMED", static_cast<double>(k.consumed));
    report.Key("KAFKA_OFFSET_RESETS", static_cast<double>(k.offset_resets));
    // Per message written and read back; the client's share is the load generator's.
    for (const auto& role : {std::string("broker"), std::string(kLoadGenerator)}) {
      const auto found = phases.kafka_cpu.find(role);
      if (found == phases.kafka_cpu.end() || k.produced == 0) continue;
      const double per_message = 1e6 * found->second / static_cast<double>(k.produced);
      report.Row("CPU-µs per message (produce + consume): " + role,
                 bench::FormatNumber(per_message));
      report.Key(role == "broker" ? "KAFKA_CPU_US_BROKER" : "KAFKA_CPU_US_CLIENT", per_message);
    }
  }
  if (phases.db) {
    const auto& d = *phases.db;
    report.Section("Ceiling: PostgreSQL, one connection, 2000-row transactions (scratch schema)");
    report.Row("COPY into chat_history",
               PerS(d.copy.rows_per_s()) + " (" + std::to_string(d.copy.rows) + " rows)");
    report.Row("COPY → temp staging → INSERT ON CONFLICT", PerS(d.staged_upsert.rows_per_s()));
    report.Row("multi-row INSERT ON CONFLICT", PerS(d.multirow_insert.rows_per_s()));
    report.Key("DB_COPY_ROWS", static_cast<double>(d.copy.rows));
    report.Key("DB_COPY_ROWS_PER_S", d.copy.rows_per_s());
    report.Key("DB_STAGED_UPSERT_ROWS_PER_S", d.staged_upsert.rows_per_s());
    report.Key("DB_MULTIROW_INSERT_ROWS_PER_S", d.multirow_insert.rows_per_s());
  }
}

void AddRatios(bench::Report& report, const Phases& phases) {
  report.Section("Ratios (end to end / ceiling)");
  const auto ratio = [&](const std::string& key, const std::string& label,
                         const std::optional<bench::SpineRun>& run, double ceiling) {
    if (!run || ceiling <= 0) return;
    report.Row(label, bench::FormatNumber(Ratio(run->e2e_rate(), ceiling)));
    report.Key(key, Ratio(run->e2e_rate(), ceiling));
  };
  const double db = phases.db ? phases.db->copy.rows_per_s() : 0;
  const double produce =
      phases.kafka ? Ratio(phases.kafka->produced, phases.kafka->produce_seconds) : 0;
  const double consume =
      phases.kafka ? Ratio(phases.kafka->consumed, phases.kafka->consume_seconds) : 0;
  ratio("RATIO_BATCH_TO_DB", "batch / DB COPY", phases.batch, db);
  ratio("RATIO_SINGLE_TO_DB", "single / DB COPY", phases.single, db);
  ratio("RATIO_BATCH_TO_PRODUCE", "batch / raw produce", phases.batch, produce);
  ratio("RATIO_BATCH_TO_CONSUME", "batch / raw consume", phases.batch, consume);
  ratio("RATIO_SINGLE_TO_PRODUCE", "single / raw produce", phases.single, produce);
  if (phases.single && phases.batch) {
    report.Row("single / batch",
               bench::FormatNumber(Ratio(phases.single->e2e_rate(), phases.batch->e2e_rate())));
    report.Key("RATIO_SINGLE_TO_BATCH", Ratio(phases.single->e2e_rate(), phases.batch->e2e_rate()));
  }
}

void PrintReport(const Phases& phases, int partitions, std::size_t message_bytes) {
  bench::Report report;
  AddMachine(report, phases.load_at_start);
  if (phases.single) AddSpineRun(report, *phases.single, "E2E_SINGLE");
  if (phases.batch) AddSpineRun(report, *phases.batch, "E2E_BATCH");
  if (phases.half) AddSpineRun(report, *phases.half, "E2E_HALF");
  AddCeilings(report, phases, partitions, message_bytes);
  AddRatios(report, phases);
  report.Section("Notes");
  report.Row("latency",
             "received_at (ingest accepted, before the broker ack) → created_at "
             "(start of the worker's insert transaction)");
  report.Row("end-to-end rate",
             "first request → SELECT count(*) for the run's tenant reached "
             "the accepted events (polled every 100 ms)");
  report.Key("BENCH_OK", phases.ok ? 1 : 0);
  report.Print(std::cout);
}

int Run(int argc, char** argv) {
  const Config config = Config::Load(kSettings, argc, argv);
  if (config.help_requested()) {
    std::cout << Config::Usage("chatfleet-bench", kSettings);
    return 0;
  }
  chatfleet::log::Init("bench", chatfleet::log::ParseLevel(config.Get("CHATFLEET_LOG_LEVEL")));
  const std::string mode = config.Get("CHATFLEET_BENCH_MODE");
  if (mode != "single" && mode != "batch" && mode != "both") {
    throw std::invalid_argument("--bench-mode must be single, batch or both");
  }
  const std::int64_t events = config.GetInt("CHATFLEET_BENCH_EVENTS");
  const int batch_size = static_cast<int>(config.GetInt("CHATFLEET_BENCH_BATCH_SIZE"));
  Phases phases;
  phases.load_at_start = bench::ReadMachineInfo().load_1min;
  if (const std::int64_t warmup = config.GetInt("CHATFLEET_BENCH_WARMUP_EVENTS"); warmup > 0) {
    RunPhase(config, "warmup", warmup, batch_size, 0, phases.ok);
  }
  if (mode != "batch") phases.single = RunPhase(config, "single", events, 1, 0, phases.ok);
  if (mode != "single") phases.batch = RunPhase(config, "batch", events, batch_size, 0, phases.ok);
  const auto& fastest = phases.batch ? phases.batch : phases.single;
  if (config.GetBool("CHATFLEET_BENCH_HALF_RATE") && fastest && fastest->e2e_rate() > 0) {
    std::int64_t half_events = config.GetInt("CHATFLEET_BENCH_HALF_RATE_EVENTS");
    if (half_events <= 0) half_events = events / 2;
    phases.half = RunPhase(config, "half", half_events, fastest->options.batch_size,
                           fastest->e2e_rate() / 2, phases.ok);
  }
  if (config.GetBool("CHATFLEET_BENCH_CEILINGS")) {
    std::int64_t raw = config.GetInt("CHATFLEET_BENCH_RAW_MESSAGES");
    std::int64_t rows = config.GetInt("CHATFLEET_BENCH_COPY_ROWS");
    int partitions = 0;
    std::size_t message_bytes = 0;
    const auto groups = ProcessGroups(config);
    const auto before = bench::SampleCpu(groups);
    phases.kafka = RunKafkaCeiling(config, raw > 0 ? raw : events, partitions, message_bytes);
    phases.kafka_cpu = bench::CpuSpent(before, bench::SampleCpu(groups));
    phases.db = RunDbCeiling(config, rows > 0 ? rows : events);
    if (!phases.kafka || !phases.db) phases.ok = false;
    if (phases.kafka && phases.kafka->consumed != phases.kafka->produced) {
      std::cerr << "[bench] raw Kafka: read back " << phases.kafka->consumed << " of "
                << phases.kafka->produced << " (the dev broker dropped some)\n";
      phases.ok = false;
    }
    PrintReport(phases, partitions, message_bytes);
  } else {
    PrintReport(phases, 0, 0);
  }
  return phases.ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& error) {
    std::cerr << "chatfleet-bench: " << error.what() << "\n";
    return 2;
  }
}
