#include "workers/proactive/proactive_inputs.h"

#include <gtest/gtest.h>

#include "tests/workers/message_builders.h"

namespace chatfleet::workers {
namespace {

IntakeEvent Intake(v1::ChatEvent event, std::int64_t offset) {
  return IntakeEvent{std::move(event), trace::TraceContext::NewRoot(), "chat.events", 3, offset};
}

TEST(ProactiveInputsTest, APersonsMessageIsPlannedInItsReplyLanguageZoneAndPosition) {
  const IntakeEvent event = Intake(UserEvent("u-1", "Ivan", "hello"), 42);
  PersonalizationResult personal;
  PersonalizedEvent resolved;
  resolved.language.language = "ru";
  resolved.profile.timezone = "Europe/Moscow";
  personal.events = {resolved};
  personal.row_languages = {"en"};
  const auto planned = ProactiveInputsOf({&event}, FeatureFlags({}), {false}, personal, {});
  ASSERT_EQ(planned.inputs.size(), 1u);
  const ProactiveInput& input = planned.inputs[0];
  EXPECT_EQ(input.event, &event.event);
  EXPECT_TRUE(input.enabled);
  EXPECT_EQ(input.language, "ru") << "the reply language, not the row's";
  EXPECT_EQ(input.timezone, "Europe/Moscow");
  EXPECT_EQ(input.partition, 3);
  EXPECT_EQ(input.offset, 42);
  EXPECT_EQ(input.traceparent, event.trace.Traceparent());
  EXPECT_TRUE(planned.switched_off.empty());
}

TEST(ProactiveInputsTest, WithoutPersonalizationTheRowLanguageAndTheDefaultsServe) {
  const IntakeEvent known = Intake(UserEvent("u-1", "Ivan", "hola"), 1);
  const IntakeEvent unknown = Intake(UserEvent("u-2", "Bob", "?"), 2);
  PersonalizationResult personal;
  personal.events = {std::nullopt, std::nullopt};
  personal.row_languages = {"es", std::nullopt};
  PersonalizationDefaults defaults;
  defaults.language = "pt";
  defaults.timezone = "America/Sao_Paulo";
  const auto planned =
      ProactiveInputsOf({&known, &unknown}, FeatureFlags({}), {false, false}, personal, defaults);
  EXPECT_EQ(planned.inputs[0].language, "es");
  EXPECT_EQ(planned.inputs[1].language, "pt");
  EXPECT_EQ(planned.inputs[0].timezone, "America/Sao_Paulo");
}

TEST(ProactiveInputsTest, AnAnsweredMessageAndASwitchedOffOneAreNotPlanned) {
  const IntakeEvent answered = Intake(UserEvent("u-1", "Ivan", "again"), 1);
  const IntakeEvent off = Intake(UserEvent("u-2", "Bob", "hello"), 2);
  const FeatureFlags flags({{Feature::kProactive, {true, 0}}});
  PersonalizationResult personal;
  personal.events = {std::nullopt, std::nullopt};
  personal.row_languages = {std::nullopt, std::nullopt};
  const auto planned = ProactiveInputsOf({&answered, &off}, flags, {true, false}, personal, {});
  EXPECT_FALSE(planned.inputs[0].enabled);
  EXPECT_FALSE(planned.inputs[1].enabled);
  EXPECT_EQ(planned.switched_off, std::vector<std::size_t>{1})
      << "only the flag's decision shows in the context's disabled stages";
}

TEST(ProactiveInputsTest, ABotsMessageCarriesOnlyItsEvent) {
  auto bot = UserEvent("elena", "", "Hi!");
  bot.set_role(v1::ROLE_ASSISTANT);
  const IntakeEvent event = Intake(bot, 5);
  PersonalizationResult personal;
  personal.events = {std::nullopt};
  personal.row_languages = {std::nullopt};
  const FeatureFlags off({{Feature::kProactive, {false, 100}}});
  const auto planned = ProactiveInputsOf({&event}, off, {false}, personal, {});
  EXPECT_EQ(planned.inputs[0].event, &event.event);
  EXPECT_EQ(planned.inputs[0].offset, -1);
  EXPECT_TRUE(planned.switched_off.empty());
}

}  // namespace
}  // namespace chatfleet::workers
