#include "workers/proactive/fleet_replies.h"

#include <google/protobuf/util/time_util.h>
#include <gtest/gtest.h>

#include "tests/workers/message_builders.h"

namespace chatfleet::workers {
namespace {

TEST(FleetReplyTest, TheAnswerRepliesToTheMessageInItsConversationWithAStableId) {
  auto event = UserEvent("u-1", "Ivan", "/schedule", "pm-9");
  event.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_GROUP);
  ProactiveInput input;
  input.event = &event;
  input.language = "ru";
  const std::chrono::sys_seconds at{std::chrono::seconds(1'800'000'000)};
  const auto reply =
      FleetReply(input, at, "schedule", v1::OUTBOUND_KIND_SCHEDULE_LISTING, "Встречи: …");
  EXPECT_EQ(reply.id(), "schedule-e-pm-9");
  EXPECT_EQ(reply.id(),
            FleetReply(input, at, "schedule", v1::OUTBOUND_KIND_SCHEDULE_LISTING, "x").id())
      << "computed again after a redelivery, the same id";
  EXPECT_EQ(reply.tenant(), "acme");
  EXPECT_EQ(reply.bot(), "elena");
  EXPECT_EQ(reply.platform(), v1::PLATFORM_TELEGRAM);
  EXPECT_EQ(reply.conversation().id(), "chat-1");
  EXPECT_EQ(reply.conversation().kind(), v1::CONVERSATION_KIND_GROUP);
  EXPECT_EQ(reply.user_id(), "u-1");
  EXPECT_EQ(reply.language(), "ru");
  EXPECT_EQ(reply.text(), "Встречи: …");
  EXPECT_EQ(reply.kind(), v1::OUTBOUND_KIND_SCHEDULE_LISTING);
  EXPECT_EQ(reply.source_event_id(), "e-pm-9");
  EXPECT_EQ(reply.reply_to_message_id(), "pm-9");
  EXPECT_EQ(google::protobuf::util::TimeUtil::TimestampToSeconds(reply.created_at()),
            1'800'000'000);
}

TEST(RemindersAnswerTest, EachCommandGetsTheAnswerThatSaysWhatIsNowOff) {
  RemindersCommand off_all{RemindersCommand::Action::kOff, true, true};
  RemindersCommand off_meetings{RemindersCommand::Action::kOff, false, true};
  RemindersCommand off_follow_ups{RemindersCommand::Action::kOff, true, false};
  EXPECT_EQ(RemindersAnswer(off_all), i18n::MessageId::kRemindersOff);
  EXPECT_EQ(RemindersAnswer(off_meetings), i18n::MessageId::kRemindersOffMeetings);
  EXPECT_EQ(RemindersAnswer(off_follow_ups), i18n::MessageId::kRemindersOffFollowUps);
  EXPECT_EQ(RemindersAnswer({RemindersCommand::Action::kOn, true, true}),
            i18n::MessageId::kRemindersOn);
  EXPECT_EQ(RemindersAnswer({RemindersCommand::Action::kUsage, true, true}),
            i18n::MessageId::kRemindersUsage);
}

}  // namespace
}  // namespace chatfleet::workers
