#include "shared/kafka/producer.h"

#include <atomic>
#include <exception>
#include <future>
#include <memory>
#include <string>
#include <thread>

#include "shared/kafka/config.h"
#include "shared/kafka/handles.h"
#include "shared/kafka/log_bridge.h"
#include "shared/kafka/no_throw.h"
#include "shared/kafka/rd_headers.h"
#include "shared/log/logger.h"

namespace chatfleet::kafka {
namespace {

constexpr std::chrono::milliseconds kDestructorFlush{10000};
constexpr std::chrono::milliseconds kPurgeFlush{2000};
constexpr int kPollMillis = 100;

// Trampolines run on librdkafka-serving threads (our poll thread): NoThrow guards each.

void OnDelivery(rd_kafka_t*, const rd_kafka_message_t* message, void*) {
  // Produce released the callback into the per-message opaque; take it back exactly once.
  std::unique_ptr<DeliveryCallback> callback(static_cast<DeliveryCallback*>(message->_private));
  if (!callback || !*callback) return;
  NoThrow("producer", "delivery", [&] {
    if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
      (*callback)(Status{});
    } else {
      const std::string reason = rd_kafka_err2str(message->err);
      Error error = Error::Retryable("kafka delivery failed: " + reason);
      // A message that timed out in flight may be on the broker all the same.
      if (rd_kafka_message_status(message) != RD_KAFKA_MSG_STATUS_NOT_PERSISTED) {
        error.MaybeWritten();
      }
      (*callback)(Fail(std::move(error)));
    }
  });
}

Error ClassifyProduceError(rd_kafka_t* rk, rd_kafka_resp_err_t err) {
  std::string message = std::string("kafka produce failed: ") + rd_kafka_err2str(err);
  switch (err) {
    case RD_KAFKA_RESP_ERR__QUEUE_FULL:
      return Error::Retryable(std::move(message));
    case RD_KAFKA_RESP_ERR__FATAL:
      return Error::Fatal(std::move(message));
    default:
      if (rd_kafka_fatal_error(rk, nullptr, 0) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        return Error::Fatal(std::move(message));
      }
      // Unknown topic/partition, message too large, invalid argument: this message never fits.
      return Error::Permanent(std::move(message));
  }
}

}  // namespace

struct Producer::Impl {
  KafkaHandle rk;
  std::atomic<bool> stopping{false};
  std::thread poller;

  void PollLoop() {
    while (!stopping.load()) rd_kafka_poll(rk.get(), kPollMillis);
  }
};

Producer::Producer(const ProducerOptions& options) : impl_(std::make_unique<Impl>()) {
  Properties properties = options.extra;
  properties["bootstrap.servers"] = options.brokers;
  properties["client.id"] = options.client_id;
  properties["enable.idempotence"] = "true";
  properties["acks"] = "all";
  properties["linger.ms"] = std::to_string(options.linger.count());
  properties["delivery.timeout.ms"] = std::to_string(options.delivery_timeout.count());
  SetCompression(properties, options.compression);
  // Keyed messages hash like the Java client (murmur2), unkeyed ones spread randomly.
  properties.try_emplace("partitioner", "murmur2_random");
  ConfHandle conf = MakeConf(properties);
  rd_kafka_conf_set_dr_msg_cb(conf.get(), &OnDelivery);
  rd_kafka_conf_set_error_cb(conf.get(), &ForwardProducerError);
  rd_kafka_conf_set_log_cb(conf.get(), &ForwardLog);
  impl_->rk = NewHandle(RD_KAFKA_PRODUCER, conf);
  impl_->poller = std::thread([impl = impl_.get()] { impl->PollLoop(); });
}

Producer::~Producer() {
  if (auto flushed = Flush(kDestructorFlush); !flushed) {
    log::Error("kafka producer closing with undelivered messages",
               {{"error", flushed.error().message}});
    // Purged messages get a delivery report (error __PURGE_*), so every callback still runs
    // once and its opaque is freed.
    rd_kafka_purge(impl_->rk.get(), RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
    rd_kafka_flush(impl_->rk.get(), static_cast<int>(kPurgeFlush.count()));
  }
  impl_->stopping.store(true);
  impl_->poller.join();
}

Status Producer::Produce(const OutgoingMessage& message, DeliveryCallback on_delivery) {
  HeadersHandle headers = ToRdHeaders(message.headers);
  auto callback = std::make_unique<DeliveryCallback>(std::move(on_delivery));
  // An empty key means "no key" (random partition) rather than the hash of "".
  const void* key = message.key.empty() ? nullptr : message.key.data();
  const rd_kafka_resp_err_t err = rd_kafka_producev(
      impl_->rk.get(), RD_KAFKA_V_TOPIC(message.topic.c_str()),
      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_KEY(key, message.key.size()),
      // F_COPY: librdkafka copies the payload and never writes through this pointer.
      RD_KAFKA_V_VALUE(const_cast<char*>(message.value.data()), message.value.size()),
      RD_KAFKA_V_HEADERS(headers.get()), RD_KAFKA_V_OPAQUE(callback.get()), RD_KAFKA_V_END);
  if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
    return Fail(ClassifyProduceError(impl_->rk.get(), err));
  }
  headers.release();   // owned by the message now
  callback.release();  // reclaimed in OnDelivery
  return {};
}

Status Producer::ProduceAndWait(const OutgoingMessage& message, std::chrono::milliseconds timeout) {
  // Shared: the delivery report may arrive after we gave up waiting.
  auto done = std::make_shared<std::promise<Status>>();
  std::future<Status> result = done->get_future();
  if (auto produced = Produce(message, [done](const Status& status) { done->set_value(status); });
      !produced) {
    return produced;
  }
  if (result.wait_for(timeout) != std::future_status::ready) {
    return Fail(Error::Retryable("kafka delivery not acknowledged within " +
                                 std::to_string(timeout.count()) + " ms"));
  }
  return result.get();
}

Status Producer::Flush(std::chrono::milliseconds timeout) {
  const rd_kafka_resp_err_t err =
      rd_kafka_flush(impl_->rk.get(), static_cast<int>(timeout.count()));
  if (err == RD_KAFKA_RESP_ERR_NO_ERROR) return {};
  return Fail(Error::Retryable("kafka flush: " + std::to_string(QueueDepth()) +
                               " messages still queued: " + rd_kafka_err2str(err)));
}

int Producer::QueueDepth() const { return rd_kafka_outq_len(impl_->rk.get()); }

}  // namespace chatfleet::kafka
