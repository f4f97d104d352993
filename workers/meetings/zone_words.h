#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "workers/meetings/text_tokens.h"

namespace chatfleet::meetings {

/// The IANA zone a time names right after it ("5pm EST", "10:00 CET", "в 15:00 по Москве",
/// "9am PT"), searched in tokens [first, last + 2]; nullopt when the time names none and the
/// sender's zone applies. US abbreviations name their region's zone, whatever the season
/// ("EST" in July is New York's time, as people mean it).
std::optional<std::string_view> ZoneNamed(const std::vector<Token>& tokens, std::size_t first,
                                          std::size_t last);

}  // namespace chatfleet::meetings
