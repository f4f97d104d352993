#include "tests/support/fleet.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "tests/support/kafka_topic.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {
namespace {

HttpResult Curl(std::vector<std::string> args, const std::string& input = {}) {
  // Status code on the last line; headers to a separate dump so the body stays byte-exact.
  const std::string header_file = "/tmp/chatfleet_curl_" + UniqueName("h");
  std::vector<std::string> argv = {"curl", "-sS",       "--max-time", "30",
                                   "-D",   header_file, "-w",         "\n%{http_code}"};
  argv.insert(argv.end(), args.begin(), args.end());
  const auto result = RunCommand(argv, input, std::chrono::seconds(40));
  HttpResult http;
  const auto last_newline = result.output.rfind('\n');
  if (result.exit_code != 0 || last_newline == std::string::npos) {
    unlink(header_file.c_str());
    throw std::runtime_error("curl failed (exit " + std::to_string(result.exit_code) +
                             "): " + result.output);
  }
  http.body = result.output.substr(0, last_newline);
  http.status = std::stoi(result.output.substr(last_newline + 1));
  http.headers = RunCommand({"cat", header_file}).output;
  unlink(header_file.c_str());
  return http;
}

}  // namespace

HttpResult HttpPost(const std::string& url, const std::string& body,
                    const std::string& content_type, const std::vector<std::string>& headers) {
  // "Expect:" turns off curl's 100-continue handshake for large bodies: answer at once.
  std::vector<std::string> args = {"-X", "POST", "--data-binary", "@-", "-H", "Expect:"};
  if (!content_type.empty()) {
    args.push_back("-H");
    args.push_back("Content-Type: " + content_type);
  }
  for (const auto& header : headers) {
    args.push_back("-H");
    args.push_back(header);
  }
  args.push_back(url);
  return Curl(args, body);
}

HttpResult HttpGet(const std::string& url) { return Curl({url}); }

int FreePort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof address;
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    close(fd);
    throw std::runtime_error("no free port");
  }
  close(fd);
  return ntohs(address.sin_port);
}

bool WaitUntil(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return condition();
}

LocalFleet::LocalFleet(const TestSchema& schema, int partitions, std::string brokers,
                       std::map<std::string, std::string> kafka_env)
    : schema_(schema),
      brokers_(std::move(brokers)),
      kafka_env_(std::move(kafka_env)),
      events_topic_(CreateTestTopic("events", partitions, brokers_, kafka_env_)),
      dlq_topic_(CreateTestTopic("dlq", 1, brokers_, kafka_env_)),
      context_topic_(CreateTestTopic("context", partitions, brokers_, kafka_env_)),
      outbound_topic_(CreateTestTopic("outbound", 1, brokers_, kafka_env_)),
      group_(UniqueGroup("workers")) {}

std::string LocalFleet::LogPath(const std::string& service) const {
  return log_dir_.empty() ? "" : log_dir_ + "/" + service + ".log";
}

std::map<std::string, std::string> LocalFleet::Environment() const {
  std::map<std::string, std::string> env = kafka_env_;
  env.merge(std::map<std::string, std::string>{
      {"KAFKA_BROKERS", brokers_},
      {"DATABASE_URL", schema_.url()},
      {"CHATFLEET_TOPIC_EVENTS", events_topic_},
      {"CHATFLEET_TOPIC_DLQ", dlq_topic_},
      {"CHATFLEET_TOPIC_CONTEXT", context_topic_},
      {"CHATFLEET_TOPIC_OUTBOUND", outbound_topic_},
      {"CHATFLEET_CONSUMER_GROUP", group_},
      {"CHATFLEET_HTTP_ADDRESS", "127.0.0.1"},
      // CHATFLEET_TEST_LOG_LEVEL=info shows the services' logs when a test needs explaining.
      {"CHATFLEET_LOG_LEVEL", EnvOr("CHATFLEET_TEST_LOG_LEVEL", "warn")},
      // A killed worker's partitions move after one session: a short one keeps the tests
      // quick (≥ 4 s, below which the development broker's JoinGroup hangs).
      {"CHATFLEET_SESSION_TIMEOUT_MS", "5000"},
      // ./fleet test exports the embeddings service's URL for the tests that want it: a
      // worker ranks by meaning only when its test says so (extra_env).
      {"CHATFLEET_EMBEDDINGS_URL", ""}});
  return env;
}

static void WaitReady(const std::string& what, const std::string& url, ChildProcess& process) {
  const bool ready = WaitUntil(
      [&] {
        if (!process.running()) return true;
        try {
          return HttpGet(url + "/readyz").status == 200;
        } catch (const std::exception&) {
          return false;
        }
      },
      std::chrono::seconds(30));
  if (!process.running()) throw std::runtime_error(what + " exited during startup");
  if (!ready) throw std::runtime_error(what + " did not become ready at " + url);
}

