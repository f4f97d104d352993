#include <gtest/gtest.h>

#include <set>
#include <vector>

#include "shared/kafka/consumer.h"
#include "shared/kafka/producer.h"
#include "tests/shared/kafka/kafka_test_util.h"
#include "tests/support/kafka_topic.h"

namespace chatfleet::kafka {
namespace {

using testutil::PollUntil;
using testutil::TestConsumerOptions;
using testutil::TestProducerOptions;

constexpr auto kWait = std::chrono::seconds(20);

void ProduceNumbered(const std::string& topic, int count) {
  Producer producer(TestProducerOptions());
  for (int i = 0; i < count; ++i) {
    ASSERT_TRUE(producer.Produce({topic, "conv", std::to_string(i), {}}, {}));
  }
  ASSERT_TRUE(producer.Flush(std::chrono::seconds(10)));
}

std::vector<ConsumedMessage> Take(Consumer& consumer, std::size_t count) {
  std::vector<ConsumedMessage> out;
  const auto deadline = std::chrono::steady_clock::now() + kWait;
  while (out.size() < count && std::chrono::steady_clock::now() < deadline) {
    auto batch = consumer.PollBatch(count - out.size(), std::chrono::milliseconds(100));
    if (!batch) throw std::runtime_error(batch.error().message);
    out.insert(out.end(), batch->begin(), batch->end());
  }
  return out;
}

TEST(ConsumerKafkaTest, NewMemberResumesAfterTheCommittedOffset) {
  // Given ten messages and a member that processed and committed the first four
  const std::string topic = testing::CreateTestTopic("resume", 1);
  const std::string group = testing::UniqueGroup("resume");
  ProduceNumbered(topic, 10);
  {
    Consumer first(TestConsumerOptions(topic, group));
    const auto head = Take(first, 4);
    ASSERT_EQ(head.size(), 4u);
    EXPECT_EQ(head.front().value, "0");
    EXPECT_EQ(head.back().value, "3");
    const auto committed = first.Commit({{topic, 0, head.back().offset + 1}});
    ASSERT_TRUE(committed) << committed.error().message;
  }  // leaves the group

  // When a new member of the same group starts
  Consumer second(TestConsumerOptions(topic, group));
  const auto rest = Take(second, 6);

  // Then it reads exactly the six uncommitted messages: nothing re-read, nothing skipped
  ASSERT_EQ(rest.size(), 6u);
  for (int i = 0; i < 6; ++i) EXPECT_EQ(rest[i].value, std::to_string(i + 4));
  auto extra = second.PollBatch(10, std::chrono::milliseconds(300));
  ASSERT_TRUE(extra);
  EXPECT_TRUE(extra->empty());
  EXPECT_EQ(second.offset_resets(), 0);
}

TEST(ConsumerKafkaTest, ARewoundPartitionIsReadAgainFromTheGivenOffset) {
  // Given a member that read six of ten messages
  const std::string topic = testing::CreateTestTopic("rewind", 1);
  const std::string group = testing::UniqueGroup("rewind");
  ProduceNumbered(topic, 10);
  Consumer consumer(TestConsumerOptions(topic, group));
  ASSERT_EQ(Take(consumer, 6).size(), 6u);

  // When it rewinds the partition to the third message
  consumer.Rewind({{topic, 0, 2}});

  // Then it reads from the third message to the end once more, in order, and nothing else
  const auto again = Take(consumer, 8);
  ASSERT_EQ(again.size(), 8u);
  for (int i = 0; i < 8; ++i) EXPECT_EQ(again[i].value, std::to_string(i + 2));
  auto extra = consumer.PollBatch(10, std::chrono::milliseconds(300));
  ASSERT_TRUE(extra);
  EXPECT_TRUE(extra->empty());
}

TEST(ConsumerKafkaTest, CooperativeRebalanceSplitsAndReturnsPartitions) {
  const std::string topic = testing::CreateTestTopic("rebalance", 6);
  const std::string group = testing::UniqueGroup("rebalance");
  std::vector<RebalanceEvent> first_events;
  std::vector<RebalanceEvent> second_events;

  // Given one member owning all six partitions
  Consumer first(TestConsumerOptions(topic, group),
                 [&](const RebalanceEvent& event) { first_events.push_back(event); });
  ASSERT_TRUE(PollUntil(
      first, [&] { return first.Assignment().size() == 6; }, kWait));

  // When a second member joins, both are polled until the partitions are split
  auto second = std::make_unique<Consumer>(
      TestConsumerOptions(topic, group),
      [&](const RebalanceEvent& event) { second_events.push_back(event); });
  const auto deadline = std::chrono::steady_clock::now() + kWait;
  auto split = [&] {
    const auto a = first.Assignment();
    const auto b = second->Assignment();
    std::set<TopicPartition> all(a.begin(), a.end());
    all.insert(b.begin(), b.end());
    return !a.empty() && !b.empty() && a.size() + b.size() == 6 && all.size() == 6;
  };
  while (!split() && std::chrono::steady_clock::now() < deadline) {
    ASSERT_TRUE(first.PollBatch(10, std::chrono::milliseconds(50)));
    ASSERT_TRUE(second->PollBatch(10, std::chrono::milliseconds(50)));
  }

  // Then the partitions are split, and the first member only gave some up (incrementally)
  ASSERT_TRUE(split()) << "first owns " << first.Assignment().size() << ", second owns "
                       << second->Assignment().size();
  ASSERT_GE(first_events.size(), 2u);
  EXPECT_EQ(first_events[0].kind, RebalanceKind::kAssigned);
  EXPECT_EQ(first_events[0].partitions.size(), 6u);
  EXPECT_EQ(first_events[1].kind, RebalanceKind::kRevoked);
  EXPECT_LT(first_events[1].partitions.size(), 6u);
  ASSERT_FALSE(second_events.empty());
  EXPECT_EQ(second_events[0].kind, RebalanceKind::kAssigned);

  // When the second member closes, the first gets all partitions back
  const std::size_t given_back = second->Assignment().size();
  second->Close();
  EXPECT_EQ(second_events.back().kind, RebalanceKind::kRevoked);
  second.reset();
  ASSERT_TRUE(PollUntil(
      first, [&] { return first.Assignment().size() == 6; }, kWait));
  EXPECT_EQ(first_events.back().kind, RebalanceKind::kAssigned);
  EXPECT_EQ(first_events.back().partitions.size(), given_back);
}

TEST(ConsumerKafkaTest, CommitOfAPartitionNotOwnedIsPermanent) {
  const std::string topic = testing::CreateTestTopic("notowned", 1);
  Consumer consumer(TestConsumerOptions(topic, testing::UniqueGroup("notowned")));
  ASSERT_TRUE(PollUntil(
      consumer, [&] { return consumer.Assignment().size() == 1; }, kWait));
  const auto status = consumer.Commit({{topic, 7, 1}});
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().kind, ErrorKind::kPermanent);
}

TEST(ConsumerKafkaTest, LagIsHighWatermarkMinusPosition) {
  const std::string topic = testing::CreateTestTopic("lag", 1);
  ProduceNumbered(topic, 5);
  Consumer consumer(TestConsumerOptions(topic, testing::UniqueGroup("lag")));
  ASSERT_EQ(Take(consumer, 2).size(), 2u);
  const std::map<TopicPartition, std::int64_t> expected{{{topic, 0}, 3}};
  EXPECT_EQ(consumer.Lag(), expected);
}

TEST(ConsumerKafkaTest, OffsetResetIsCountedNotSilent) {
  // Given a group whose committed offset lies beyond the end of the partition
  const std::string topic = testing::CreateTestTopic("reset", 1);
  const std::string group = testing::UniqueGroup("reset");
  ProduceNumbered(topic, 3);
  {
    Consumer first(TestConsumerOptions(topic, group));
    ASSERT_EQ(Take(first, 1).size(), 1u);
    ASSERT_TRUE(first.Commit({{topic, 0, 1000}}));
  }

  // When a member resumes there
  Consumer second(TestConsumerOptions(topic, group));
  const auto messages = Take(second, 3);

  // Then librdkafka resets to earliest, and the reset is counted (events are re-read)
  ASSERT_EQ(messages.size(), 3u);
  EXPECT_EQ(messages[0].offset, 0);
  EXPECT_EQ(second.offset_resets(), 1);
}

TEST(ConsumerKafkaTest, PollAfterCloseFails) {
  const std::string topic = testing::CreateTestTopic("closed", 1);
  Consumer consumer(TestConsumerOptions(topic, testing::UniqueGroup("closed")));
  consumer.Close();
  consumer.Close();  // idempotent
  EXPECT_FALSE(consumer.PollBatch(1, std::chrono::milliseconds(10)));
}

// The runner finishes a batch in flight from the revoke handler: a commit made there, while the
// partition is still assigned, must stick.
TEST(ConsumerKafkaTest, ACommitFromTheRevokeHandlerSticks) {
  // Given a member that read four of ten messages without committing them
  const std::string topic = testing::CreateTestTopic("revokecommit", 1);
  const std::string group = testing::UniqueGroup("revokecommit");
  ProduceNumbered(topic, 10);
  {
    Consumer first(TestConsumerOptions(topic, group));
    const auto head = Take(first, 4);
    ASSERT_EQ(head.size(), 4u);
    Status committed = Fail(Error::Permanent("revoke handler not called"));
    first.SetRevokeHandler([&](const RebalanceEvent& event) {
      EXPECT_EQ(event.kind, RebalanceKind::kRevoked);
      committed = first.Commit({{topic, 0, head.back().offset + 1}});
    });
    // When it leaves the group, committing from the revoke handler
    first.Close();
    ASSERT_TRUE(committed) << committed.error().message;
  }
  // Then the next member resumes after the fourth message
  Consumer second(TestConsumerOptions(topic, group));
  const auto rest = Take(second, 6);
  ASSERT_EQ(rest.size(), 6u);
  EXPECT_EQ(rest.front().value, "4");
}

}  // namespace
}  // namespace chatfleet::kafka
