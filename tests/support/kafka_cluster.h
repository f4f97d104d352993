#pragma once

#include <string>

namespace chatfleet::testing {

/// An Apache Kafka cluster of the test's own (`./fleet kafka start`): one node, or three
/// (replication factor 3, min.insync.replicas 2), on free loopback ports, with its data in a
/// fresh directory. For the tests that kill, stall or restart brokers, which must not touch the
/// broker every other test shares. Stopped and removed when destroyed.
class KafkaCluster {
 public:
  explicit KafkaCluster(int nodes);
  ~KafkaCluster();
  KafkaCluster(const KafkaCluster&) = delete;
  KafkaCluster& operator=(const KafkaCluster&) = delete;

  const std::string& brokers() const { return brokers_; }
  int nodes() const { return nodes_; }

  /// Sends `signal` to node `node` (1-based): SIGKILL kills it, SIGSTOP stalls it (a broker that
  /// accepts connections and answers nothing), SIGCONT resumes it.
  void Signal(int node, int signal);
  /// Starts again every node that is not running (same ports, same data); waits until the
  /// cluster lists all its brokers.
  void Restart();

 private:
  int Pid(int node) const;
  std::string Fleet(const std::string& action) const;

  int nodes_;
  int port_ = 0;
  std::string state_;
  std::string brokers_;
};

}  // namespace chatfleet::testing
