// A user's timezone: what they say (`/timezone`, "I'm in Lisbon time" in four languages), what
// the event carries, and a guess from a WhatsApp number — each replacing only weaker ones.
#include "workers/personalization/timezone_choice.h"

#include <gtest/gtest.h>

#include "workers/personalization/personalizer.h"

namespace chatfleet::workers {
namespace {

std::string ZoneIn(std::string_view text) {
  const auto statement = FindTimezoneStatement(text);
  return statement ? statement->zone : "-";
}

TEST(TimezoneStatementTest, CommandsNameAZoneOrACity) {
  const auto zone = FindTimezoneStatement("/timezone Europe/Lisbon");
  ASSERT_TRUE(zone);
  EXPECT_TRUE(zone->command);
  EXPECT_EQ(zone->zone, "Europe/Lisbon");
  EXPECT_EQ(ZoneIn("/timezone@my_bot São Paulo"), "America/Sao_Paulo");
  const auto unknown = FindTimezoneStatement("/timezone Narnia/Cair_Paravel");
  ASSERT_TRUE(unknown);
  EXPECT_TRUE(unknown->zone.empty());
  EXPECT_EQ(unknown->named, "Narnia/Cair_Paravel");
}

TEST(TimezoneStatementTest, SentencesInFourLanguages) {
  EXPECT_EQ(ZoneIn("I'm in Lisbon time now"), "Europe/Lisbon");
  EXPECT_EQ(ZoneIn("Я в Москве до пятницы"), "Europe/Moscow");
  EXPECT_EQ(ZoneIn("estoy en Ciudad de México esta semana"), "America/Mexico_City");
  EXPECT_EQ(ZoneIn("Estou em São Paulo"), "America/Sao_Paulo");
  EXPECT_EQ(ZoneIn("my timezone is UTC"), "UTC");
}

TEST(TimezoneStatementTest, APlaceWeDoNotKnowOrNoPlaceIsNoStatement) {
  EXPECT_EQ(ZoneIn("I'm in a meeting, call you later"), "-");
  EXPECT_EQ(ZoneIn("estoy en casa"), "-");
  EXPECT_EQ(ZoneIn("я в шоке"), "-");
  EXPECT_EQ(ZoneIn("Lisbon is lovely"), "-") << "a place without a statement about the user";
}

TEST(PhoneGuessTest, OnlyCountriesWithOneZone) {
  EXPECT_EQ(GuessZoneFromPhoneNumber("4915112345678"), "Europe/Berlin");
  EXPECT_EQ(GuessZoneFromPhoneNumber("972501234567"), "Asia/Jerusalem");
  EXPECT_EQ(GuessZoneFromPhoneNumber("380501234567"), "Europe/Kyiv");
  EXPECT_FALSE(GuessZoneFromPhoneNumber("14155550123")) << "the US has several";
  EXPECT_FALSE(GuessZoneFromPhoneNumber("79161234567")) << "Russia has several";
  EXPECT_FALSE(GuessZoneFromPhoneNumber("351912345678")) << "Portugal has the Azores";
  EXPECT_FALSE(GuessZoneFromPhoneNumber("user-42"));
}

v1::ChatEvent WhatsAppMessage(const std::string& text) {
  v1::ChatEvent event;
  event.set_tenant("acme");
  event.set_bot("elena");
  event.set_platform(v1::PLATFORM_WHATSAPP);
  event.mutable_conversation()->set_id("4915112345678");
  event.mutable_sender()->set_user_id("4915112345678");
  event.set_role(v1::ROLE_USER);
  event.set_text(text);
  return event;
}

TEST(PersonalizerTimezoneTest, AGuessGivesWayToTheEventAndBothToTheUsersChoice) {
  // A WhatsApp number from Germany: a guess
  const auto hello = WhatsAppMessage("Hallo!");
  auto tokyo = WhatsAppMessage("hi again");
  tokyo.mutable_sender()->set_timezone("Asia/Tokyo");
  const auto lisbon = WhatsAppMessage("/timezone Europe/Lisbon");
  auto later = WhatsAppMessage("and now?");
  later.mutable_sender()->set_timezone("America/Chicago");
  const auto result =
      Personalize({&hello, &tokyo, &lisbon, &later}, {true, true, true, true}, {}, {});
  EXPECT_EQ(result.events[0]->profile.timezone, "Europe/Berlin");
  EXPECT_EQ(result.events[0]->profile.timezone_source, TimezoneSource::kGuess);
  EXPECT_EQ(result.events[1]->profile.timezone, "Asia/Tokyo");
  EXPECT_EQ(result.events[1]->profile.timezone_source, TimezoneSource::kEvent);
  EXPECT_EQ(result.events[2]->profile.timezone, "Europe/Lisbon");
  EXPECT_EQ(result.events[2]->profile.timezone_source, TimezoneSource::kChosen);
  EXPECT_EQ(result.events[3]->profile.timezone, "Europe/Lisbon") << "the event does not undo it";
  ASSERT_EQ(result.effects.profiles.size(), 1u);
  EXPECT_EQ(result.effects.profiles.begin()->second.timezone, "Europe/Lisbon");
}

}  // namespace
}  // namespace chatfleet::workers
