#include "tests/support/kafka_cluster.h"

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

#include "tests/support/process.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {
namespace {

bool PortFree(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool free = bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  close(fd);
  return free;
}

// 2 × nodes consecutive free ports below Linux's ephemeral range (32768-60999), so that no
// outgoing connection takes one between now and the broker's start.
int FreePortRange(int count, int lowest = 20000, int highest = 32700) {
  std::mt19937 random(std::random_device{}());
  std::uniform_int_distribution<int> base(lowest, highest - count);
  for (int attempt = 0; attempt < 200; ++attempt) {
    const int first = base(random);
    bool all_free = true;
    for (int port = first; port < first + count && all_free; ++port) all_free = PortFree(port);
    if (all_free) return first;
  }
  throw std::runtime_error("no " + std::to_string(count) + " consecutive free ports");
}

}  // namespace

KafkaCluster::KafkaCluster(int nodes, KafkaSecurity security) : nodes_(nodes), security_(security) {
  state_ = (std::filesystem::temp_directory_path() / UniqueName("chatfleet_kafka")).string();
  // The secured cluster's listeners stay in the range set aside for extra test listeners.
  port_ = security == KafkaSecurity::kSaslSsl ? FreePortRange(2 * nodes, 29600, 29699)
                                              : FreePortRange(2 * nodes);
  std::istringstream lines(Fleet("start"));
  std::string line;
  while (std::getline(lines, line)) {
    const auto equals = line.find('=');
    if (equals == std::string::npos) continue;
    const std::string name = line.substr(0, equals);
    if (name == "KAFKA_BROKERS") brokers_ = line.substr(equals + 1);
    if (name.starts_with("CHATFLEET_KAFKA_")) client_env_[name] = line.substr(equals + 1);
  }
  if (brokers_.empty()) throw std::runtime_error("./fleet kafka start printed no KAFKA_BROKERS");
}

KafkaCluster::~KafkaCluster() {
  for (int node = 1; node <= nodes_; ++node) {
    try {
      Signal(node, SIGCONT);  // a stalled node could not shut down
    } catch (const std::exception&) {
      // Not running: nothing to resume.
    }
  }
  RunCommand({SourcePath("fleet"), "kafka", "stop", "--state=" + state_}, "",
             std::chrono::seconds(90));
  std::error_code ignored;
  std::filesystem::remove_all(state_, ignored);
}

std::string KafkaCluster::Fleet(const std::string& action) const {
  const std::string security = security_ == KafkaSecurity::kSaslSsl ? "sasl_ssl" : "plaintext";
  const auto result = RunCommand({SourcePath("fleet"), "kafka", action, "--state=" + state_,
                                  "--nodes=" + std::to_string(nodes_),
                                  "--port=" + std::to_string(port_), "--security=" + security},
                                 "", std::chrono::seconds(180));
  if (result.exit_code != 0) {
    throw std::runtime_error("./fleet kafka " + action + " failed (exit " +
                             std::to_string(result.exit_code) + "); logs in " + state_ + "/logs");
  }
  return result.output;
}

int KafkaCluster::Pid(int node) const {
  std::ifstream in(state_ + "/run/kafka-" + std::to_string(node) + ".pid");
  int pid = 0;
  if (!(in >> pid) || pid <= 0) {
    throw std::runtime_error("Kafka node " + std::to_string(node) + " has no pid file");
  }
  return pid;
}

void KafkaCluster::Signal(int node, int signal) {
  if (kill(Pid(node), signal) != 0) {
    throw std::runtime_error("cannot signal Kafka node " + std::to_string(node));
  }
}

void KafkaCluster::Restart() { Fleet("start"); }

}  // namespace chatfleet::testing
