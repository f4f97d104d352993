#include "tests/support/kafka_cluster.h"

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
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
int FreePortRange(int count) {
  std::mt19937 random(std::random_device{}());
  std::uniform_int_distribution<int> base(20000, 32700 - count);
  for (int attempt = 0; attempt < 200; ++attempt) {
    const int first = base(random);
    bool all_free = true;
    for (int port = first; port < first + count && all_free; ++port) all_free = PortFree(port);
    if (all_free) return first;
  }
  throw std::runtime_error("no " + std::to_string(count) + " consecutive free ports");
}

}  // namespace

KafkaCluster::KafkaCluster(int nodes) : nodes_(nodes) {
  state_ = (std::filesystem::temp_directory_path() / UniqueName("chatfleet_kafka")).string();
  port_ = FreePortRange(2 * nodes);
  const std::string line = Fleet("start");
  const std::string prefix = "KAFKA_BROKERS=";
  const auto found = line.rfind(prefix);
  if (found == std::string::npos) throw std::runtime_error("./fleet kafka start printed " + line);
  brokers_ = line.substr(found + prefix.size());
  while (!brokers_.empty() && (brokers_.back() == '\n' || brokers_.back() == '\r')) {
    brokers_.pop_back();
  }
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
  const auto result =
      RunCommand({SourcePath("fleet"), "kafka", action, "--state=" + state_,
                  "--nodes=" + std::to_string(nodes_), "--port=" + std::to_string(port_)},
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
