#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "tests/support/kafka_topic.h"
#include "tests/support/pg_schema.h"
#include "tests/support/process.h"

namespace chatfleet::testing {

struct HttpResult {
  int status = 0;
  std::string body;
  std::string headers;  // raw response headers, as curl printed them
};

/// HTTP through the real curl client: an independent client, as a chat platform would be.
HttpResult HttpPost(const std::string& url, const std::string& body,
                    const std::string& content_type = "application/json",
                    const std::vector<std::string>& headers = {});
HttpResult HttpGet(const std::string& url);

/// `text` as a JSON string literal, quotes included (control characters escaped).
std::string JsonQuote(const std::string& text);

/// Sets a scheduler's file clock (CHATFLEET_CLOCK_FILE) to `now` (RFC 3339), atomically: the
/// scheduler re-reads the file on every claim and must never see it half written.
void WriteClockFile(const std::string& path, const std::string& now);

/// A TCP port on 127.0.0.1 that was free a moment ago.
int FreePort();

/// Polls `condition` every 50 ms until it holds or `timeout` passes; returns whether it held.
bool WaitUntil(const std::function<bool()>& condition, std::chrono::milliseconds timeout);

/// The spine of one test: its own chat.events and DLQ topics on $KAFKA_BROKERS, its own consumer
/// group, the real ingest and workers binaries as child processes writing to `schema`.
/// Processes are killed when the fixture is destroyed.
class LocalFleet {
 public:
  /// `brokers`: a cluster of the test's own (KafkaCluster) instead of the shared one;
  /// `kafka_env`: its CHATFLEET_KAFKA_* client settings (KafkaCluster::client_env), which every
  /// service and the fixture's own topic creation use.
  LocalFleet(const TestSchema& schema, int partitions, std::string brokers = KafkaBrokers(),
             std::map<std::string, std::string> kafka_env = {});

  /// From now on each service started writes its stdout and stderr (its JSON log) to
  /// `<dir>/<service>.log` (ingest, worker-<index>, scheduler) instead of the test's output.
  void LogTo(std::string dir) { log_dir_ = std::move(dir); }

  /// Starts ingest and waits for /readyz.
  void StartIngest(const std::map<std::string, std::string>& extra_env = {});
  /// Starts ingest without waiting for it to become ready (for tests of why it is not).
  ChildProcess& SpawnIngest(const std::map<std::string, std::string>& extra_env = {});
  /// Starts one more worker and waits for /readyz (it has joined the group); returns its index.
  /// `extra_env` adds or overrides worker settings (CHATFLEET_FLAGS …).
  std::size_t StartWorker(const std::map<std::string, std::string>& extra_env = {});
  /// Like StartWorker, with the worker's log lines (stdout and stderr) appended to `log_file`.
  std::size_t StartWorkerLoggingTo(const std::string& log_file,
                                   const std::map<std::string, std::string>& extra_env = {});
  /// Starts one more worker without waiting for it to become ready; returns its index. Its
  /// output goes to `log_file` when given.
  std::size_t SpawnWorker(const std::map<std::string, std::string>& extra_env = {},
                          const std::string& log_file = {});
  /// Starts the scheduler on this fleet's chat.outbound, reading "now" from `clock_file` (RFC
  /// 3339, rewritten by the test), claiming every 100 ms; waits for /readyz.
  void StartScheduler(const std::string& clock_file,
                      const std::map<std::string, std::string>& extra_env = {});

  /// Starts chatfleet-delivery on this fleet's chat.outbound (its own consumer group), posting
  /// sent messages to events_topic() and dead letters to dlq_topic(); `extra_env` gives the
  /// platforms' API URLs and the send tokens (CHATFLEET_SECRET_<NAME>). Waits for /readyz;
  /// returns its base URL (/metrics).
  std::string StartDelivery(const std::map<std::string, std::string>& extra_env = {});
  ChildProcess& delivery() { return *delivery_; }

  const std::string& brokers() const { return brokers_; }
  const std::string& events_topic() const { return events_topic_; }
  const std::string& dlq_topic() const { return dlq_topic_; }
  /// The workers' chat.context topic (CHATFLEET_TOPIC_CONTEXT), as many partitions as events.
  const std::string& context_topic() const { return context_topic_; }
  /// chat.outbound (CHATFLEET_TOPIC_OUTBOUND of workers and scheduler), one partition.
  const std::string& outbound_topic() const { return outbound_topic_; }
  std::string ingest_url() const { return "http://127.0.0.1:" + std::to_string(ingest_port_); }
  std::string worker_url(std::size_t index) const {
    return "http://127.0.0.1:" + std::to_string(worker_ports_.at(index));
  }
  std::string scheduler_url() const {
    return "http://127.0.0.1:" + std::to_string(scheduler_port_);
  }
  ChildProcess& worker(std::size_t index) { return *workers_.at(index); }
  ChildProcess& ingest() { return *ingest_; }

 private:
  std::map<std::string, std::string> Environment() const;
  std::string LogPath(const std::string& service) const;

  const TestSchema& schema_;
  std::string brokers_;
  std::map<std::string, std::string> kafka_env_;
  std::string log_dir_;
  std::string events_topic_;
  std::string dlq_topic_;
  std::string context_topic_;
  std::string outbound_topic_;
  std::string group_;
  int ingest_port_ = 0;
  std::unique_ptr<ChildProcess> ingest_;
  std::vector<int> worker_ports_;
  std::vector<std::unique_ptr<ChildProcess>> workers_;
  int scheduler_port_ = 0;
  std::unique_ptr<ChildProcess> scheduler_;
  std::unique_ptr<ChildProcess> delivery_;
};

/// The value of one sample (`name` or `name{labels}`) in a Prometheus text page; -1 if absent.
double MetricValue(const std::string& page, const std::string& sample);

}  // namespace chatfleet::testing
