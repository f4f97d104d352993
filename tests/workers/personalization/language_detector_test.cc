// Language detection on the team's set of short chat messages (tests/data/language): with the
// history rules on (the speaker's established language from profile / conversation / history)
// at least 90% must resolve to the expected language. Prints both figures.
#include "workers/personalization/language_detector.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "workers/personalization/personalizer.h"

namespace chatfleet::workers {
namespace {

struct Sample {
  std::string expected;
  std::optional<std::string> established;
  std::string text;
};

std::vector<Sample> LoadSamples() {
  std::ifstream file(std::string(CHATFLEET_TEST_DATA_DIR) + "/language/short_messages.tsv");
  std::vector<Sample> samples;
  std::string line;
  while (std::getline(file, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    Sample sample;
    std::string established;
    std::getline(fields, sample.expected, '\t');
    std::getline(fields, established, '\t');
    std::getline(fields, sample.text);
    if (established != "-") sample.established = established;
    samples.push_back(sample);
  }
  return samples;
}

TEST(LanguageDetectionTest, ShortChatMessagesResolveToTheExpectedLanguage) {
  const auto samples = LoadSamples();
  ASSERT_GE(samples.size(), 200u);
  int with_rules = 0;
  int message_only = 0;
  std::map<std::string, std::pair<int, int>> per_language;  // correct, total (with rules)
  for (const auto& sample : samples) {
    const Detection detection = DetectLanguage(sample.text);
    const auto decision =
        ResolveLanguage(detection, sample.established, std::nullopt, std::nullopt, "en");
    const bool correct = decision.language == sample.expected;
    with_rules += correct ? 1 : 0;
    message_only += detection.language == sample.expected ? 1 : 0;
    auto& [right, total] = per_language[sample.expected];
    right += correct ? 1 : 0;
    ++total;
    if (!correct) {
      std::cout << "  miss: expected " << sample.expected << ", got " << decision.language << " ("
                << sample.text << ")\n";
    }
  }
  const double accuracy = 100.0 * with_rules / static_cast<double>(samples.size());
  const double raw = 100.0 * message_only / static_cast<double>(samples.size());
  std::cout << "language accuracy on " << samples.size() << " messages: " << accuracy
            << "% with the history rules, " << raw << "% from the message alone\n";
  for (const auto& [language, counts] : per_language) {
    std::cout << "  " << language << ": " << counts.first << "/" << counts.second << "\n";
  }
  RecordProperty("accuracy_with_rules_percent", static_cast<int>(accuracy));
  RecordProperty("accuracy_message_only_percent", static_cast<int>(raw));
  EXPECT_GE(accuracy, 90.0);
}

TEST(LanguageDetectionTest, ScriptsDecideAndSharedWordsSayNothing) {
  EXPECT_EQ(DetectLanguage("שלום").language, "he");
  EXPECT_EQ(DetectLanguage("да").language, "ru");
  EXPECT_FALSE(DetectLanguage("да").confident);
  EXPECT_TRUE(DetectLanguage("Мне нужно перенести визит на следующую неделю").confident);
  EXPECT_EQ(DetectLanguage("ok").language, "");
  EXPECT_EQ(DetectLanguage("👍").language, "");
  EXPECT_EQ(DetectLanguage("10:30?").language, "");
  EXPECT_EQ(DetectLanguage("hola").language, "es");
  EXPECT_EQ(DetectLanguage("obrigado").language, "pt");
  EXPECT_TRUE(DetectLanguage("I need to reschedule my visit to next week please").confident);
}

}  // namespace
}  // namespace chatfleet::workers
