#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "chatfleet/v1/outbound_message.pb.h"
#include "scheduler/store/due_message.h"

namespace chatfleet::scheduler {

/// Words a due message in its user's language (the localized message catalog).
using TextRenderer = std::function<std::string(const DueMessage&)>;

/// The OutboundMessage for a due item: addressed to the conversation and channel where the
/// meeting or request was discussed, with its stable id. Pure.
v1::OutboundMessage ComposeOutbound(const DueMessage& due, const TextRenderer& render,
                                    std::chrono::system_clock::time_point now);

/// The Kafka key: `tenant/PLATFORM/conversation id`, the key chat.events uses.
std::string OutboundKey(const v1::OutboundMessage& message);

}  // namespace chatfleet::scheduler
