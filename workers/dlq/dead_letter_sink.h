#pragma once

#include <chrono>

#include "shared/core/error.h"
#include "shared/kafka/message.h"
#include "workers/intake/event_intake.h"

namespace chatfleet::workers {

/// Where the runner sends the messages it cannot process (the dead-letter topic): the runner
/// commits past a poison message only once Flush reported its dead letter safe.
/// DeadLetterPublisher is the Kafka one.
class DeadLetterSink {
 public:
  virtual ~DeadLetterSink() = default;

  virtual Status Publish(const kafka::ConsumedMessage& message, const Rejection& rejection) = 0;
  /// Blocks until every dead letter published so far is acknowledged; retryable error when
  /// some were not (the caller publishes them again).
  virtual Status Flush(std::chrono::milliseconds timeout) = 0;
};

}  // namespace chatfleet::workers
