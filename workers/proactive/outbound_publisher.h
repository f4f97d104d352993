#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>

#include "chatfleet/v1/outbound_message.pb.h"
#include "shared/core/error.h"
#include "shared/kafka/producer.h"
#include "shared/trace/trace_context.h"

namespace chatfleet::workers {

/// Publishes the workers' own answers (`/schedule`) to chat.outbound: key = the source event's
/// key (its conversation), headers = a child span of the event's trace, the source event id and
/// the outbound id (stable: "schedule-" + event id, so a redelivery re-sends the same id).
/// Acknowledged before the batch's offsets are committed, like the contexts.
class OutboundPublisher {
 public:
  OutboundPublisher(kafka::Producer& producer, std::string topic);
  Status Publish(const v1::OutboundMessage& message, const std::string& key,
                 const trace::TraceContext& event_trace);
  /// Blocks until every message published so far is acknowledged; error when any failed.
  Status Flush(std::chrono::milliseconds timeout);

 private:
  kafka::Producer& producer_;
  std::string topic_;
  std::shared_ptr<std::atomic<int>> failed_ = std::make_shared<std::atomic<int>>(0);
};

}  // namespace chatfleet::workers
