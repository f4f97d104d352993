// /schedule formatted for a phone screen, in the user's language only.
#include "shared/i18n/schedule_listing.h"

#include <gtest/gtest.h>

namespace chatfleet::i18n {
namespace {

using namespace std::chrono;

constexpr local_days kToday{year{2026} / March / 11};  // a Wednesday

local_seconds At(local_days day, int hour, int minute = 0) {
  return local_seconds{day} + hours{hour} + minutes{minute};
}

std::vector<ScheduleEntry> FourMeetings() {
  return {
      {"Dentist", At(kToday + days{6}, 9), std::nullopt},
      {"Team meeting", At(kToday, 15), At(kToday, 16)},
      {"1-on-1 with the new head of product engineering", At(kToday + days{1}, 10), std::nullopt},
      {"Standup", At(kToday + days{1}, 9, 30), At(kToday + days{1}, 9, 45)}};
}

TEST(ScheduleListing, GroupsByDayInEnglishWithTwelveHourTimes) {
  const MessageCatalog catalog;
  EXPECT_EQ(FormatScheduleListing(catalog, "en", FourMeetings(), kToday),
            "📅 Your upcoming meetings\n"
            "\n"
            "Today\n"
            "• 3:00 PM–4:00 PM Team meeting\n"
            "\n"
            "Tomorrow\n"
            "• 9:30 AM–9:45 AM Standup\n"
            "• 10:00 AM 1-on-1 with the new head…\n"
            "\n"
            "Tue, Mar 17\n"
            "• 9:00 AM Dentist");
}

TEST(ScheduleListing, RussianUsesTwentyFourHourTimesAndRussianDates) {
  const MessageCatalog catalog;
  std::vector<ScheduleEntry> entries = {
      {"Созвон", At(kToday + days{2}, 16, 30), std::nullopt},
      {"Врач", At(kToday + days{1}, 9), At(kToday + days{1}, 10)}};
  EXPECT_EQ(FormatScheduleListing(catalog, "ru", entries, kToday),
            "📅 Ваши ближайшие встречи\n"
            "\n"
            "Завтра\n"
            "• 09:00–10:00 Врач\n"
            "\n"
            "пт, 13 мар\n"
            "• 16:30 Созвон");
}

TEST(ScheduleListing, EmptyAndOverflow) {
  const MessageCatalog catalog;
  EXPECT_EQ(FormatScheduleListing(catalog, "pt", {}, kToday), "Você não tem reuniões agendadas.");
  const std::string listing =
      FormatScheduleListing(catalog, "es", FourMeetings(), kToday, {.max_entries = 2});
  EXPECT_TRUE(listing.ends_with("\n\n…y 2 más")) << listing;
  EXPECT_NE(listing.find("Hoy\n• 15:00–16:00 Team meeting"), std::string::npos) << listing;
}

TEST(ScheduleListing, ATitleCannotBreakTheLayout) {
  const MessageCatalog catalog;
  const std::string listing = FormatScheduleListing(
      catalog, "he", {{"line one\nline two", At(kToday, 18), std::nullopt}}, kToday);
  EXPECT_EQ(listing, "📅 הפגישות הקרובות שלך\n\nהיום\n• 18:00 line one line two");
}

}  // namespace
}  // namespace chatfleet::i18n
