#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "ingest/publish/event_sink.h"
#include "shared/kafka/transactional_producer.h"
#include "shared/metrics/registry.h"
#include "shared/trace/tracer.h"

namespace chatfleet::ingest {

struct TransactionalSinkOptions {
  kafka::ProducerOptions producer;
  /// Each producer's transactional.id is `<prefix>-<n>`; the prefix must be unique per process.
  std::string transactional_id_prefix;
  /// Transactions in flight at once (one producer and thread each).
  int producers = 2;
  /// Requests waiting for a producer; past this a request is refused (retryable) at once.
  std::size_t max_waiting = 256;
  /// From taking a request to its commit; a transaction not committed by then is aborted.
  std::chrono::milliseconds timeout{10000};
  std::chrono::milliseconds transaction_timeout{15000};
  /// With the publish timeout it stays below a client's usual 30 s and ingest's grace period.
  std::chrono::milliseconds settle_timeout{20000};
};

/// Publishes a request of several events (a batch, a webhook carrying several messages) as one
/// Kafka transaction, so it is accepted as a whole or not at all: `done` reports success only
/// after the commit; on a retryable error the transaction was aborted (or never began) and no
/// read_committed consumer ever sees any of its events. A commit sent to a broker that then
/// stalls is waited for (TransactionalProducerOptions::settle_timeout) rather than reported
/// failed; past that its outcome is unknown: a `maybe_written` error, counted
/// (chatfleet_ingest_transactions_unknown_total).
/// A request of one event goes to `single` (one message is all or nothing by itself).
///
/// Thread-safe: Publish returns at once; the transactions run on the sink's own threads, each
/// with its own producer. The destructor finishes the requests already taken, then stops.
class TransactionalEventSink final : public EventSink {
 public:
  TransactionalEventSink(EventSink& single, TransactionalSinkOptions options, std::string topic,
                         trace::Tracer& tracer, metrics::Registry& metrics);
  ~TransactionalEventSink() override;
  TransactionalEventSink(const TransactionalEventSink&) = delete;
  TransactionalEventSink& operator=(const TransactionalEventSink&) = delete;

  void Publish(std::vector<PublishItem> items, PublishDone done) override;

 private:
  struct Request {
    std::vector<PublishItem> items;
    PublishDone done;
    std::chrono::steady_clock::time_point taken;
  };
  void Serve(kafka::TransactionalProducer& producer);
  void Run(kafka::TransactionalProducer& producer, Request& request);

  EventSink& single_;
  TransactionalSinkOptions options_;
  std::string topic_;
  trace::Tracer& tracer_;
  metrics::Counter& committed_;
  metrics::Counter& aborted_;
  metrics::Counter& unknown_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Request> waiting_;
  bool stopping_ = false;
  std::vector<std::unique_ptr<kafka::TransactionalProducer>> producers_;
  std::vector<std::thread> threads_;
};

}  // namespace chatfleet::ingest
