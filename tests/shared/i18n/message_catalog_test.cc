// Pure tests of the message catalog: plural forms, durations, one language per message, and
// the English fallback that is counted.
#include "shared/i18n/message_catalog.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "shared/i18n/plural.h"

namespace chatfleet::i18n {
namespace {

using std::chrono::minutes;
constexpr Locale kAll[] = {Locale::kEn, Locale::kRu, Locale::kEs, Locale::kPt, Locale::kHe};

TEST(Plural, RussianOneFewMany) {
  const auto ru = [](long n) { return PluralCategoryFor(Locale::kRu, {n}); };
  EXPECT_EQ(ru(1), PluralCategory::kOne);
  EXPECT_EQ(ru(21), PluralCategory::kOne);
  EXPECT_EQ(ru(11), PluralCategory::kMany);
  EXPECT_EQ(ru(2), PluralCategory::kFew);
  EXPECT_EQ(ru(24), PluralCategory::kFew);
  EXPECT_EQ(ru(12), PluralCategory::kMany);
  EXPECT_EQ(ru(5), PluralCategory::kMany);
  EXPECT_EQ(ru(0), PluralCategory::kMany);
  EXPECT_EQ(PluralCategoryFor(Locale::kRu, {1, 5, true}), PluralCategory::kOther);
}

TEST(Plural, HebrewHasADualAndPortugueseCountsOneAndAHalfAsOne) {
  EXPECT_EQ(PluralCategoryFor(Locale::kHe, {2}), PluralCategory::kTwo);
  EXPECT_EQ(PluralCategoryFor(Locale::kHe, {3}), PluralCategory::kOther);
  EXPECT_EQ(PluralCategoryFor(Locale::kPt, {1, 5, true}), PluralCategory::kOne);
  EXPECT_EQ(PluralCategoryFor(Locale::kEn, {1, 5, true}), PluralCategory::kOther);
}

TEST(FormatDuration, UsesPluralFormsAndTheLocalesDecimalSeparator) {
  EXPECT_EQ(FormatDuration(Locale::kEn, minutes{90}), "1.5 hours");
  EXPECT_EQ(FormatDuration(Locale::kEn, minutes{60}), "1 hour");
  EXPECT_EQ(FormatDuration(Locale::kEn, minutes{15}), "15 minutes");
  EXPECT_EQ(FormatDuration(Locale::kEn, minutes{80}), "1 hour 20 minutes");
  EXPECT_EQ(FormatDuration(Locale::kRu, minutes{90}), "1,5 часа");
  EXPECT_EQ(FormatDuration(Locale::kRu, minutes{120}), "2 часа");
  EXPECT_EQ(FormatDuration(Locale::kRu, minutes{300}), "5 часов");
  EXPECT_EQ(FormatDuration(Locale::kRu, minutes{60}), "1 час");
  EXPECT_EQ(FormatDuration(Locale::kRu, minutes{21}), "21 минуту");
  EXPECT_EQ(FormatDuration(Locale::kRu, minutes{15}), "15 минут");
  EXPECT_EQ(FormatDuration(Locale::kEs, minutes{240}), "4 horas");
  EXPECT_EQ(FormatDuration(Locale::kEs, minutes{75}), "1 hora y 15 minutos");
  EXPECT_EQ(FormatDuration(Locale::kPt, minutes{90}), "1,5 hora");
  EXPECT_EQ(FormatDuration(Locale::kPt, minutes{1}), "1 minuto");
  EXPECT_EQ(FormatDuration(Locale::kHe, minutes{120}), "שעתיים");
  EXPECT_EQ(FormatDuration(Locale::kHe, minutes{60}), "שעה");
  EXPECT_EQ(FormatDuration(Locale::kHe, minutes{240}), "4 שעות");
  EXPECT_EQ(FormatDuration(Locale::kEn, minutes{2880}), "2 days");
}

TEST(MessageCatalog, FollowUpNoticeInEachLanguage) {
  const MessageCatalog catalog;
  const auto notice = [&](std::string_view language, int m) {
    const Locale locale = *ParseLocale(language);
    return catalog.Render(language, MessageId::kFollowUpNotice,
                          {{"duration", FormatDuration(locale, minutes{m})}});
  };
  EXPECT_EQ(notice("en", 90), "I will follow up in 1.5 hours.");
  // Not "через 1.5 часов": Russian wants a decimal comma and the genitive singular.
  EXPECT_EQ(notice("ru", 90), "Я свяжусь с вами через 1,5 часа.");
  EXPECT_EQ(notice("ru-RU", 120), "Я свяжусь с вами через 2 часа.");
  EXPECT_EQ(notice("es", 15), "Te escribiré de nuevo en 15 minutos.");
  EXPECT_EQ(notice("pt-BR", 240), "Volto a falar com você em 4 horas.");
  EXPECT_EQ(notice("he", 60), "אחזור אליך בעוד שעה.");
}

TEST(MessageCatalog, EveryMessageExistsInEveryLocaleWithTheSamePlaceholders) {
  const auto placeholders = [](std::string_view text) {
    std::vector<std::string> names;
    for (std::size_t at = text.find('{'); at != std::string_view::npos;
         at = text.find('{', at + 1)) {
      names.emplace_back(text.substr(at, text.find('}', at) - at + 1));
    }
    std::sort(names.begin(), names.end());
    return names;
  };
  for (std::size_t i = 0; i < kMessageCount; ++i) {
    const auto id = static_cast<MessageId>(i);
    for (Locale locale : kAll) {
      EXPECT_FALSE(Template(locale, id).empty()) << LocaleCode(locale) << " " << MessageName(id);
      EXPECT_EQ(placeholders(Template(locale, id)), placeholders(Template(Locale::kEn, id)))
          << LocaleCode(locale) << " " << MessageName(id);
    }
  }
}

TEST(MessageCatalog, ALanguageWithoutTranslationsFallsBackToEnglishAndIsCounted) {
  std::vector<std::string> missing;
  const MessageCatalog catalog([&](std::string_view language, MessageId id) {
    missing.push_back(std::string(language) + "/" + std::string(MessageName(id)));
  });
  EXPECT_EQ(catalog.Render("de", MessageId::kApologyDelay),
            catalog.Render("en", MessageId::kApologyDelay));
  EXPECT_EQ(catalog.Render("", MessageId::kError), catalog.Render(Locale::kEn, MessageId::kError));
  EXPECT_EQ(missing, (std::vector<std::string>{"de/apology_delay", "/error"}));
}

TEST(MessageCatalog, RussianUserGetsRussianOnly) {
  // Regression: the apology once came in several languages at once.
  const MessageCatalog catalog;
  const std::string apology = catalog.Render("ru", MessageId::kApologyDelay);
  EXPECT_EQ(apology, "Извините за задержку. Я разбираюсь и скоро вернусь с ответом.");
  for (char c : apology) EXPECT_FALSE(c >= 'a' && c <= 'z') << apology;
}

TEST(MessageCatalog, ArgumentsAreSubstitutedAndUnknownOnesStayVisible) {
  const MessageCatalog catalog;
  EXPECT_EQ(
      catalog.Render("en", MessageId::kMeetingReminder,
                     {{"title", "Team meeting"}, {"duration", "15 minutes"}, {"time", "3:00 PM"}}),
      "Reminder: Team meeting starts in 15 minutes, at 3:00 PM.");
  EXPECT_EQ(catalog.Render("es", MessageId::kMeetingFollowUpGreeting, {}),
            "¡Hola! ¿Qué tal fue {title}?");
}

}  // namespace
}  // namespace chatfleet::i18n
