#include "workers/proactive/proactive_store.h"

#include <google/protobuf/util/time_util.h>
#include <gtest/gtest.h>

#include <deque>

namespace chatfleet::workers {
namespace {

using google::protobuf::util::TimeUtil;

class ProactiveSnapshotKeysTest : public ::testing::Test {
 protected:
  const ProactiveInput& Input(const std::string& text, std::int64_t sent_at,
                              const std::string& user = "u-1",
                              v1::Platform platform = v1::PLATFORM_TELEGRAM) {
    auto& event = events_.emplace_back();
    event.set_tenant("acme");
    event.set_bot("butler");
    event.set_platform(platform);
    event.mutable_conversation()->set_id("dm-" + user);
    event.mutable_sender()->set_user_id(user);
    event.set_role(v1::ROLE_USER);
    event.set_text(text);
    *event.mutable_sent_at() = TimeUtil::SecondsToTimestamp(sent_at);
    ProactiveInput& input = inputs_.emplace_back();
    input.event = &event;
    input.reading = ReadMessage(event.text());
    return input;
  }

  std::deque<v1::ChatEvent> events_;
  std::vector<ProactiveInput> inputs_;
};

TEST_F(ProactiveSnapshotKeysTest, TheEnabledInputsGiveTheKeysAndTheEarliestMessage) {
  Input("hello", 2000);
  Input("hi", 1000, "u-2");
  Input("switched off", 10, "u-3");
  inputs_.back().enabled = false;
  const auto keys = ProactiveSnapshotKeysOf(inputs_, false);
  EXPECT_EQ(keys.conversations.size(), 2u);
  EXPECT_EQ(keys.users.size(), 2u);
  EXPECT_EQ(keys.tenants, std::set<std::string>{"acme"});
  ASSERT_TRUE(keys.earliest_message);
  EXPECT_EQ(keys.earliest_message->time_since_epoch().count(), 1000);
  EXPECT_TRUE(keys.schedule_owners.empty()) << "nobody asked for their meetings";
}

TEST_F(ProactiveSnapshotKeysTest, ScheduleAndMeetingChangesNameTheirOwnersSinceTheirFirstMessage) {
  Input("/schedule", 3000);
  Input("cancel the dentist", 2000);
  Input("/schedule", 5000, "u-2", v1::PLATFORM_DISCORD);
  const auto keys = ProactiveSnapshotKeysOf(inputs_, false);
  ASSERT_EQ(keys.schedule_owners.size(), 2u);
  EXPECT_EQ(
      keys.schedule_owners.at({"acme", "butler", "telegram", "u-1"}).time_since_epoch().count(),
      2000);
  EXPECT_TRUE(keys.schedule_owners.contains({"acme", "butler", "discord", "u-2"}));
  const auto across = ProactiveSnapshotKeysOf(inputs_, true);
  EXPECT_TRUE(across.schedule_owners.contains({"acme", "butler", "", "u-1"}))
      << "across platforms: one owner per user";
}

TEST_F(ProactiveSnapshotKeysTest, NoEnabledInputNoKeys) {
  Input("hello", 1000);
  inputs_.back().enabled = false;
  const auto keys = ProactiveSnapshotKeysOf(inputs_, false);
  EXPECT_TRUE(keys.conversations.empty());
  EXPECT_FALSE(keys.earliest_message);
}

}  // namespace
}  // namespace chatfleet::workers
