#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>

#include "chatfleet/v1/dead_letter.pb.h"
#include "shared/core/error.h"
#include "shared/kafka/message.h"
#include "shared/kafka/producer.h"
#include "workers/dlq/dead_letter_sink.h"
#include "workers/intake/event_intake.h"

namespace chatfleet::workers {

/// The dead letter for a message: original bytes, key and headers, where it came from, why and
/// in which stage it failed. Pure.
v1::DeadLetter MakeDeadLetter(const kafka::ConsumedMessage& message, const Rejection& rejection,
                              std::chrono::system_clock::time_point now);

/// Writes dead letters to the DLQ topic (key and trace headers of the original) and waits for
/// the broker's acknowledgement: the runner commits past a poison message only once its dead
/// letter is safe.
class DeadLetterPublisher final : public DeadLetterSink {
 public:
  DeadLetterPublisher(kafka::Producer& producer, std::string topic);
  Status Publish(const kafka::ConsumedMessage& message, const Rejection& rejection) override;
  /// Blocks until every dead letter published so far is acknowledged.
  Status Flush(std::chrono::milliseconds timeout) override;

 private:
  kafka::Producer& producer_;
  std::string topic_;
  /// Deliveries that failed since the last Flush (set on the producer's thread).
  std::shared_ptr<std::atomic<int>> failed_ = std::make_shared<std::atomic<int>>(0);
};

}  // namespace chatfleet::workers
