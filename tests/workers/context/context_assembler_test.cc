#include "workers/context/context_assembler.h"

#include <gtest/gtest.h>

#include "tests/workers/message_builders.h"
#include "workers/memory/history_renderer.h"

namespace chatfleet::workers {
namespace {

TEST(ContextAssemblerTest, TheIdIsDerivedFromTheEventAndTheFieldsAreFilled) {
  HistoryRenderer renderer;  // holds the lines the history shows
  auto event = UserEvent("u-1", "Ivan", "hello", "m-2");
  event.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_GROUP);
  const std::vector<StoredMessage> window = {Msg(1, "u-2", "Bob", "hi"),
                                             Msg(2, "u-1", "Ivan", "hello"),
                                             Msg(3, "u-2", "Bob", "later message")};
  const auto history = HistoryUpTo(window, "m-2");
  ASSERT_EQ(history.size(), 2u) << "messages after the event are not part of its context";
  ContextParts parts;
  parts.event = &event;
  parts.history = renderer.Render(history, "u-1", true, {});
  parts.summary = "Bob: earlier";
  const PersonalizedEvent personal{{"Ivan", "butler", "en", "UTC", "2026-11-01T00:00:00Z"},
                                   {"en", v1::LANGUAGE_SOURCE_PROFILE},
                                   {"en", v1::LANGUAGE_SOURCE_PROFILE}};
  parts.personal = &personal;
  parts.memories = {
      {v1::Memory::KIND_MESSAGE, "my dog is Rex", 0.5, "Ivan", "m-0", "2026-11-20T10:00:00Z"}};
  parts.recall_status = v1::RECALL_STATUS_OK;
  const auto context = AssembleContext(parts, std::chrono::system_clock::now());
  EXPECT_EQ(context.context_id(), "ctx-e-m-2");
  EXPECT_EQ(context.context_id(),
            AssembleContext(parts, std::chrono::system_clock::now()).context_id());
  ASSERT_EQ(context.recent_history_size(), 2);
  EXPECT_EQ(context.recent_history(0).rendered(), "[Bob]: hi");
  EXPECT_EQ(context.recent_history(1).rendered(), "[Ivan] (you): hello");
  EXPECT_EQ(context.recent_history(1).content(), "hello");
  EXPECT_TRUE(context.recent_history(1).from_current_user());
  EXPECT_EQ(context.profile().persona(), "butler");
  EXPECT_EQ(context.reply_language(), "en");
  EXPECT_EQ(context.memories(0).text(), "my dog is Rex");
  EXPECT_EQ(context.conversation_summary(), "Bob: earlier");
}

}  // namespace
}  // namespace chatfleet::workers
