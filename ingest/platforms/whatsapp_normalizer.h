#pragma once

#include <string_view>

#include "ingest/platforms/platform_message.h"

namespace chatfleet::ingest::platforms {

/// A WhatsApp Cloud API webhook (https://developers.facebook.com/docs/whatsapp/cloud-api/
/// webhooks/components) → events. Pure.
/// - every `entry[].changes[]` with `field == "messages"`: each of `value.messages[]` is one
///   event (several in one webhook → several events); a status-only change → none.
/// - text (`text.body`), media captions; `audio` → source voice (`audio.voice` marks a voice
///   note) with a `transcript` when a relay added one; reactions, stickers, locations → none.
/// - display name = `value.contacts[]` entry whose `wa_id` is the sender → `profile.name`.
/// - every conversation is direct: id = `<phone_number_id>/<sender wa_id>` (the business
///   number the user wrote to, and the user).
/// - `context.id` (a reply) → reply_to_message_id.
Normalized NormalizeWhatsApp(std::string_view body, const Route& route,
                             const NormalizeLimits& limits = {});

}  // namespace chatfleet::ingest::platforms
