#pragma once

#include <cstddef>
#include <string_view>

namespace chatfleet::ingest::limits {

/// True when `body` nests objects and arrays deeper than `max_depth` (a top-level object is
/// depth 1). A linear scan that skips string contents (with their escapes) and stops at the
/// first excess, so a hostile `[[[[…` costs nothing before any parser runs. Malformed JSON is
/// left for the parser to report.
bool JsonNestingExceeds(std::string_view body, std::size_t max_depth);

}  // namespace chatfleet::ingest::limits
