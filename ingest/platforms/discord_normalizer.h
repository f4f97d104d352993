#pragma once

#include <string_view>

#include "ingest/platforms/platform_message.h"

namespace chatfleet::ingest::platforms {

/// A Discord message as a relaying bot receives it from the gateway → events. Pure.
/// - the dispatch envelope `{"op":0,"t":"MESSAGE_CREATE","s":…,"d":{message}}` or the bare
///   message object; `MESSAGE_UPDATE` with content and author → an edit; other dispatch types
///   and other opcodes → none (acknowledged).
/// - display name = `member.nick`, else `author.global_name`, else `author.username`.
/// - a message in a guild → group conversation `<guild_id>/<channel_id>` on channel
///   `channel_id`; no guild → a DM: direct conversation `<channel_id>`.
/// - a reply keeps `message_reference.message_id`; the sender is always `author`, never the
///   replied-to message's author (`referenced_message` is ignored).
/// - the voice-message flag (1 << 13) → source voice; message types other than default (0) and
///   reply (19) — joins, pins, boosts — → none.
Normalized NormalizeDiscord(std::string_view body, const Route& route,
                            const NormalizeLimits& limits = {});

}  // namespace chatfleet::ingest::platforms
