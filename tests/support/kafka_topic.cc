#include "tests/support/kafka_topic.h"

#include <stdexcept>

#include "shared/kafka/admin.h"
#include "shared/kafka/client_properties.h"
#include "shared/kafka/consumer.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {

std::string KafkaBrokers() { return RequireEnv("KAFKA_BROKERS"); }

std::string CreateTestTopic(std::string_view prefix, int partitions, const std::string& brokers,
                            const std::map<std::string, std::string>& kafka_env) {
  const std::string name = UniqueName(prefix);
  const auto created =
      kafka::CreateTopics(brokers, {kafka::TopicSpec{name, partitions}}, std::chrono::seconds(10),
                          /*exists_ok=*/false, kafka::ClientPropertiesFrom(kafka_env));
  if (!created) {
    throw std::runtime_error("cannot create test topic " + name + ": " + created.error().message);
  }
  return name;
}

std::string UniqueGroup(std::string_view prefix) {
  return UniqueName(std::string(prefix) + "_group");
}

namespace {

// A fresh consumer in a unique group, from the beginning of `topic`, committing nothing.
kafka::ConsumerOptions ReaderOptions(const std::string& topic) {
  kafka::ConsumerOptions options;
  options.brokers = KafkaBrokers();
  options.group_id = UniqueGroup("readall");
  options.client_id = "chatfleet-test-readall";
  options.topics = {topic};
  options.auto_offset_reset = "earliest";
  // A short-lived reader: librdkafka 2.0.2's sticky assignor can abort the process
  // (rd_kafka_sticky_assignor_state_destroy: Assertion `assignor_state' failed) when such a
  // consumer closes right after a rebalance; the eager range assignor has no such state.
  options.extra["partition.assignment.strategy"] = "range";
  return options;
}

// Polls at most `max_per_poll(read so far)` messages at a time until `done` or the timeout.
std::vector<kafka::ConsumedMessage> Read(
    const std::string& topic,
    const std::function<bool(const std::vector<kafka::ConsumedMessage>&)>& done,
    const std::function<std::size_t(std::size_t)>& max_per_poll,
    std::chrono::milliseconds timeout) {
  kafka::Consumer consumer(ReaderOptions(topic));
  std::vector<kafka::ConsumedMessage> out;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!done(out) && std::chrono::steady_clock::now() < deadline) {
    auto batch = consumer.PollBatch(max_per_poll(out.size()), std::chrono::milliseconds(200));
    if (!batch) throw std::runtime_error("reading " + topic + ": " + batch.error().message);
    for (auto& message : *batch) out.push_back(std::move(message));
  }
  return out;
}

}  // namespace

std::vector<kafka::ConsumedMessage> ReadAll(const std::string& topic, std::size_t expected_count,
                                            std::chrono::milliseconds timeout) {
  return Read(
      topic, [&](const auto& messages) { return messages.size() >= expected_count; },
      [&](std::size_t read) { return expected_count - read; }, timeout);
}

std::vector<kafka::ConsumedMessage> ReadUntil(
    const std::string& topic,
    const std::function<bool(const std::vector<kafka::ConsumedMessage>&)>& done,
    std::chrono::milliseconds timeout) {
  return Read(
      topic, done, [](std::size_t) { return std::size_t{500}; }, timeout);
}

}  // namespace chatfleet::testing
