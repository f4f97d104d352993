#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "shared/core/error.h"
#include "workers/meetings/meeting_extractor.h"

namespace chatfleet::meetings {

/// One input line of `chatfleet-extract-meetings`:
/// {"text": "...", "now": "2026-03-11T09:15:00+01:00", "tz": "Europe/Berlin", "lang": "en"}
/// (`lang` optional). The strings are owned, so the line buffer can be reused.
struct ExtractInput {
  std::string text;
  std::chrono::sys_seconds now;
  std::string tz;
  std::optional<Language> language;
};

/// Permanent error naming the field for malformed JSON, a missing or mistyped field, an
/// unparsable `now` or an unsupported `lang`.
Result<ExtractInput> ParseExtractInput(std::string_view line);

/// {"events": [{"title": "...", "start": "ISO-8601 with offset", "end": "..." | null,
/// "confidence": 0.87}]}, times in the extraction's zone with the offset in force at each.
std::string FormatExtraction(const Extraction& extraction);

/// {"events": [], "error": "..."}: a bad line still answers with one line, in order.
std::string FormatExtractionError(const Error& error);

/// A JSON string literal (quotes included) for `text`.
std::string JsonString(std::string_view text);

}  // namespace chatfleet::meetings
