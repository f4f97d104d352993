#pragma once

#include <string_view>

#include "ingest/platforms/platform_message.h"

namespace chatfleet::ingest::platforms {

/// A Telegram Bot API `Update` (https://core.telegram.org/bots/api#update) → events. Pure.
/// - `message` and `edited_message` (the latter `edited`) in private chats (direct), groups and
///   supergroups (group; the chat is the channel); other update kinds and channel posts → none.
/// - text, or the caption of media; a `voice` note → source voice with its `transcript` when
///   the payload carries one (not part of the Bot API: added by a transcribing relay).
/// - sender: `from` (display name = first name + last name), or `sender_chat` for messages sent
///   on behalf of a chat; 64-bit ids kept exact as decimal text.
/// - conversation id = the chat id (message ids are only unique within a chat).
Normalized NormalizeTelegram(std::string_view body, const Route& route,
                             const NormalizeLimits& limits = {});

}  // namespace chatfleet::ingest::platforms
