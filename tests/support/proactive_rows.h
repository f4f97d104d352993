#pragma once

#include <string>

namespace chatfleet::testing {

/// Everything the proactive stage wrote in the schema at `url` — follow-ups, schedules, their
/// reminders, conversation states, greeting preferences — read with psql, in a stable order and
/// without the database's own ids and clock, so two runs over the same messages compare as text.
std::string ProactiveRows(const std::string& url);

}  // namespace chatfleet::testing
