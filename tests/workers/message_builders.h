#pragma once

// Builders of the stored messages and chat events the memory and context tests read.
#include <cstdint>
#include <optional>
#include <string>

#include "chatfleet/v1/chat_event.pb.h"
#include "workers/memory/history_renderer.h"

namespace chatfleet::workers {

/// A stored message with id `id` (platform message id "m-<id>").
inline StoredMessage Msg(std::int64_t id, std::string user, std::optional<std::string> name,
                         std::string text, std::string role = "user") {
  return StoredMessage{
      id,     std::move(user),           std::move(name),       std::move(role), std::move(text),
      "text", "m-" + std::to_string(id), "2026-11-22T10:00:00Z"};
}

/// A person's message in acme/elena's Telegram direct chat "chat-1" (event id "e-<id>").
inline v1::ChatEvent UserEvent(const std::string& user, const std::string& name,
                               const std::string& text, const std::string& id = "m-1") {
  v1::ChatEvent event;
  event.set_event_id("e-" + id);
  event.set_tenant("acme");
  event.set_bot("elena");
  event.set_platform(v1::PLATFORM_TELEGRAM);
  event.mutable_conversation()->set_id("chat-1");
  event.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_DIRECT);
  event.mutable_sender()->set_user_id(user);
  event.mutable_sender()->set_display_name(name);
  event.set_role(v1::ROLE_USER);
  event.set_text(text);
  event.set_platform_message_id(id);
  return event;
}

}  // namespace chatfleet::workers
