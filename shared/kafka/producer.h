#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "shared/core/error.h"
#include "shared/kafka/message.h"

namespace chatfleet::kafka {

struct ProducerOptions {
  std::string brokers;
  std::string client_id = "chatfleet";
  /// How long librdkafka may keep retrying one message before reporting it failed.
  std::chrono::milliseconds delivery_timeout{30000};
  std::chrono::milliseconds linger{5};
  /// librdkafka's `compression.codec` for every batch this producer sends (SetCompression);
  /// empty: librdkafka's default (none) or an operator's `compression.type` in `extra`. A
  /// consumer reads compressed batches as they were produced.
  std::string compression{};
  /// Extra librdkafka properties (`compression.type`, `queue.buffering.max.messages` …): the
  /// services pass the operator's here (ClientPropertiesFromEnvironment: security …). The
  /// properties set above, idempotence and acks are always the producer's.
  std::map<std::string, std::string> extra;
};

/// Called exactly once per accepted message, on the producer's own poll thread, with success or
/// the delivery error. Must be quick and must not throw (exceptions are caught and logged).
using DeliveryCallback = std::function<void(const Status&)>;

/// An idempotent producer (`enable.idempotence=true`, `acks=all`): a delivered message is
/// written once and in order per partition even across internal retries.
///
/// Thread-safe: Produce may be called from any thread. A background thread serves delivery
/// reports. Neither copyable nor movable. The destructor flushes for up to 10 s, then destroys.
class Producer {
 public:
  /// Throws std::runtime_error when the configuration is rejected.
  explicit Producer(const ProducerOptions& options);
  ~Producer();
  Producer(const Producer&) = delete;
  Producer& operator=(const Producer&) = delete;

  /// Enqueues one message. On success `on_delivery` will be called once later. On failure
  /// (queue full → retryable; unknown topic, message too large → permanent) the callback is not
  /// called and the message is not sent.
  Status Produce(const OutgoingMessage& message, DeliveryCallback on_delivery);

  /// Produces and blocks until the broker acknowledged it or `timeout` passed.
  Status ProduceAndWait(const OutgoingMessage& message, std::chrono::milliseconds timeout);

  /// Waits until every queued message is delivered or failed; error when some remain.
  Status Flush(std::chrono::milliseconds timeout);

  /// Messages queued and not yet delivered (for the producer queue depth metric).
  int QueueDepth() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chatfleet::kafka
