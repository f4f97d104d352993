// chatfleet-extract-meetings as operators run it: the real binary reading JSON lines on stdin.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "tests/support/process.h"

namespace chatfleet::meetings {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(ExtractMeetingsCommand, AnswersOneLinePerInputInOrder) {
  const std::string input =
      R"({"text": "I have a meeting tomorrow at 2:30 PM", "now": "2026-03-11T09:15:00+01:00", "tz": "Europe/Berlin", "lang": "en"})"
      "\n"
      R"({"text": "the weather is nice", "now": "2026-03-11T09:15:00+01:00", "tz": "Europe/Berlin"})"
      "\n\n"
      R"({"text": "Созвон в понедельник в 10:00", "now": "2026-03-27T17:40:00+01:00", "tz": "Europe/Berlin"})"
      "\n";
  const auto result = testing::RunCommand(
      {testing::BinaryPath("workers/meetings/chatfleet-extract-meetings")}, input);
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(
      Lines(result.output),
      (std::vector<std::string>{
          R"({"events": [{"title": "Meeting", "start": "2026-03-12T14:30:00+01:00", "end": null, "confidence": 0.95}]})",
          R"({"events": []})",
          R"({"events": [{"title": "Созвон", "start": "2026-03-30T10:00:00+02:00", "end": null, "confidence": 0.95}]})"}));
}

TEST(ExtractMeetingsCommand, ABadLineGetsAnErrorLineAndAFailingExit) {
  const std::string input =
      "{not json\n"
      R"({"text": "call tomorrow at 3", "now": "2026-03-11T09:15:00Z", "tz": "Nowhere/Land"})"
      "\n"
      R"({"text": "call tomorrow at 3pm", "now": "2026-03-11T09:15:00Z", "tz": "UTC"})"
      "\n";
  const auto result = testing::RunCommand(
      {testing::BinaryPath("workers/meetings/chatfleet-extract-meetings")}, input);
  EXPECT_EQ(result.exit_code, 1);
  const auto lines = Lines(result.output);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_NE(lines[0].find(R"("error": "malformed JSON)"), std::string::npos) << lines[0];
  EXPECT_NE(lines[1].find("unknown time zone 'Nowhere/Land'"), std::string::npos) << lines[1];
  EXPECT_NE(lines[2].find(R"("start": "2026-03-12T15:00:00+00:00")"), std::string::npos)
      << lines[2];
}

}  // namespace
}  // namespace chatfleet::meetings
