#include "workers/context/context_encoder.h"

#include <google/protobuf/util/time_util.h>
#include <gtest/gtest.h>

#include "tests/workers/message_builders.h"
#include "workers/context/context_assembler.h"
#include "workers/memory/history_renderer.h"

namespace chatfleet::workers {
namespace {

TEST(ContextEncoderTest, TheBytesAreTheAssembledContextAndTimesParse) {
  HistoryRenderer renderer;  // holds the lines the history shows
  auto event = UserEvent("u-1", "Ivan", "hello", "m-2");
  event.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_GROUP);
  std::vector<StoredMessage> window = {Msg(1, "u-2", "Bob", "hi"), Msg(2, "u-1", "Ivan", "hello")};
  window[0].sent_at = "2024-02-29T23:59:59Z";           // the stored rows' form
  window[1].sent_at = "2026-11-22T10:00:00.250+01:00";  // any other RFC 3339 form
  ContextParts parts;
  parts.event = &event;
  parts.history = renderer.Render(window, "u-1", true, {});
  const PersonalizedEvent personal{{"Ivan", "butler", "en", "UTC", "2026-11-01T00:00:00Z"},
                                   {"en", v1::LANGUAGE_SOURCE_PROFILE},
                                   {"en", v1::LANGUAGE_SOURCE_PROFILE}};
  parts.personal = &personal;
  parts.memories = {{v1::Memory::KIND_MESSAGE, "my dog is Rex", 0.5, "Ivan", "m-0", "not a time"}};
  const auto now = std::chrono::system_clock::now();
  ContextEncoder encoder;
  const std::string bytes = encoder.Encode(parts, now);
  EXPECT_EQ(bytes, AssembleContext(parts, now).SerializeAsString());

  v1::ConversationContext context;
  ASSERT_TRUE(context.ParseFromString(bytes));
  ASSERT_EQ(context.recent_history_size(), 2);
  EXPECT_EQ(context.recent_history(0).rendered(), "[Bob]: hi");
  google::protobuf::Timestamp expected;
  ASSERT_TRUE(google::protobuf::util::TimeUtil::FromString("2024-02-29T23:59:59Z", &expected));
  EXPECT_EQ(context.recent_history(0).sent_at().seconds(), expected.seconds());
  EXPECT_EQ(context.recent_history(0).sent_at().nanos(), 0);
  ASSERT_TRUE(
      google::protobuf::util::TimeUtil::FromString("2026-11-22T10:00:00.250+01:00", &expected));
  EXPECT_EQ(context.recent_history(1).sent_at().seconds(), expected.seconds());
  EXPECT_EQ(context.recent_history(1).sent_at().nanos(), 250'000'000);
  EXPECT_EQ(context.memories(0).sent_at().seconds(), 0) << "an unreadable time stays unset";
  EXPECT_EQ(context.profile().persona(), "butler");
}

TEST(ContextEncoderTest, AnEntryEncodedForOneSideIsNeverReusedForTheOther) {
  HistoryRenderer renderer;  // holds the lines the history shows
  // Bob's "hi" is "[Bob]: hi" in Ivan's context and "[Bob] (you): hi" in Bob's; the same encoder,
  // as for one batch, encodes both contexts of the burst.
  auto ivan = UserEvent("u-1", "Ivan", "hello", "m-2");
  auto bob = UserEvent("u-2", "Bob", "later", "m-3");
  ivan.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_GROUP);
  bob.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_GROUP);
  const std::vector<StoredMessage> window = {
      Msg(1, "u-2", "Bob", "hi"), Msg(2, "u-1", "Ivan", "hello"), Msg(3, "u-2", "Bob", "later")};
  ContextParts for_ivan;
  for_ivan.event = &ivan;
  for_ivan.history = renderer.Render(HistoryViewUpTo(window, "m-2"), "u-1", true, {});
  for_ivan.memories = {{v1::Memory::KIND_MESSAGE, "my dog is Rex", 0.5, "Ivan", "m-0", ""}};
  ContextParts for_bob;
  for_bob.event = &bob;
  for_bob.history = renderer.Render(HistoryViewUpTo(window, "m-3"), "u-2", true, {});
  const auto now = std::chrono::system_clock::now();
  ContextEncoder encoder;
  for (int round = 0; round < 2; ++round) {  // the second round reads every entry encoded
    EXPECT_EQ(encoder.Encode(for_ivan, now), AssembleContext(for_ivan, now).SerializeAsString());
    const std::string bytes = encoder.Encode(for_bob, now);
    EXPECT_EQ(bytes, AssembleContext(for_bob, now).SerializeAsString());
    v1::ConversationContext context;
    ASSERT_TRUE(context.ParseFromString(bytes));
    ASSERT_EQ(context.recent_history_size(), 3);
    EXPECT_EQ(context.recent_history(0).rendered(), "[Bob] (you): hi");
    EXPECT_TRUE(context.recent_history(0).from_current_user());
    EXPECT_EQ(context.recent_history(1).rendered(), "[Ivan]: hello");
    EXPECT_EQ(context.memories_size(), 0) << "nothing of Ivan's context is left in Bob's";
  }
}

}  // namespace
}  // namespace chatfleet::workers
