#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>

#include "chatfleet/v1/conversation_context.pb.h"
#include "shared/core/error.h"
#include "shared/kafka/delivery_tracker.h"
#include "shared/kafka/producer.h"
#include "shared/trace/trace_context.h"

namespace chatfleet::workers {

/// Publishes ConversationContext messages to chat.context: key = the source event's key (the
/// conversation), headers = a child span of the event's trace, the source event id and the
/// context id. The runner commits a batch's offsets only after every context of it was
/// acknowledged (Flush(), or the batch's DeliveryTracker); a crash before that re-emits the
/// same context ids.
class ContextPublisher {
 public:
  ContextPublisher(kafka::Producer& producer, std::string topic);
  Status Publish(const v1::ConversationContext& context, const std::string& key,
                 const trace::TraceContext& event_trace);
  /// As above, with the delivery reported to `acks` instead of to Flush().
  Status Publish(const v1::ConversationContext& context, const std::string& key,
                 const trace::TraceContext& event_trace, kafka::DeliveryTracker& acks);
  /// Blocks until every context published so far is acknowledged; error when any failed.
  Status Flush(std::chrono::milliseconds timeout);

 private:
  kafka::Producer& producer_;
  std::string topic_;
  std::shared_ptr<std::atomic<int>> failed_ = std::make_shared<std::atomic<int>>(0);
};

}  // namespace chatfleet::workers
