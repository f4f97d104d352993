#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "shared/core/error.h"
#include "shared/kafka/properties.h"

namespace chatfleet::kafka {

/// A client handle that only asks the cluster for its broker list: readiness's "broker
/// reachable". It names no topic, so it can never auto-create one.
///
/// Thread-safe (librdkafka's metadata call is); neither copyable nor movable.
class BrokerProbe {
 public:
  /// `client_properties`: the operator's (ClientPropertiesFromEnvironment: security …).
  /// Throws std::runtime_error when the configuration is rejected.
  explicit BrokerProbe(const std::string& brokers, const Properties& client_properties = {});
  ~BrokerProbe();
  BrokerProbe(const BrokerProbe&) = delete;
  BrokerProbe& operator=(const BrokerProbe&) = delete;

  /// One Metadata round trip. Retryable error (librdkafka's reason) when no broker answers
  /// within `timeout` or the answer lists no broker; it adds the client's latest error since the
  /// last successful check (a failed SASL authentication, a TLS handshake), which says why.
  Status Check(std::chrono::milliseconds timeout);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chatfleet::kafka
