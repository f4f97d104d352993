#pragma once

#include <iterator>

namespace chatfleet::testing {

/// A person's side of a conversation with a booking bot, for tests that replay many of them:
/// inquiries and bookings left open, urgency cues and their absence, conversations closed (a
/// subject dropped, a booking confirmed) and opened again, meetings mentioned and mentioned
/// again, `/schedule`. Each conversation goes through it from its own starting point.
inline constexpr const char* kConversationMix[] = {
    "Tell me about veneers",
    "it's urgent, my tooth hurts",
    "I don't need veneers anymore",
    "ok",
    "Dentist tomorrow at 10 AM",
    "/schedule",
    "I'd like to book a cleaning",
    "yes",
    "yes",
    "no rush",
    "Tell me about whitening",
    "call with Anna today at 21:50",
    "I don't need whitening anymore",
    "Standup next Monday morning",
    "/schedule",
    "Tell me about crowns",
    "don't forget: dentist tomorrow at 10am",
    "I don't need crowns anymore",
};
inline constexpr int kConversationMixLength = static_cast<int>(std::size(kConversationMix));

}  // namespace chatfleet::testing
