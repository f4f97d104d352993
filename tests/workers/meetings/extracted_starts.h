#pragma once
// The starts the extractor finds in a message, for the tests of its rules.

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "workers/meetings/iso_time.h"
#include "workers/meetings/meeting_extractor.h"

namespace chatfleet::meetings {

/// Every start ExtractMeetings finds in `text` sent at `now` (ISO 8601) in `zone`, written in
/// that zone; empty, with a test failure, when `now` or the extraction fails.
inline std::vector<std::string> ExtractedStarts(std::string_view text, std::string_view now,
                                                std::string_view zone, Language language) {
  const auto instant = ParseIsoInstant(now);
  EXPECT_TRUE(instant.has_value()) << now;
  if (!instant) return {};
  const auto result = ExtractMeetings({text, *instant, zone, language});
  EXPECT_TRUE(result.has_value());
  std::vector<std::string> starts;
  if (!result) return starts;
  for (const auto& m : result->meetings) starts.push_back(FormatIsoInZone(m.start, *result->zone));
  return starts;
}

}  // namespace chatfleet::meetings
