// The reply language and the profile's language as the context shows them: each case is a way
// the chain used to go wrong on short chat lines.
#include <gtest/gtest.h>

#include "tests/workers/message_builders.h"
#include "workers/context/context_assembler.h"
#include "workers/personalization/language_detector.h"
#include "workers/personalization/personalizer.h"

namespace chatfleet::workers {
namespace {

// A user whose earlier messages were all in `language` (learned, not chosen).
PersonalizationSnapshot EstablishedIn(const v1::ChatEvent& event, const std::string& language) {
  PersonalizationSnapshot snapshot;
  snapshot.profiles[ProfileKeyOf(event)] = {"Ana", "p", language, "UTC", "2026-11-01T00:00:00Z"};
  snapshot.conversations[ConversationKeyOf(event)] = {language, language};
  return snapshot;
}

// CLD2 reads this Portuguese line as English with 96 % and "reliable": that used to switch a
// user whose three messages before were Portuguese.
TEST(ReplyLanguageTest, AShortLineCldIsSureOfDoesNotOverrideThePortugueseProfile) {
  for (const std::string text :
       {"o build quebrou de novo", "manda o link do meeting", "o app travou no login"}) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(DetectLanguage(text).confident);
    const auto event = UserEvent("u-1", "", text);
    const auto result = Personalize({&event}, {true}, EstablishedIn(event, "pt"), {});
    EXPECT_EQ(result.events[0]->language.language, "pt");
    EXPECT_EQ(result.events[0]->language.source, v1::LANGUAGE_SOURCE_PROFILE);
    EXPECT_TRUE(result.effects.profiles.empty()) << "the profile is not relearned";
  }
}

TEST(ReplyLanguageTest, ALongSentenceStillSwitchesAUserWhoNeverChose) {
  const auto event = UserEvent(
      "u-1", "", "Sorry, I would rather continue this conversation in English if that is fine");
  const auto result = Personalize({&event}, {true}, EstablishedIn(event, "pt"), {});
  EXPECT_EQ(result.events[0]->language.language, "en");
  EXPECT_EQ(result.events[0]->language.source, v1::LANGUAGE_SOURCE_DETECTED);
  EXPECT_EQ(result.effects.profiles.at(ProfileKeyOf(event)).language, "en");
}

TEST(ReplyLanguageTest, CyrillicWordsAmongLatinOnesAreRussian) {
  for (const std::string text :
       {"скинь screenshot из dashboard", "кинь invite в Zoom", "frontend готов, жду review"}) {
    SCOPED_TRACE(text);
    const Detection detection = DetectLanguage(text);
    EXPECT_EQ(detection.language, "ru");
    EXPECT_FALSE(detection.confident) << "a mixed line moves no established user";
  }
  EXPECT_EQ(DetectLanguage("I met Дмитрий at the conference and we talked for hours").language,
            "en")
      << "one Russian name in an English sentence is English";
}

TEST(ReplyLanguageTest, RussianInLatinLettersIsRussian) {
  for (const std::string text :
       {"uvidimsya, do vstrechi", "privet, kak dela", "spasibo bolshoe", "poka, do zavtra"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(DetectLanguage(text).language, "ru");
    const auto event = UserEvent("u-1", "", text);
    const auto result = Personalize({&event}, {true}, {}, {});
    EXPECT_EQ(result.events[0]->language.language, "ru") << "a new user";
    EXPECT_EQ(result.events[0]->language.source, v1::LANGUAGE_SOURCE_DETECTED_WEAK);
  }
}

TEST(ReplyLanguageTest, ALinkSaysNothingAboutTheLanguage) {
  EXPECT_EQ(DetectLanguage("https://example.com/x/123").language, "");
  EXPECT_EQ(DetectLanguage("olha isso https://example.com/promo").language, "pt");
}

ContextParts PartsFor(const v1::ChatEvent& event, const PersonalizedEvent& personal) {
  ContextParts parts;
  parts.event = &event;
  parts.personal = &personal;
  return parts;
}

// A new user's first message says nothing of a language (an emoji): the context's profile
// shows the default the reply uses, says it is the default, and the table learns nothing yet,
// so their next real sentence still decides.
TEST(ReplyLanguageTest, ANewUsersEmojiShowsTheDefaultLanguageInTheProfile) {
  const auto emoji = UserEvent("u-1", "", "👍", "m-1");
  const auto russian = UserEvent("u-1", "", "привет", "m-2");
  PersonalizationSnapshot snapshot;
  snapshot.now = "2026-12-03T20:00:00Z";
  const auto result = Personalize({&emoji, &russian}, {true, true}, snapshot, {});
  const PersonalizedEvent& first = *result.events[0];
  EXPECT_EQ(first.language.language, "en");
  EXPECT_EQ(first.language.source, v1::LANGUAGE_SOURCE_DEFAULT);
  const auto context = AssembleContext(PartsFor(emoji, first), std::chrono::system_clock::now());
  EXPECT_EQ(context.profile().language(), "en");
  EXPECT_EQ(context.profile().language_source(), v1::LANGUAGE_SOURCE_DEFAULT);
  EXPECT_EQ(result.events[1]->language.language, "ru") << "the default was not learned";
  const auto second =
      AssembleContext(PartsFor(russian, *result.events[1]), std::chrono::system_clock::now());
  EXPECT_EQ(second.profile().language(), "ru");
  EXPECT_EQ(second.profile().language_source(), v1::LANGUAGE_SOURCE_DETECTED_WEAK)
      << "learned from this very message, by a weak detection";
  EXPECT_EQ(result.effects.profiles.at(ProfileKeyOf(emoji)).language, "ru");
}

TEST(ReplyLanguageTest, AProfileCreatedInTheBatchCarriesTheTimeItIsWrittenWith) {
  const auto event = UserEvent("u-1", "", "hello there, can I book a table?");
  PersonalizationSnapshot snapshot;
  snapshot.now = "2026-12-03T20:00:00Z";
  const auto result = Personalize({&event}, {true}, snapshot, {});
  EXPECT_EQ(result.effects.profiles.at(ProfileKeyOf(event)).created_at, snapshot.now)
      << "what the store inserts";
  const auto context =
      AssembleContext(PartsFor(event, *result.events[0]), std::chrono::system_clock::now());
  EXPECT_EQ(context.profile().created_at().seconds(), 1796328000);  // 2026-12-03T20:00:00Z
}

TEST(ReplyLanguageTest, TheProfilesSourceSaysChosenOrLearned) {
  const auto event = UserEvent("u-1", "", "ok");
  auto snapshot = EstablishedIn(event, "es");
  const auto learned = Personalize({&event}, {true}, snapshot, {});
  EXPECT_EQ(learned.events[0]->profile_language.language, "es");
  EXPECT_EQ(learned.events[0]->profile_language.source, v1::LANGUAGE_SOURCE_PROFILE);
  snapshot.profiles.begin()->second.language_explicit = true;
  const auto chosen = Personalize({&event}, {true}, snapshot, {});
  EXPECT_EQ(chosen.events[0]->profile_language.source, v1::LANGUAGE_SOURCE_CHOSEN);
}

}  // namespace
}  // namespace chatfleet::workers
