#pragma once

#include <string>

#include "chatfleet/v1/chat_event.pb.h"
#include "shared/metrics/registry.h"

namespace chatfleet::delivery {

/// The delivery service's counters, labelled by platform (and reason, scope): the names live
/// here once. Thread-safe (the registry is).
class DeliveryMetrics {
 public:
  explicit DeliveryMetrics(metrics::Registry& registry) : registry_(registry) {}

  void Sent(v1::Platform platform, double seconds);
  void Failed(v1::Platform platform, const std::string& reason);
  void Throttled(v1::Platform platform, const std::string& scope);
  void Retried(v1::Platform platform, const std::string& reason);
  void Duplicate();
  void Request(v1::Platform platform, double seconds);

  metrics::Registry& registry() { return registry_; }

 private:
  metrics::Registry& registry_;
};

}  // namespace chatfleet::delivery
