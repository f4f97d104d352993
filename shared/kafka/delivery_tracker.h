#pragma once

#include <chrono>
#include <memory>

#include "shared/core/error.h"
#include "shared/kafka/producer.h"

namespace chatfleet::kafka {

/// The delivery reports of one group of produced messages (say, one poll batch's contexts), so
/// their owner can wait for exactly those instead of flushing the whole shared producer, and
/// can let the group's acknowledgements arrive while it does other work.
///
/// Thread-safe: the callbacks from Track() run on the producer's thread, Wait() on the owner's.
/// Copies share one state. A report that arrives after the tracker is gone is still counted
/// safely (the callbacks hold the state).
class DeliveryTracker {
 public:
  DeliveryTracker();

  /// A callback to pass to Producer::Produce for one message of the group. When Produce fails
  /// (the callback will never run), call Forget() once for it.
  DeliveryCallback Track();
  void Forget();

  /// Blocks until every tracked message is reported or `timeout` passed. Retryable error when
  /// any delivery failed (how many, and the last reason) or some are still unreported.
  Status Wait(std::chrono::milliseconds timeout) const;

  /// Tracked messages not yet reported.
  int pending() const;

 private:
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace chatfleet::kafka
