#include "workers/context/batch_contexts.h"

#include <gtest/gtest.h>

#include "tests/workers/message_builders.h"

namespace chatfleet::workers {
namespace {

TEST(SelectContextTargetsTest, OnlyStoredPersonsMessagesNotAnsweredBeforeGetAContext) {
  const auto person = UserEvent("u-1", "Ivan", "hello", "m-1");
  const auto rejected = UserEvent("u-1", "Ivan", "bad", "m-2");
  auto bot = UserEvent("b-1", "Helper", "I am a bot", "m-3");
  bot.mutable_sender()->set_is_bot(true);
  auto assistant = UserEvent("elena", "", "Hi!", "m-4");
  assistant.set_role(v1::ROLE_ASSISTANT);
  const auto answered = UserEvent("u-2", "Bob", "answered already", "m-5");
  const auto later = UserEvent("u-2", "Bob", "beyond the answered list", "m-6");
  const auto targets = SelectContextTargets(
      {&person, &rejected, &bot, &assistant, &answered, &later},
      {true, false, true, true, true, true}, {false, false, false, false, true});
  EXPECT_EQ(targets.indexes, (std::vector<std::size_t>{0, 5}));
  EXPECT_EQ(targets.events, (std::vector<const v1::ChatEvent*>{&person, &later}));
}

class DraftContextsTest : public ::testing::Test {
 protected:
  DraftContextsTest() {
    first_.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_GROUP);
    second_.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_GROUP);
    const ConversationKey key = ConversationKeyOf(first_);
    history_.windows[key] = {Msg(1, "u-2", "Bob", "hi"), Msg(2, "u-1", "Ivan", "hello"),
                             Msg(3, "u-2", "Bob", "later")};
    history_.summaries[key] = "Bob and Ivan met";
    personal_.events = {PersonalizedEvent{}, std::nullopt};
    personal_.row_languages = {"en", std::nullopt};
    disabled_ = {{}, {"recall"}};
  }

  ContextDrafts Draft(std::vector<bool> recall_on) {
    recall_on_ = std::move(recall_on);
    const std::vector<const v1::ChatEvent*> events = {&first_, &second_};
    return DraftContexts(events, SelectContextTargets(events, {true, true}, {}), history_,
                         {personal_, proactive_, recall_on_, disabled_}, RenderLimits{});
  }

  v1::ChatEvent first_ = UserEvent("u-1", "Ivan", "hello", "m-2");
  v1::ChatEvent second_ = UserEvent("u-2", "Bob", "later", "m-3");
  ConversationHistory history_;
  PersonalizationResult personal_;
  std::vector<std::optional<ProactiveOutcome>> proactive_;
  std::vector<bool> recall_on_;
  std::vector<std::vector<std::string>> disabled_;
};

TEST_F(DraftContextsTest, EachContextIsRenderedFromItsSendersSideUpToItsOwnMessage) {
  const ContextDrafts drafts = Draft({true, true});
  ASSERT_EQ(drafts.parts.size(), 2u);
  ASSERT_EQ(drafts.parts[0].history.size(), 2u) << "Bob's later line is not part of Ivan's";
  EXPECT_EQ(drafts.parts[0].history[1].rendered, "[Ivan] (you): hello");
  ASSERT_EQ(drafts.parts[1].history.size(), 3u);
  EXPECT_EQ(drafts.parts[1].history[0].rendered, "[Bob] (you): hi");
  EXPECT_EQ(drafts.parts[0].summary, "Bob and Ivan met");
  EXPECT_NE(drafts.parts[0].personal, nullptr);
  EXPECT_EQ(drafts.parts[1].personal, nullptr) << "personalization was off for Bob's";
  EXPECT_EQ(drafts.parts[1].disabled_stages, (std::vector<std::string>{"recall"}));
  EXPECT_EQ(drafts.parts[0].proactive, nullptr) << "no proactive outcome: the stage was off";
}

