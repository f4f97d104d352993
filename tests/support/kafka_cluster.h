#pragma once

#include <map>
#include <string>

namespace chatfleet::testing {

/// An Apache Kafka cluster of the test's own (`./fleet kafka start`): one node, or three
/// (replication factor 3, min.insync.replicas 2), on free loopback ports, with its data in a
/// fresh directory. For the tests that kill, stall or restart brokers, which must not touch the
/// broker every other test shares. Stopped and removed when destroyed.
///
/// With KafkaSecurity::kSaslSsl its only client listener is SASL_SSL (SCRAM-SHA-512 over TLS,
/// `./fleet kafka start --security=sasl_ssl`, on ports in 29600-29699): clients need
/// client_env(), the CHATFLEET_KAFKA_* settings of its SCRAM user and CA.
enum class KafkaSecurity { kPlaintext, kSaslSsl };

class KafkaCluster {
 public:
  explicit KafkaCluster(int nodes, KafkaSecurity security = KafkaSecurity::kPlaintext);
  ~KafkaCluster();
  KafkaCluster(const KafkaCluster&) = delete;
  KafkaCluster& operator=(const KafkaCluster&) = delete;

  const std::string& brokers() const { return brokers_; }
  int nodes() const { return nodes_; }
  /// CHATFLEET_KAFKA_* → value, as `./fleet kafka start` printed them (empty for plaintext).
  const std::map<std::string, std::string>& client_env() const { return client_env_; }
  /// Where its data, logs (logs/) and TLS material (kafka/tls/) are.
  const std::string& state_dir() const { return state_; }

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
  KafkaSecurity security_;
  int port_ = 0;
  std::string state_;
  std::string brokers_;
  std::map<std::string, std::string> client_env_;
};

}  // namespace chatfleet::testing
