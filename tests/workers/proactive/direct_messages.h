#pragma once

// The proactive tests' messages: a person writing to acme's bot "butler" in a Telegram DM.
#include <google/protobuf/util/time_util.h>

#include <chrono>
#include <string>

#include "chatfleet/v1/chat_event.pb.h"

namespace chatfleet::workers {

/// Message number `n` (event id "e-<n>") from `user` in their DM "dm-<user>", sent at `sent_at`.
inline v1::ChatEvent DirectMessage(int n, const std::string& user, const std::string& text,
                                   std::chrono::sys_seconds sent_at) {
  v1::ChatEvent event;
  event.set_event_id("e-" + std::to_string(n));
  event.set_tenant("acme");
  event.set_bot("butler");
  event.set_platform(v1::PLATFORM_TELEGRAM);
  event.mutable_conversation()->set_id("dm-" + user);
  event.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_DIRECT);
  event.mutable_sender()->set_user_id(user);
  event.set_role(v1::ROLE_USER);
  event.set_text(text);
  *event.mutable_sent_at() =
      google::protobuf::util::TimeUtil::SecondsToTimestamp(sent_at.time_since_epoch().count());
  return event;
}

}  // namespace chatfleet::workers
