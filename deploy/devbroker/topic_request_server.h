#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "shared/kafka/consumer.h"
#include "shared/kafka/mock_cluster.h"

namespace chatfleet::devbroker {

/// Creates topics on request: consumes kafka::kDevBrokerAdminTopic (key = topic name, value =
/// partition count) and calls MockCluster::CreateTopic, because librdkafka 2.0.2's mock cluster
/// has no CreateTopics API. kafka::CreateTopics is the client side.
///
/// Runs its own thread from construction to destruction. `cluster` must outlive it.
class TopicRequestServer {
 public:
  TopicRequestServer(kafka::MockCluster& cluster, int replication_factor);
  ~TopicRequestServer();
  TopicRequestServer(const TopicRequestServer&) = delete;
  TopicRequestServer& operator=(const TopicRequestServer&) = delete;

 private:
  void Run();
  void Handle(const kafka::ConsumedMessage& request);

  kafka::MockCluster& cluster_;
  int replication_factor_;
  std::unique_ptr<kafka::Consumer> consumer_;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace chatfleet::devbroker
