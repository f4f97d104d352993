// Bot commands are recognized with Telegram's "@bot" suffix and never inside a sentence.
#include "workers/conversation/bot_command.h"

#include <gtest/gtest.h>

namespace chatfleet::workers {
namespace {

TEST(CommandArgumentTest, FindsTheCommandAndItsArgumentOnly) {
  EXPECT_EQ(CommandArgument("/reminders off", "/reminders"), "off");
  EXPECT_EQ(CommandArgument("  /reminders@my_bot  off meetings ", "/reminders"), "off meetings");
  EXPECT_EQ(CommandArgument("/schedule", "/schedule"), "");
  EXPECT_FALSE(CommandArgument("/schedules", "/schedule"));
  EXPECT_FALSE(CommandArgument("please /schedule", "/schedule"));
}

}  // namespace
}  // namespace chatfleet::workers
