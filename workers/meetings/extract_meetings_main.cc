// chatfleet-extract-meetings: the meeting extractor as a filter, for operators and scoring.
// Reads JSON lines on stdin, writes one JSON line per input line on stdout, in order.
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>

#include "workers/meetings/meeting_json.h"

namespace {

constexpr std::string_view kUsage = R"(usage: chatfleet-extract-meetings < input.jsonl

Each input line: {"text": "...", "now": "2026-03-11T09:15:00+01:00", "tz": "Europe/Berlin", "lang": "en"}
("lang" optional: en, ru, es, pt; guessed from the text when absent).
Each output line: {"events": [{"title": "...", "start": "ISO-8601 with offset", "end": "..." | null,
"confidence": 0.0-1.0}]}, empty "events" when there is none; a bad line answers
{"events": [], "error": "..."} and the exit status is 1 at the end.
)";

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    std::fputs(kUsage.data(), arg == "--help" || arg == "-h" ? stdout : stderr);
    return arg == "--help" || arg == "-h" ? 0 : 2;
  }
  std::ios::sync_with_stdio(false);
  using namespace chatfleet::meetings;
  bool failed = false;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank: not an input
    auto input = ParseExtractInput(line);
    std::string answer;
    if (!input) {
      answer = FormatExtractionError(input.error());
      failed = true;
    } else {
      const auto extraction =
          ExtractMeetings({input->text, input->now, input->tz, input->language});
      if (extraction) {
        answer = FormatExtraction(*extraction);
      } else {
        answer = FormatExtractionError(extraction.error());
        failed = true;
      }
    }
    std::cout << answer << '\n' << std::flush;  // flushed per line: usable interactively
  }
  return failed ? 1 : 0;
}
