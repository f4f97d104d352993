#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "shared/core/error.h"
#include "shared/kafka/properties.h"

namespace chatfleet::kafka {

struct TopicSpec {
  std::string name;
  int partitions = 1;
  /// -1: the broker's default (on the development broker: min(3, brokers)).
  int replication_factor = -1;
};

/// The development broker's control topic. librdkafka 2.0.2's mock cluster has no CreateTopics
/// API (and auto-creates any topic named in a Metadata request with 4 partitions), so
/// chatfleet-devbroker consumes creation requests from this topic instead: key = topic name,
/// value = partition count in decimal. Its presence marks a development broker.
inline constexpr std::string_view kDevBrokerAdminTopic = "_chatfleet.devbroker.admin";

/// Creates topics with exactly the given partition counts and waits (up to `timeout`) until
/// the cluster's metadata shows them. On a real cluster through the Admin API (CreateTopics); on
/// chatfleet-devbroker through kDevBrokerAdminTopic. A topic that already exists is an error
/// (permanent) unless `exists_ok` (then its partition count is not checked); a broker that does
/// not answer in time is retryable. `client_properties`: the operator's (security …,
/// ClientPropertiesFromEnvironment).
///
/// Thread-safe; each call uses its own short-lived client handle. Never names a missing topic in
/// a Metadata request, so it cannot trigger auto-creation with the wrong partition count.
Status CreateTopics(const std::string& brokers, const std::vector<TopicSpec>& topics,
                    std::chrono::milliseconds timeout = std::chrono::seconds(10),
                    bool exists_ok = false, const Properties& client_properties = {});

}  // namespace chatfleet::kafka
