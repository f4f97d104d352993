#include <gtest/gtest.h>

#include "shared/kafka/admin.h"
#include "tests/support/kafka_topic.h"
#include "tests/support/process.h"
#include "tests/support/test_env.h"

namespace chatfleet::kafka {
namespace {

TEST(AdminKafkaTest, CreatedTopicHasTheRequestedPartitions) {
  const std::string topic = testing::CreateTestTopic("admin", 5);
  const auto result = testing::RunCommand(
      {"kcat", "-b", testing::KafkaBrokers(), "-L", "-t", topic}, {}, std::chrono::seconds(20));
  ASSERT_EQ(result.exit_code, 0);
  EXPECT_NE(result.output.find("topic \"" + topic + "\" with 5 partitions"), std::string::npos)
      << result.output;
}

TEST(AdminKafkaTest, ExistingTopicIsAnErrorUnlessAllowed) {
  const std::string topic = testing::CreateTestTopic("exists", 2);
  const auto again = CreateTopics(testing::KafkaBrokers(), {TopicSpec{topic, 2}});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::kPermanent);
  EXPECT_TRUE(CreateTopics(testing::KafkaBrokers(), {TopicSpec{topic, 2}}, std::chrono::seconds(10),
                           /*exists_ok=*/true));
}

TEST(AdminKafkaTest, SeveralTopicsAtOnce) {
  const std::string a = testing::UniqueName("multi_a");
  const std::string b = testing::UniqueName("multi_b");
  const auto created = CreateTopics(testing::KafkaBrokers(), {TopicSpec{a, 3}, TopicSpec{b, 12}});
  ASSERT_TRUE(created) << created.error().message;
}

}  // namespace
}  // namespace chatfleet::kafka
