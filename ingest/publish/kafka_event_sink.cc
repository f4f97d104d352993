#include "ingest/publish/kafka_event_sink.h"

#include <atomic>
#include <memory>
#include <mutex>

#include "shared/trace/attributes.h"
#include "shared/trace/messaging_spans.h"

namespace chatfleet::ingest {
namespace {

/// Joins the delivery reports of one request into one answer.
class PendingPublish {
 public:
  PendingPublish(std::size_t count, PublishDone done) : remaining_(count), done_(std::move(done)) {}

  void Settle(const Status& status, std::size_t count = 1) {
    {
      std::lock_guard lock(mutex_);
      // One message that may have been written makes the whole request's outcome unknown.
      if (!status &&
          (!first_error_ || (status.error().maybe_written && !first_error_->maybe_written))) {
        first_error_ = status.error();
      }
      remaining_ -= count;
      if (remaining_ > 0) return;
    }
    if (first_error_) {
      done_(Fail(*first_error_));
    } else {
      done_(Status{});
    }
  }

 private:
  std::mutex mutex_;
  std::size_t remaining_;
  std::optional<Error> first_error_;
  PublishDone done_;
};

}  // namespace

std::string ConversationKey(const v1::ChatEvent& event) {
  return event.tenant() + "/" + v1::Platform_Name(event.platform()) + "/" +
         event.conversation().id();
}

EventRecord MakeEventRecord(const PublishItem& item, const std::string& topic,
                            trace::Tracer& tracer) {
  EventRecord record{{topic, ConversationKey(item.event), item.event.SerializeAsString(), {}},
                     std::make_shared<trace::Span>(tracer.StartSpan(
                         topic + " publish", trace::SpanKind::kProducer, &item.trace))};
  trace::Span& span = *record.span;
  kafka::OutgoingMessage& message = record.message;
  // Semantic conventions 1.24 messaging attributes.
  trace::SetKafkaOperation(span, "publish", topic);
  span.SetAttribute(trace::attr::kMessagingKafkaKey, message.key);
  span.SetAttribute(trace::attr::kMessagingMessageId, item.event.event_id());
  span.SetAttribute(trace::attr::kTenant, item.event.tenant());
  span.SetAttribute(trace::attr::kConversationId, item.event.conversation().id());
  trace::Inject(span.context(), message.headers);
  if (!item.request_id.empty()) message.headers.emplace_back("x-request-id", item.request_id);
  message.headers.emplace_back("chatfleet-event-id", item.event.event_id());
  return record;
}

KafkaEventSink::KafkaEventSink(kafka::Producer& producer, std::string topic, trace::Tracer& tracer)
    : producer_(producer), topic_(std::move(topic)), tracer_(tracer) {}

void KafkaEventSink::Publish(std::vector<PublishItem> items, PublishDone done) {
  if (items.empty()) {
    done(Status{});
    return;
  }
  auto pending = std::make_shared<PendingPublish>(items.size(), std::move(done));
  for (std::size_t i = 0; i < items.size(); ++i) {
    // The span ends at the delivery report.
    auto [message, span] = MakeEventRecord(items[i], topic_, tracer_);
    auto status = producer_.Produce(message, [pending, span](const Status& delivered) {
      if (!delivered) span->SetError("delivery_failed", delivered.error().message);
      span->End();
      pending->Settle(delivered);
    });
    if (!status) {
      span->SetError("produce_failed", status.error().message);
      // The rest is not sent: the client gets the error and retries the whole request; events
      // already enqueued are deduplicated downstream by their natural key.
      pending->Settle(status, items.size() - i);
      return;
    }
  }
}

}  // namespace chatfleet::ingest