ChildProcess& LocalFleet::SpawnIngest(const std::map<std::string, std::string>& extra_env) {
  ingest_port_ = FreePort();
  auto env = Environment();
  for (const auto& [key, value] : extra_env) env[key] = value;
  env["CHATFLEET_HTTP_PORT"] = std::to_string(ingest_port_);
  ingest_ = std::make_unique<ChildProcess>(
      std::vector<std::string>{BinaryPath("ingest/chatfleet-ingest")}, env, LogPath("ingest"));
  return *ingest_;
}

void LocalFleet::StartIngest(const std::map<std::string, std::string>& extra_env) {
  WaitReady("ingest", ingest_url(), SpawnIngest(extra_env));
}

std::size_t LocalFleet::SpawnWorker(const std::map<std::string, std::string>& extra_env,
                                    const std::string& log_file) {
  const int port = FreePort();
  auto env = Environment();
  for (const auto& [key, value] : extra_env) env[key] = value;
  env["CHATFLEET_HTTP_PORT"] = std::to_string(port);
  worker_ports_.push_back(port);
  const std::size_t index = workers_.size();
  workers_.push_back(std::make_unique<ChildProcess>(
      std::vector<std::string>{BinaryPath("workers/chatfleet-workers")}, env,
      log_file.empty() ? LogPath("worker-" + std::to_string(index)) : log_file));
  return index;
}

std::size_t LocalFleet::StartWorker(const std::map<std::string, std::string>& extra_env) {
  const std::size_t index = SpawnWorker(extra_env);
  WaitReady("worker " + std::to_string(index), worker_url(index), *workers_.back());
  return index;
}

std::size_t LocalFleet::StartWorkerLoggingTo(const std::string& log_file,
                                             const std::map<std::string, std::string>& extra_env) {
  const std::size_t index = SpawnWorker(extra_env, log_file);
  WaitReady("worker " + std::to_string(index), worker_url(index), *workers_.back());
  return index;
}

double MetricValue(const std::string& page, const std::string& sample) {
  std::istringstream lines(page);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.starts_with(sample + " ")) return std::stod(line.substr(sample.size() + 1));
  }
  return -1;
}

void WriteClockFile(const std::string& path, const std::string& now) {
  const std::string next = path + ".next";
  {
    std::ofstream file(next, std::ios::trunc);
    file << now << "\n";
    if (!file.flush()) throw std::runtime_error("cannot write " + next);
  }
  if (std::rename(next.c_str(), path.c_str()) != 0) {
    throw std::runtime_error("cannot move " + next + " to " + path);
  }
}

std::string JsonQuote(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char escaped[8];
      snprintf(escaped, sizeof escaped, "\\u%04x", c);
      out += escaped;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

void LocalFleet::StartScheduler(const std::string& clock_file,
                                const std::map<std::string, std::string>& extra_env) {
  const int port = FreePort();
  scheduler_port_ = port;
  auto env = Environment();
  env["CHATFLEET_CLOCK_FILE"] = clock_file;
  env["CHATFLEET_SCHEDULER_INTERVAL_MS"] = "100";
  for (const auto& [key, value] : extra_env) env[key] = value;
  env["CHATFLEET_HTTP_PORT"] = std::to_string(port);
  scheduler_ = std::make_unique<ChildProcess>(
      std::vector<std::string>{BinaryPath("scheduler/chatfleet-scheduler")}, env,
      LogPath("scheduler"));
  WaitReady("scheduler", "http://127.0.0.1:" + std::to_string(port), *scheduler_);
}

std::string LocalFleet::StartDelivery(const std::map<std::string, std::string>& extra_env) {
  const int port = FreePort();
  auto env = Environment();
  env["CHATFLEET_DELIVERY_CONSUMER_GROUP"] = UniqueGroup("delivery");
  env["CHATFLEET_TOPIC_OUTBOUND_DLQ"] = dlq_topic_;
  for (const auto& [key, value] : extra_env) env[key] = value;
  env["CHATFLEET_HTTP_PORT"] = std::to_string(port);
  delivery_ = std::make_unique<ChildProcess>(
      std::vector<std::string>{BinaryPath("workers/delivery/chatfleet-delivery")}, env);
  const std::string url = "http://127.0.0.1:" + std::to_string(port);
  WaitReady("delivery", url, *delivery_);
  return url;
}

}  // namespace chatfleet::testing
