#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "shared/core/error.h"
#include "shared/kafka/message.h"
#include "shared/kafka/producer.h"

namespace chatfleet::kafka {

struct TransactionalProducerOptions {
  ProducerOptions producer;
  /// Unique per producer instance: a second producer with the same id fences the first.
  std::string transactional_id;
  /// How long the broker keeps a transaction open before it aborts it itself; read_committed
  /// consumers of its partitions wait at most this long behind a producer that died mid-way.
  std::chrono::milliseconds transaction_timeout{10000};
  /// How long, past the caller's timeout, to wait for the answer to a commit already sent
  /// (a stalled or restarting broker) before giving its outcome up as unknown.
  std::chrono::milliseconds settle_timeout{20000};
};

/// Writes groups of messages as Kafka transactions: a read_committed consumer sees all of a
/// group or none of it (`transactional.id`, acks=all, idempotent).
///
/// Not thread-safe: one transaction at a time, from one thread (give each thread its own).
/// Neither copyable nor movable. The handle is created and its transactions initialized on
/// first use, so construction never waits for the broker; after a fatal error (a fenced
/// producer) the next call starts over with a new handle.
class TransactionalProducer {
 public:
  /// Throws std::runtime_error when the configuration is rejected.
  explicit TransactionalProducer(TransactionalProducerOptions options);
  ~TransactionalProducer();
  TransactionalProducer(const TransactionalProducer&) = delete;
  TransactionalProducer& operator=(const TransactionalProducer&) = delete;

  /// Produces `messages` in one transaction and commits it within `timeout`.
  /// Ok: committed, every message acknowledged. Retryable error: the transaction was aborted
  /// (or never began): none of the messages will ever be read by a read_committed consumer.
  /// Permanent error: a message can never be produced (aborted). A commit that was sent but not
  /// answered within `timeout` may still succeed on the broker, so it is waited for (up to the
  /// settle timeout more) instead of being reported as failed; still unanswered, the error is
  /// `maybe_written`: the outcome is unknown (the broker settles it, all or nothing).
  Status PublishAll(const std::vector<OutgoingMessage>& messages,
                    std::chrono::milliseconds timeout);

  /// Initializes transactions now (otherwise the first PublishAll does), within `timeout`.
  Status Prepare(std::chrono::milliseconds timeout);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chatfleet::kafka
