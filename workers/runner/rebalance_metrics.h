#pragma once

#include "shared/kafka/consumer.h"
#include "shared/metrics/registry.h"

namespace chatfleet::workers {

/// Counts what rebalances do to this member, so an operator (and the rolling-restart test) can
/// see that a peer's restart moved none of this worker's partitions: with static membership and
/// cooperative-sticky, `revoked` and `lost` stay flat while another member restarts.
///
/// Observe runs on the polling thread (inside Consumer::PollBatch); the instruments are atomic.
class RebalanceMetrics {
 public:
  explicit RebalanceMetrics(metrics::Registry& metrics)
      : assigned_(metrics.AddGauge("chatfleet_worker_partitions_assigned",
                                   "Partitions currently assigned to this worker")),
        revoked_(metrics.AddCounter("chatfleet_worker_partitions_revoked_total",
                                    "Partitions taken from this worker by a rebalance")),
        lost_(metrics.AddCounter("chatfleet_worker_partitions_lost_total",
                                 "Partitions this worker lost without a clean revoke "
                                 "(session timeout, fenced)")) {}

  void Observe(const kafka::RebalanceEvent& event) {
    const auto count = static_cast<double>(event.partitions.size());
    switch (event.kind) {
      case kafka::RebalanceKind::kAssigned:
        assigned_.Add(count);
        break;
      case kafka::RebalanceKind::kRevoked:
        assigned_.Add(-count);
        revoked_.Inc(count);
        break;
      case kafka::RebalanceKind::kLost:
        assigned_.Add(-count);
        lost_.Inc(count);
        break;
    }
  }

 private:
  metrics::Gauge& assigned_;
  metrics::Counter& revoked_;
  metrics::Counter& lost_;
};

}  // namespace chatfleet::workers
