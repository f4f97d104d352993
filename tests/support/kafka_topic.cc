#include "tests/support/kafka_topic.h"

#include <stdexcept>

#include "shared/kafka/admin.h"
#include "shared/kafka/consumer.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {

std::string KafkaBrokers() { return RequireEnv("KAFKA_BROKERS"); }

std::string CreateTestTopic(std::string_view prefix, int partitions) {
  const std::string name = UniqueName(prefix);
  const auto created = kafka::CreateTopics(KafkaBrokers(), {kafka::TopicSpec{name, partitions}});
  if (!created) {
    throw std::runtime_error("cannot create test topic " + name + ": " + created.error().message);
  }
  return name;
}

std::string UniqueGroup(std::string_view prefix) {
  return UniqueName(std::string(prefix) + "_group");
}

std::vector<kafka::ConsumedMessage> ReadAll(const std::string& topic, std::size_t expected_count,
                                            std::chrono::milliseconds timeout) {
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
  kafka::Consumer consumer(options);
  std::vector<kafka::ConsumedMessage> out;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (out.size() < expected_count && std::chrono::steady_clock::now() < deadline) {
    auto batch = consumer.PollBatch(expected_count - out.size(), std::chrono::milliseconds(200));
    if (!batch) throw std::runtime_error("ReadAll " + topic + ": " + batch.error().message);
    for (auto& message : *batch) out.push_back(std::move(message));
  }
  return out;
}

}  // namespace chatfleet::testing
