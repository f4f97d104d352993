#include "ingest/publish/transactional_event_sink.h"

#include "ingest/publish/kafka_event_sink.h"
#include "shared/log/logger.h"

namespace chatfleet::ingest {

TransactionalEventSink::TransactionalEventSink(EventSink& single, TransactionalSinkOptions options,
                                               std::string topic, trace::Tracer& tracer,
                                               metrics::Registry& metrics)
    : single_(single),
      options_(std::move(options)),
      topic_(std::move(topic)),
      tracer_(tracer),
      committed_(metrics.AddCounter("chatfleet_ingest_transactions_total",
                                    "Multi-event requests published as one Kafka transaction",
                                    {{"outcome", "committed"}})),
      aborted_(metrics.AddCounter("chatfleet_ingest_transactions_total",
                                  "Multi-event requests published as one Kafka transaction",
                                  {{"outcome", "aborted"}})),
      unknown_(metrics.AddCounter(
          "chatfleet_ingest_transactions_unknown_total",
          "Transactions whose commit went unanswered past the settle timeout (answered 504; "
          "the broker settled them, all or nothing)")) {
  for (int i = 0; i < options_.producers; ++i) {
    kafka::TransactionalProducerOptions producer{
        options_.producer, options_.transactional_id_prefix + "-" + std::to_string(i),
        options_.transaction_timeout, options_.settle_timeout};
    producers_.push_back(std::make_unique<kafka::TransactionalProducer>(std::move(producer)));
  }
  for (auto& producer : producers_) {
    threads_.emplace_back([this, &own = *producer] { Serve(own); });
  }
}

TransactionalEventSink::~TransactionalEventSink() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& thread : threads_) thread.join();
}

void TransactionalEventSink::Publish(std::vector<PublishItem> items, PublishDone done) {
  if (items.size() <= 1) {
    single_.Publish(std::move(items), std::move(done));
    return;
  }
  {
    std::lock_guard lock(mutex_);
    if (!stopping_ && waiting_.size() < options_.max_waiting) {
      waiting_.push_back({std::move(items), std::move(done), std::chrono::steady_clock::now()});
      wake_.notify_one();
      return;
    }
  }
  done(Fail(Error::Retryable("too many transactions waiting for a producer")));
}

void TransactionalEventSink::Serve(kafka::TransactionalProducer& producer) {
  // Initializing early keeps the first batch's latency down; PublishAll retries it anyway.
  if (auto prepared = producer.Prepare(options_.timeout); !prepared) {
    log::Warn("kafka transactions not initialized yet", {{"error", prepared.error().message}});
  }
  while (true) {
    Request request;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
      if (waiting_.empty()) return;  // stopping, and every request taken is done
      request = std::move(waiting_.front());
      waiting_.pop_front();
    }
    // A request that waited its whole timeout for a producer was never started: refusing it
    // now is safe, and its client has stopped waiting anyway.
    if (std::chrono::steady_clock::now() - request.taken > options_.timeout) {
      aborted_.Inc();
      request.done(Fail(Error::Retryable("waited too long for a transactional producer")));
      continue;
    }
    Run(producer, request);
  }
}

void TransactionalEventSink::Run(kafka::TransactionalProducer& producer, Request& request) {
  std::vector<kafka::OutgoingMessage> messages;
  std::vector<std::shared_ptr<trace::Span>> spans;
  messages.reserve(request.items.size());
  for (const auto& item : request.items) {
    auto record = MakeEventRecord(item, topic_, tracer_);
    messages.push_back(std::move(record.message));
    spans.push_back(std::move(record.span));
  }
  const Status published = producer.PublishAll(messages, options_.timeout);
  if (published) {
    committed_.Inc();
  } else if (published.error().maybe_written) {
    unknown_.Inc();
    log::Error("kafka transaction outcome unknown", {{"error", published.error().message}});
  } else {
    aborted_.Inc();
  }
  for (auto& span : spans) {
    if (!published) span->SetError("transaction_failed", published.error().message);
    span->End();
  }
  // maybe_written: the outcome is unknown (RequestPublisher answers 504, not 503, so a client
  // never reads "not written" of a batch that may have been).
  request.done(published);
}

}  // namespace chatfleet::ingest
