#include "workers/personalization/personalizer.h"

#include <gtest/gtest.h>

#include "tests/workers/message_builders.h"

namespace chatfleet::workers {
namespace {

TEST(PersonalizerTest, CreatesAProfileWithBotDefaultsOnTheFirstMessage) {
  const auto event = UserEvent("u-1", "Иван", "Привет! Можно записаться на завтра?");
  PersonalizationSnapshot snapshot;
  snapshot.bot_defaults[{"acme", "elena"}] = {"Alfred-style butler", std::nullopt, "Europe/Moscow"};
  const auto result = Personalize({&event}, {true}, snapshot, {});
  ASSERT_TRUE(result.events[0]);
  EXPECT_EQ(result.events[0]->profile.persona, "Alfred-style butler");
  EXPECT_EQ(result.events[0]->profile.timezone, "Europe/Moscow");
  EXPECT_EQ(result.events[0]->profile.language, "ru");
  EXPECT_EQ(result.events[0]->language.language, "ru");
  EXPECT_EQ(result.row_languages[0], "ru");
  ASSERT_EQ(result.effects.profiles.size(), 1u);
  EXPECT_EQ(result.effects.profiles.begin()->second.display_name, "Иван");
}

TEST(PersonalizerTest, AShortOkDoesNotFlipARussianSpeaker) {
  const auto event = UserEvent("u-1", "Иван", "ok");
  PersonalizationSnapshot snapshot;
  snapshot.profiles[ProfileKeyOf(event)] = {"Иван", "p", "ru", "UTC", "2026-11-01T00:00:00Z"};
  const auto result = Personalize({&event}, {true}, snapshot, {});
  EXPECT_EQ(result.events[0]->language.language, "ru");
  EXPECT_EQ(result.events[0]->language.source, v1::LANGUAGE_SOURCE_PROFILE);
  EXPECT_TRUE(result.effects.profiles.empty()) << "nothing changed";
}

TEST(PersonalizerTest, AConfidentSentenceSwitchesAndTheNameFollowsTheLatestMessage) {
  const auto first = UserEvent("u-1", "Ivan", "ok", "m-1");
  const auto second = UserEvent("u-1", "Ivan (away)",
                                "Could we please continue this conversation in English?", "m-2");
  PersonalizationSnapshot snapshot;
  snapshot.profiles[ProfileKeyOf(first)] = {"Иван", "p", "ru", "UTC", "2026-11-01T00:00:00Z"};
  const auto result = Personalize({&first, &second}, {true, true}, snapshot, {});
  EXPECT_EQ(result.events[0]->language.language, "ru");
  EXPECT_EQ(result.events[1]->language.language, "en");
  EXPECT_EQ(result.events[1]->language.source, v1::LANGUAGE_SOURCE_DETECTED);
  const auto& stored = result.effects.profiles.at(ProfileKeyOf(first));
  EXPECT_EQ(stored.language, "en");
  EXPECT_EQ(stored.display_name, "Ivan (away)");
}

// DESIGN: profile → conversation → history → detection. A language the user chose is the
// profile's in the strongest sense: no detection of what they write replaces it.
TEST(PersonalizerTest, AnExplicitChoiceWinsOverAConfidentDetection) {
  const auto event =
      UserEvent("u-1", "Ivan", "Could we please continue this conversation in English?", "m-1");
  PersonalizationSnapshot snapshot;
  Profile chosen{"Ivan", "p", "ru", "UTC", "2026-11-01T00:00:00Z"};
  chosen.language_explicit = true;
  snapshot.profiles[ProfileKeyOf(event)] = chosen;
  const auto result = Personalize({&event}, {true}, snapshot, {});
  EXPECT_EQ(result.events[0]->language.language, "ru");
  EXPECT_EQ(result.events[0]->language.source, v1::LANGUAGE_SOURCE_CHOSEN);
  EXPECT_EQ(result.row_languages[0], "ru");
  EXPECT_TRUE(result.effects.profiles.empty()) << "the choice is not relearned";
}

TEST(PersonalizerTest, SlashLanguageSetsTheChoiceFromThatMessageOn) {
  const auto first = UserEvent("u-1", "Ivan", "Привет, как дела у вас сегодня?", "m-1");
  const auto choose = UserEvent("u-1", "Ivan", "/language@clinic_bot es", "m-2");
  const auto english =
      UserEvent("u-1", "Ivan", "I need to reschedule my visit to next week", "m-3");
  const auto invalid = UserEvent("u-1", "Ivan", "/language klingon", "m-4");
  const auto portuguese = UserEvent("u-1", "Ivan", "  /language pt-BR", "m-5");
  const auto automatic = UserEvent("u-1", "Ivan", "/language auto", "m-6");
  const auto again = UserEvent("u-1", "Ivan", "I need to reschedule my visit to next week", "m-7");
  const auto result =
      Personalize({&first, &choose, &english, &invalid, &portuguese, &automatic, &again},
                  std::vector<bool>(7, true), {}, {});
  const auto language = [&](std::size_t i) { return result.events[i]->language; };
  EXPECT_EQ(language(0).language, "ru") << "learned from the first message";
  EXPECT_EQ(language(1).language, "es") << "the command's own context is in the new language";
  EXPECT_EQ(language(1).source, v1::LANGUAGE_SOURCE_CHOSEN);
  EXPECT_EQ(result.events[1]->profile.language, "es");
  EXPECT_EQ(language(2).language, "es") << "a confident English sentence does not undo it";
  EXPECT_EQ(language(3).language, "es") << "an unknown code changes nothing";
  ASSERT_EQ(result.ignored_language_commands.size(), 1u);
  EXPECT_EQ(result.ignored_language_commands[0].index, 3u);
  EXPECT_EQ(result.ignored_language_commands[0].language, "klingon");
  EXPECT_EQ(language(4).language, "pt");
  EXPECT_EQ(language(5).language, "pt") << "auto keeps the language until evidence says else";
  EXPECT_EQ(language(6).language, "en") << "after auto, detection decides again";
  EXPECT_EQ(language(6).source, v1::LANGUAGE_SOURCE_DETECTED);
  const auto& stored = result.effects.profiles.at(ProfileKeyOf(first));
  EXPECT_EQ(stored.language, "en");
  EXPECT_FALSE(stored.language_explicit);
}

TEST(PersonalizerTest, TheLastChoiceOfABatchIsWhatTheProfileKeeps) {
  const auto choose = UserEvent("u-1", "Ivan", "/language he", "m-1");
  const auto result = Personalize({&choose}, {true}, {}, {});
  const auto& stored = result.effects.profiles.at(ProfileKeyOf(choose));
  EXPECT_EQ(stored.language, "he");
  EXPECT_TRUE(stored.language_explicit);
  EXPECT_EQ(result.row_languages[0], "he");
}

TEST(LanguageCommandTest, ReadsTheCommandAndOnlyIt) {
  using Kind = LanguageCommand::Kind;
  struct Case {
    const char* text;
    Kind kind;
    const char* language;
  };
  const Case cases[] = {
      {"/language es", Kind::kChoose, "es"},
      {"/language@clinic_bot RU", Kind::kChoose, "ru"},
      {"\n /language   iw \n", Kind::kChoose, "he"},
      {"/language pt_BR", Kind::kChoose, "pt"},
      {"/language auto", Kind::kAuto, ""},
      {"/language", Kind::kInvalid, ""},
      {"/language@clinic_bot", Kind::kInvalid, ""},
      {"/language de", Kind::kInvalid, "de"},
      {"/language es please", Kind::kInvalid, "es please"},
      {"/languages", Kind::kNone, ""},
      {"tell me about /language es", Kind::kNone, ""},
      {"hola", Kind::kNone, ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const auto command = ParseLanguageCommand(c.text);
    EXPECT_EQ(command.kind, c.kind);
    EXPECT_EQ(command.language, c.language);
  }
}

TEST(PersonalizerTest, ADisabledStageLeavesTheEventAlone) {
  const auto event = UserEvent("u-1", "Ivan", "Hello there, how are you doing today?");
  const auto result = Personalize({&event}, {false}, {}, {});
  EXPECT_FALSE(result.events[0]);
  EXPECT_FALSE(result.row_languages[0]);
  EXPECT_TRUE(result.effects.profiles.empty());
  EXPECT_TRUE(result.effects.conversation_languages.empty());
}

TEST(ResolveLanguageTest, FollowsTheChain) {
  const Detection weak{"es", false};
  EXPECT_EQ(ResolveLanguage(weak, "ru", "en", "pt", "en").language, "ru");
  EXPECT_EQ(ResolveLanguage(weak, std::nullopt, "en", "pt", "en").source,
            v1::LANGUAGE_SOURCE_CONVERSATION);
  EXPECT_EQ(ResolveLanguage(weak, std::nullopt, std::nullopt, "pt", "en").language, "pt");
  EXPECT_EQ(ResolveLanguage(weak, std::nullopt, std::nullopt, std::nullopt, "en").language, "es");
  EXPECT_EQ(ResolveLanguage({}, std::nullopt, std::nullopt, std::nullopt, "he").source,
            v1::LANGUAGE_SOURCE_DEFAULT);
  EXPECT_EQ(ResolveLanguage({"en", true}, "ru", "ru", "ru", "ru").language, "en")
      << "a learned language yields to a confident detection";
  const auto chosen = ResolveLanguage({"en", true}, "ru", "en", "en", "en", true);
  EXPECT_EQ(chosen.language, "ru") << "a chosen one does not";
  EXPECT_EQ(chosen.source, v1::LANGUAGE_SOURCE_CHOSEN);
  EXPECT_EQ(ResolveLanguage(weak, std::nullopt, "en", "pt", "en", true).source,
            v1::LANGUAGE_SOURCE_CONVERSATION)
      << "no chosen language: the chain as before";
}

}  // namespace
}  // namespace chatfleet::workers
