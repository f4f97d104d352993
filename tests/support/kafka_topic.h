#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "shared/kafka/message.h"

namespace chatfleet::testing {

/// The broker the Kafka tests use: $KAFKA_BROKERS (throws with a clear message when unset).
std::string KafkaBrokers();

/// Creates a topic with a unique name (`<prefix>_<pid>_<n>_<random>`) and exactly `partitions`
/// partitions on $KAFKA_BROKERS, through the Admin API (CreateTopics), and waits until its
/// metadata is visible. Throws std::runtime_error on failure. Each test gets its own topics.
/// `kafka_env`: CHATFLEET_KAFKA_* client settings (a secured cluster's), read the way the
/// services read them.
std::string CreateTestTopic(std::string_view prefix, int partitions,
                            const std::string& brokers = KafkaBrokers(),
                            const std::map<std::string, std::string>& kafka_env = {});

/// A unique consumer group id for one test.
std::string UniqueGroup(std::string_view prefix);

/// Reads `topic` from the beginning with a fresh consumer in a unique group until
/// `expected_count` messages arrived or `timeout` passed (then returns what it has; the test
/// asserts on the count). Commits nothing.
std::vector<kafka::ConsumedMessage> ReadAll(
    const std::string& topic, std::size_t expected_count,
    std::chrono::milliseconds timeout = std::chrono::seconds(20));

/// Like ReadAll, but reads until `done(messages so far)` holds: for topics where redeliveries
/// make the count uncertain (at-least-once), e.g. until every expected id was seen.
std::vector<kafka::ConsumedMessage> ReadUntil(
    const std::string& topic,
    const std::function<bool(const std::vector<kafka::ConsumedMessage>&)>& done,
    std::chrono::milliseconds timeout = std::chrono::seconds(20));

}  // namespace chatfleet::testing
