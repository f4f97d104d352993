#pragma once

#include <compare>
#include <string>

#include "chatfleet/v1/chat_event.pb.h"

namespace chatfleet::workers {

/// discord | telegram | whatsapp | web (the stored platform name).
std::string PlatformName(v1::Platform platform);

/// A conversation as every stage keys it: memory (history, summary, windows), personalization
/// (the conversation's language), recall and the proactive planner. Per tenant, bot, platform
/// and platform conversation id.
struct ConversationKey {
  std::string tenant, bot, platform, conversation_id;
  auto operator<=>(const ConversationKey&) const = default;
};

ConversationKey ConversationKeyOf(const v1::ChatEvent& event);

/// A person's message: a user's, not a bot's posing as one (only these get a context and the
/// proactive stage).
bool IsFromPerson(const v1::ChatEvent& event);

}  // namespace chatfleet::workers
