#pragma once

#include <chrono>
#include <string>

#include "chatfleet/v1/chat_event.pb.h"
#include "chatfleet/v1/outbound_message.pb.h"

namespace chatfleet::delivery {

/// The event id of the bot's sent message: the same for every redelivery of the outbound id,
/// so history stores it once (`sent-<outbound id>`).
std::string SentEventId(const std::string& outbound_id);

/// The bot's own message as the platform took it, for chat.events: role assistant, sender the
/// bot (no display name: history stores none for the bot), the platform's message id, the
/// outbound's conversation and text. Pure.
v1::ChatEvent SentEvent(const v1::OutboundMessage& message, const std::string& platform_message_id,
                        std::chrono::system_clock::time_point sent_at);

}  // namespace chatfleet::delivery
