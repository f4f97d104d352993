#pragma once

#include <chrono>
#include <cstdlib>
#include <functional>
#include <string>
#include <thread>

#include "shared/kafka/consumer.h"
#include "shared/kafka/producer.h"
#include "tests/support/kafka_topic.h"

namespace chatfleet::kafka::testutil {

inline ProducerOptions TestProducerOptions() {
  ProducerOptions options;
  options.brokers = testing::KafkaBrokers();
  options.client_id = "chatfleet-kafkatest";
  options.delivery_timeout = std::chrono::seconds(10);
  options.linger = std::chrono::milliseconds(1);
  return options;
}

inline ConsumerOptions TestConsumerOptions(const std::string& topic, const std::string& group) {
  ConsumerOptions options;
  options.brokers = testing::KafkaBrokers();
  options.group_id = group;
  options.client_id = "chatfleet-kafkatest";
  options.topics = {topic};
  options.auto_offset_reset = "earliest";
  // Short enough that a vanished member's partitions move quickly (the local Kafka allows
  // sessions from 1 s), and no shorter than 4 s: librdkafka 2.0.2's mock cluster (the
  // development broker) waits 3 s on a group's first join and expires a shorter session before
  // answering its JoinGroup.
  options.session_timeout = std::chrono::seconds(4);
  // A short heartbeat makes rebalances visible sooner.
  options.extra["heartbeat.interval.ms"] = "200";
  // CHATFLEET_KAFKA_DEBUG=cgrp,protocol … turns on librdkafka's debug contexts when diagnosing.
  if (const char* debug = std::getenv("CHATFLEET_KAFKA_DEBUG"); debug != nullptr) {
    options.extra["debug"] = debug;
  }
  return options;
}

/// Polls `consumer` until `done()` or `timeout`; true when done. A fatal poll error fails.
inline bool PollUntil(Consumer& consumer, const std::function<bool()>& done,
                      std::chrono::milliseconds timeout,
                      std::vector<ConsumedMessage>* received = nullptr) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!done()) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    auto batch = consumer.PollBatch(100, std::chrono::milliseconds(50));
    if (!batch) throw std::runtime_error("poll failed: " + batch.error().message);
    if (received != nullptr) received->insert(received->end(), batch->begin(), batch->end());
  }
  return true;
}

}  // namespace chatfleet::kafka::testutil
