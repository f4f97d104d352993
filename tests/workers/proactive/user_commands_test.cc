// `/reminders off|on [followups|meetings]`: what it turns off or on.
#include "workers/proactive/user_commands.h"

#include <gtest/gtest.h>

namespace chatfleet::workers {
namespace {

using Action = RemindersCommand::Action;

TEST(RemindersCommandTest, TurnsKindsOffAndOn) {
  const auto off = ParseRemindersCommand("/reminders off");
  ASSERT_TRUE(off);
  EXPECT_EQ(off->action, Action::kOff);
  const auto all = off->Apply({});
  EXPECT_EQ(all,
            (std::set<std::string>{"completion", "followup", "followup_greeting", "preparation"}));
  const auto follow_ups_on = ParseRemindersCommand("/reminders ON followups");
  ASSERT_TRUE(follow_ups_on);
  EXPECT_EQ(follow_ups_on->Apply(all),
            (std::set<std::string>{"completion", "followup_greeting", "preparation"}));
  const auto meetings_off = ParseRemindersCommand("/reminders off meetings");
  ASSERT_TRUE(meetings_off);
  EXPECT_EQ(meetings_off->Apply({}),
            (std::set<std::string>{"completion", "followup_greeting", "preparation"}));
  EXPECT_EQ(ParseRemindersCommand("/reminders on")->Apply(all), std::set<std::string>{});
}

TEST(RemindersCommandTest, AnythingElseAsksForUsageAndChangesNothing) {
  for (const char* text : {"/reminders", "/reminders maybe", "/reminders off forever"}) {
    const auto command = ParseRemindersCommand(text);
    ASSERT_TRUE(command) << text;
    EXPECT_EQ(command->action, Action::kUsage) << text;
    EXPECT_EQ(command->Apply({"followup"}), std::set<std::string>{"followup"}) << text;
  }
  EXPECT_FALSE(ParseRemindersCommand("turn the reminders off"));
}

}  // namespace
}  // namespace chatfleet::workers
