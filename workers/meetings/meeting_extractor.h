#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/core/error.h"
#include "workers/meetings/lexicon.h"

namespace date {
class time_zone;
}

namespace chatfleet::meetings {

struct ExtractionRequest {
  std::string_view text;
  std::chrono::sys_seconds now;      // injected: the extractor never reads a clock
  std::string_view time_zone;        // IANA name of the user's zone, e.g. "Europe/Berlin"
  std::optional<Language> language;  // guessed from the text when absent
};

struct ExtractedMeeting {
  std::string title;
  std::chrono::sys_seconds start;
  std::optional<std::chrono::sys_seconds> end;
  double confidence = 0;  // 0..1
};

struct Extraction {
  std::vector<ExtractedMeeting> meetings;  // in order of appearance, one per distinct start
  const date::time_zone* zone = nullptr;   // the resolved zone, to format times with offsets
  Language language = Language::kEn;       // as given or guessed
};

/// Finds the meetings a chat message announces. Pure: the same request
/// gives the same answer. A time with no event, a past event, a cancelled one and a deadline
/// yield nothing; the same start mentioned twice yields one meeting. Thread-safe.
/// Errors: Permanent for an unknown time zone.
Result<Extraction> ExtractMeetings(const ExtractionRequest& request);

/// Looks an IANA zone up in the system tz database (/usr/share/zoneinfo); Permanent if unknown.
Result<const date::time_zone*> LocateZone(std::string_view name);

}  // namespace chatfleet::meetings
