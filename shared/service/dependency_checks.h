#pragma once

#include <string>

#include "shared/core/lifecycle.h"
#include "shared/kafka/properties.h"
#include "shared/service/readiness.h"

namespace chatfleet::service {

struct DependencyChecks {
  std::string brokers;                 ///< KAFKA_BROKERS
  std::string database_url;            ///< DATABASE_URL
  kafka::Properties kafka_properties;  ///< CHATFLEET_KAFKA_* (kafka/client_properties.h)
};

/// Adds the readiness checks every service shares:
/// - gate `shutdown`: "shutting down" from the moment a stop is requested, so on SIGTERM
///   readiness goes false before anything else stops;
/// - probe `broker`: one Metadata round trip (2 s timeout) on a client handle of its own;
/// - probe `database`: `SELECT 1` on a connection of its own (reopened when lost; 2 s statement
///   timeout, the URL's connect_timeout or 10 s);
/// - probe `migrations`: the versions applied in the connection's schema against the ones this
///   binary embeds (deploy/migrations), e.g. "behind: at 0003, head 0005".
/// Throws (startup) when the broker list or a Kafka property is rejected.
void AddDependencyChecks(Readiness& readiness, const ShutdownSignal& shutdown,
                         const DependencyChecks& dependencies);

}  // namespace chatfleet::service
