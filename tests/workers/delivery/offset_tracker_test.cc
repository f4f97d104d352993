#include "workers/delivery/offset_tracker.h"

#include <gtest/gtest.h>

namespace chatfleet::delivery {
namespace {

TEST(OffsetTrackerTest, CommitsUpToTheOldestUnsettledMessage) {
  OffsetTracker tracker;
  const kafka::TopicPartition p{"chat.outbound", 0};
  for (int offset = 10; offset < 14; ++offset) tracker.Read(p, offset);
  tracker.Settle(p, 11);  // a later conversation went first
  tracker.Settle(p, 12);
  EXPECT_TRUE(tracker.Committable().empty());  // 10 still waits for its rate limit
  tracker.Settle(p, 10);
  auto offsets = tracker.Committable();
  ASSERT_EQ(offsets.size(), 1u);
  EXPECT_EQ(offsets[0].next_offset, 13);
  tracker.MarkCommitted(offsets);
  EXPECT_TRUE(tracker.Committable().empty());
  tracker.Settle(p, 13);
  EXPECT_EQ(tracker.Committable().at(0).next_offset, 14);
  EXPECT_EQ(tracker.unsettled(), 0u);
}

TEST(OffsetTrackerTest, DroppedPartitionsAreForgotten) {
  OffsetTracker tracker;
  tracker.Read({"t", 0}, 1);
  tracker.Read({"t", 1}, 5);
  tracker.Drop({{"t", 0}});
  EXPECT_EQ(tracker.unsettled(), 1u);
}

}  // namespace
}  // namespace chatfleet::delivery
