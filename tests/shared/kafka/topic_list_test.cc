#include "shared/kafka/topic_list.h"

#include <gtest/gtest.h>

namespace chatfleet::kafka {
namespace {

TEST(TopicListTest, ParsesNamesWithPartitionCounts) {
  const auto specs = ParseTopicList("chat.events:12,chat.events.dlq:3");
  ASSERT_TRUE(specs) << specs.error().message;
  ASSERT_EQ(specs->size(), 2u);
  EXPECT_EQ((*specs)[0].name, "chat.events");
  EXPECT_EQ((*specs)[0].partitions, 12);
  EXPECT_EQ((*specs)[1].name, "chat.events.dlq");
  EXPECT_EQ((*specs)[1].partitions, 3);
  EXPECT_EQ((*specs)[1].replication_factor, -1);
}

TEST(TopicListTest, ANameWithoutCountGetsOnePartitionAndEmptyItemsAreSkipped) {
  const auto specs = ParseTopicList("a,,b:2,");
  ASSERT_TRUE(specs) << specs.error().message;
  ASSERT_EQ(specs->size(), 2u);
  EXPECT_EQ((*specs)[0].partitions, 1);
  EXPECT_EQ((*specs)[1].partitions, 2);
}

TEST(TopicListTest, TheFleetTopicsParse) {
  const auto specs = ParseTopicList(kFleetTopics);
  ASSERT_TRUE(specs) << specs.error().message;
  EXPECT_EQ(specs->size(), 5u);
}

class TopicListErrorTest : public ::testing::TestWithParam<const char*> {};

TEST_P(TopicListErrorTest, IsAPermanentErrorNamingTheItem) {
  const auto specs = ParseTopicList(GetParam());
  ASSERT_FALSE(specs);
  EXPECT_EQ(specs.error().kind, ErrorKind::kPermanent);
  EXPECT_NE(specs.error().message.find("topic list"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(BadLists, TopicListErrorTest,
                         ::testing::Values(":3", "a:0", "a:-1", "a:x", "a:3x", "a:"));

}  // namespace
}  // namespace chatfleet::kafka
