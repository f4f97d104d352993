#include "shared/kafka/transactional_producer.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "shared/kafka/config.h"
#include "shared/kafka/handles.h"
#include "shared/kafka/log_bridge.h"
#include "shared/kafka/rd_headers.h"

namespace chatfleet::kafka {
namespace {

using Clock = std::chrono::steady_clock;
constexpr int kPollMillis = 100;
// Aborting gets its own budget: the caller's may be spent on a commit that timed out, and an
// aborted transaction is what lets the caller answer "not written" with certainty.
constexpr std::chrono::milliseconds kAbortBudget{5000};

int MillisUntil(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  return static_cast<int>(std::max<std::int64_t>(left.count(), 1));
}

std::string Describe(const rd_kafka_error_t* error) {
  return std::string(rd_kafka_error_name(error)) + ": " + rd_kafka_error_string(error);
}

}  // namespace

struct TransactionalProducer::Impl {
  TransactionalProducerOptions options;
  KafkaHandle rk;
  bool initialized = false;
  std::atomic<bool> stopping{false};
  std::thread poller;

  // Serves error and log callbacks; delivery results come back through commit_transaction.
  void StartPoller() {
    stopping = false;
    poller = std::thread([this] {
      while (!stopping.load()) rd_kafka_poll(rk.get(), kPollMillis);
    });
  }
  void StopPoller() {
    stopping = true;
    if (poller.joinable()) poller.join();
  }

  void NewHandle() {
    StopPoller();
    rk.reset();
    initialized = false;
    Properties properties = options.producer.extra;
    properties["bootstrap.servers"] = options.producer.brokers;
    properties["client.id"] = options.producer.client_id;
    properties["transactional.id"] = options.transactional_id;
    properties["transaction.timeout.ms"] = std::to_string(options.transaction_timeout.count());
    properties["enable.idempotence"] = "true";
    properties["acks"] = "all";
    properties["linger.ms"] = std::to_string(options.producer.linger.count());
    SetCompression(properties, options.producer.compression);
    properties.try_emplace("partitioner", "murmur2_random");
    ConfHandle conf = MakeConf(properties);
    rd_kafka_conf_set_error_cb(conf.get(), &ForwardProducerError);
    rd_kafka_conf_set_log_cb(conf.get(), &ForwardLog);
    rk = kafka::NewHandle(RD_KAFKA_PRODUCER, conf);
    StartPoller();
  }

  Status Initialize(Clock::time_point deadline) {
    if (initialized) return {};
    const KafkaErrorHandle error(rd_kafka_init_transactions(rk.get(), MillisUntil(deadline)));
    if (!error) {
      initialized = true;
      return {};
    }
    if (rd_kafka_error_is_fatal(error.get())) NewHandle();
    return Fail(Error::Retryable("kafka init_transactions: " + Describe(error.get())));
  }

  Status ProduceOne(const OutgoingMessage& message) {
    HeadersHandle headers = ToRdHeaders(message.headers);
    const void* key = message.key.empty() ? nullptr : message.key.data();
    const rd_kafka_resp_err_t err = rd_kafka_producev(
        rk.get(), RD_KAFKA_V_TOPIC(message.topic.c_str()), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
        RD_KAFKA_V_KEY(key, message.key.size()),
        // F_COPY: librdkafka copies the payload and never writes through this pointer.
        RD_KAFKA_V_VALUE(const_cast<char*>(message.value.data()), message.value.size()),
        RD_KAFKA_V_HEADERS(headers.get()), RD_KAFKA_V_END);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
      headers.release();  // owned by the message now
      return {};
    }
    std::string reason = std::string("kafka produce failed: ") + rd_kafka_err2str(err);
    return Fail(err == RD_KAFKA_RESP_ERR__QUEUE_FULL ? Error::Retryable(std::move(reason))
                                                     : Error::Permanent(std::move(reason)));
  }

  // Aborts the open transaction. Ok only when the broker confirmed the abort; otherwise the
  // handle is replaced, and the new one's init_transactions fences the old producer and settles
  // the transaction it left open.
  Status Abort(const std::string& why) {
    const KafkaErrorHandle error(
        rd_kafka_abort_transaction(rk.get(), static_cast<int>(kAbortBudget.count())));
    if (!error) return {};
    const std::string reason =
        "kafka abort_transaction after " + why + ": " + Describe(error.get());
    NewHandle();
    return Fail(Error::Retryable(reason));
  }

  // A retriable commit error (a timeout) leaves the outcome open: the commit goes on in the
  // background and may yet succeed, so it is asked again (librdkafka resumes waiting for it)
  // until `settle_deadline`; an abort now could not undo a commit the broker already has.
  Status Commit(Clock::time_point deadline, Clock::time_point settle_deadline) {
    while (true) {
      const KafkaErrorHandle error(rd_kafka_commit_transaction(rk.get(), MillisUntil(deadline)));
      if (!error) return {};
      const std::string reason = "kafka commit_transaction: " + Describe(error.get());
      if (rd_kafka_error_txn_requires_abort(error.get())) {
        if (auto aborted = Abort(reason); !aborted) {
          return Fail(
              Error::Retryable(aborted.error().message + " (outcome unknown)").MaybeWritten());
        }
        return Fail(Error::Retryable(reason + " (aborted)"));
      }
      if (rd_kafka_error_is_retriable(error.get()) && Clock::now() < settle_deadline) {
        deadline = settle_deadline;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        continue;
      }
      NewHandle();  // its init_transactions fences this producer; the broker settles the rest
      return Fail(Error::Retryable(reason + " (outcome unknown)").MaybeWritten());
    }
  }
};

TransactionalProducer::TransactionalProducer(TransactionalProducerOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  impl_->NewHandle();
}

TransactionalProducer::~TransactionalProducer() { impl_->StopPoller(); }

Status TransactionalProducer::Prepare(std::chrono::milliseconds timeout) {
  return impl_->Initialize(Clock::now() + timeout);
}

Status TransactionalProducer::PublishAll(const std::vector<OutgoingMessage>& messages,
                                         std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  if (auto ready = impl_->Initialize(deadline); !ready) return ready;
  if (const KafkaErrorHandle error(rd_kafka_begin_transaction(impl_->rk.get())); error) {
    if (rd_kafka_error_is_fatal(error.get())) impl_->NewHandle();
    return Fail(Error::Retryable("kafka begin_transaction: " + Describe(error.get())));
  }
  for (const auto& message : messages) {
    if (auto produced = impl_->ProduceOne(message); !produced) {
      // Never committed, so never visible, whether or not the abort is confirmed.
      (void)impl_->Abort(produced.error().message);
      return produced;
    }
  }
  return impl_->Commit(deadline, deadline + impl_->options.settle_timeout);
}

}  // namespace chatfleet::kafka
