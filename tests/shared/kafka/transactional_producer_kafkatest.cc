#include <gtest/gtest.h>

#include "shared/kafka/transactional_producer.h"
#include "tests/shared/kafka/kafka_test_util.h"
#include "tests/support/kafka_topic.h"
#include "tests/support/process.h"
#include "tests/support/test_env.h"

namespace chatfleet::kafka {
namespace {

constexpr auto kTimeout = std::chrono::seconds(15);

TransactionalProducerOptions Options() {
  return {testutil::TestProducerOptions(), testing::UniqueName("txn"), std::chrono::seconds(10)};
}

// kcat reads read_committed by default (librdkafka's isolation.level): an independent reader.
int CountWithKcat(const std::string& topic) {
  const auto read = testing::RunCommand({"kcat", "-b", testing::KafkaBrokers(), "-C", "-t", topic,
                                         "-o", "beginning", "-e", "-q", "-f", "%o\n"},
                                        "", std::chrono::seconds(30));
  EXPECT_EQ(read.exit_code, 0);
  return static_cast<int>(std::count(read.output.begin(), read.output.end(), '\n'));
}

TEST(TransactionalProducerKafkaTest, ACommittedTransactionIsReadWhole) {
  const std::string topic = testing::CreateTestTopic("txn_whole", 3);
  TransactionalProducer producer(Options());
  std::vector<OutgoingMessage> messages;
  for (int i = 0; i < 30; ++i) messages.push_back({topic, "k" + std::to_string(i), "v", {}});

  ASSERT_TRUE(producer.PublishAll(messages, kTimeout));
  ASSERT_TRUE(producer.PublishAll(messages, kTimeout)) << "a second transaction on the handle";

  EXPECT_EQ(testing::ReadAll(topic, 60).size(), 60u);
  EXPECT_EQ(CountWithKcat(topic), 60);
}

TEST(TransactionalProducerKafkaTest, AFailedTransactionIsAbortedAndNoneOfItIsEverRead) {
  // Given a transaction whose last message names a topic that does not exist (the broker does
  // not create topics), after 20 good ones
  const std::string topic = testing::CreateTestTopic("txn_aborted", 3);
  TransactionalProducer producer(Options());
  std::vector<OutgoingMessage> messages;
  for (int i = 0; i < 20; ++i) messages.push_back({topic, "k" + std::to_string(i), "v", {}});
  messages.push_back({testing::UniqueName("missing_topic"), "k", "v", {}});

  // When it is published, it fails and is not committed
  const Status failed = producer.PublishAll(messages, std::chrono::seconds(5));
  ASSERT_FALSE(failed);
  EXPECT_FALSE(failed.error().maybe_written) << failed.error().message;

  // Then a read_committed reader sees none of the 20, and the producer goes on working
  ASSERT_TRUE(producer.PublishAll({{topic, "after", "v", {}}}, kTimeout));
  const auto read = testing::ReadAll(topic, 1, std::chrono::seconds(10));
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].key, "after");
  EXPECT_EQ(CountWithKcat(topic), 1);
}

}  // namespace
}  // namespace chatfleet::kafka
