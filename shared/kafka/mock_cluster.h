#pragma once

#include <memory>
#include <string>

#include "shared/core/error.h"

namespace chatfleet::kafka {

/// librdkafka's mock cluster: brokers that speak the real Kafka protocol on loopback, keeping
/// messages in memory. For development and tests only (see deploy/devbroker): in librdkafka
/// 2.0.2 it keeps only about 5 MiB per partition and drops older messages.
class MockCluster {
 public:
  /// Throws std::runtime_error when the cluster cannot start.
  explicit MockCluster(int broker_count);
  ~MockCluster();
  MockCluster(const MockCluster&) = delete;
  MockCluster& operator=(const MockCluster&) = delete;

  /// `host:port,host:port,…` for KAFKA_BROKERS.
  std::string bootstrap_servers() const;
  Status CreateTopic(const std::string& name, int partitions, int replication_factor);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chatfleet::kafka
