#include "workers/delivery/sent_event.h"

#include <google/protobuf/util/time_util.h>

namespace chatfleet::delivery {

std::string SentEventId(const std::string& outbound_id) { return "sent-" + outbound_id; }

v1::ChatEvent SentEvent(const v1::OutboundMessage& message, const std::string& platform_message_id,
                        std::chrono::system_clock::time_point sent_at) {
  v1::ChatEvent event;
  event.set_event_id(SentEventId(message.id()));
  event.set_tenant(message.tenant());
  event.set_bot(message.bot());
  event.set_platform(message.platform());
  *event.mutable_conversation() = message.conversation();
  event.mutable_sender()->set_user_id(message.bot());
  event.mutable_sender()->set_is_bot(true);
  event.set_role(v1::ROLE_ASSISTANT);
  event.set_text(message.text());
  event.set_source(v1::SOURCE_TEXT);
  event.set_platform_message_id(platform_message_id);
  event.set_reply_to_message_id(message.reply_to_message_id());
  // Second precision is all a platform reports; the delivery time is when the platform took it.
  *event.mutable_sent_at() = google::protobuf::util::TimeUtil::SecondsToTimestamp(
      std::chrono::duration_cast<std::chrono::seconds>(sent_at.time_since_epoch()).count());
  return event;
}

}  // namespace chatfleet::delivery