TEST_F(DraftContextsTest, RecallIsAskedForMemoriesFromBeforeEachWindowInTheRowsLanguage) {
  const ContextDrafts drafts = Draft({true, true});
  ASSERT_EQ(drafts.queries.size(), 2u);
  EXPECT_EQ(drafts.query_owner, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(drafts.queries[0].text, "hello");
  EXPECT_EQ(drafts.queries[0].language, "en");
  EXPECT_EQ(drafts.queries[0].before_id, 1) << "the window's first message";
  EXPECT_EQ(drafts.queries[0].stored_ids, std::vector<std::int64_t>{2}) << "its own row";
  EXPECT_EQ(drafts.queries[1].stored_ids, std::vector<std::int64_t>{3});
  EXPECT_EQ(drafts.queries[1].language, "") << "no row language: any";
  EXPECT_EQ(drafts.parts[0].recall_status, v1::RECALL_STATUS_OK);
}

TEST_F(DraftContextsTest, RecallSwitchedOffAsksNothingAndSaysSo) {
  const ContextDrafts drafts = Draft({true, false});
  ASSERT_EQ(drafts.queries.size(), 1u);
  EXPECT_EQ(drafts.query_owner, (std::vector<std::size_t>{0}));
  EXPECT_EQ(drafts.parts[1].recall_status, v1::RECALL_STATUS_DISABLED);
}

TEST_F(DraftContextsTest, AMessageMissingFromItsWindowAsksNoRecall) {
  history_.windows.clear();
  const ContextDrafts drafts = Draft({true, true});
  EXPECT_TRUE(drafts.parts[0].history.empty());
  EXPECT_TRUE(drafts.queries.empty());
  EXPECT_EQ(drafts.parts[0].recall_status, v1::RECALL_STATUS_OK);
}

TEST(ApplyRecallTest, EachContextGetsItsMergedRankingsMemoriesAndStatusCountedPerTenant) {
  // Given three drafts that asked recall, two of them answered by one merged ranking
  const auto acme = UserEvent("u-1", "Ivan", "one", "m-1");
  auto beta = UserEvent("u-2", "Bob", "two", "m-2");
  beta.set_tenant("beta");
  ContextDrafts drafts;
  drafts.parts.resize(3);
  drafts.parts[0].event = &acme;
  drafts.parts[1].event = &acme;
  drafts.parts[2].event = &beta;
  drafts.queries.resize(3);
  drafts.query_owner = {0, 1, 2};
  MergedRecallQueries merged;
  merged.merged_of = {0, 0, 1};
  BatchRecall recalled;
  recalled.memories = {{{v1::Memory::KIND_MESSAGE, "my dog is Rex", 0.5, "Ivan", "m-0", ""}}, {}};
  recalled.status = {v1::RECALL_STATUS_OK, v1::RECALL_STATUS_TIMED_OUT};
  // When the rankings are applied
  const RecallCount count = ApplyRecall(merged, recalled, drafts);
  // Then the shared ranking's memories go to both, the timed out one to neither
  ASSERT_EQ(drafts.parts[1].memories.size(), 1u);
  EXPECT_EQ(drafts.parts[1].memories[0].text, "my dog is Rex");
  EXPECT_EQ(drafts.parts[0].recall_status, v1::RECALL_STATUS_OK);
  EXPECT_EQ(drafts.parts[2].recall_status, v1::RECALL_STATUS_TIMED_OUT);
  EXPECT_TRUE(drafts.parts[2].memories.empty());
  EXPECT_EQ(count.timed_out, 1u);
  EXPECT_EQ(count.failed, 0u);
  EXPECT_EQ(count.tally.tenants().at("acme").rankings, 2u);
  EXPECT_EQ(count.tally.tenants().at("acme").fallbacks, 0u);
  EXPECT_EQ(count.tally.tenants().at("beta").fallbacks, 1u);
}

}  // namespace
}  // namespace chatfleet::workers
