#include "ingest/platforms/telegram_normalizer.h"

#include "ingest/platforms/json_reader.h"

namespace chatfleet::ingest::platforms {
namespace {

/// The sender: a user, or the chat a message was sent on behalf of (anonymous admins, linked
/// channels), whose title is then the name.
std::expected<void, ApiError> FillSender(const JsonReader& message, v1::Sender& sender) {
  CF_TRY(from, message.OptionalObject("from"));
  if (from) {
    CF_TRY(id, from->Id("id"));
    CF_TRY(first, from->OptionalString("first_name"));
    CF_TRY(last, from->OptionalString("last_name"));
    CF_TRY(is_bot, from->OptionalBool("is_bot"));
    sender.set_user_id(id);
    sender.set_display_name(last.empty() ? first : first.empty() ? last : first + " " + last);
    sender.set_is_bot(is_bot);
  }
  CF_TRY(sender_chat, message.OptionalObject("sender_chat"));
  if (sender_chat) {
    CF_TRY(id, sender_chat->Id("id"));
    CF_TRY(title, sender_chat->OptionalString("title"));
    sender.set_user_id(id);
    sender.set_display_name(title);
    sender.set_is_bot(false);
  }
  if (!from && !sender_chat) return std::unexpected(MissingField(message.PathOf("from")));
  return {};
}

/// Text, caption or voice. nullopt: a message kind that carries nothing to remember (a sticker,
/// a service message such as a member joining).
std::expected<std::optional<v1::Source>, ApiError> FillContent(const JsonReader& message,
                                                               v1::ChatEvent& event) {
  CF_TRY(text, message.OptionalString("text"));
  CF_TRY(caption, message.OptionalString("caption"));
  CF_TRY(voice, message.OptionalObject("voice"));
  if (voice) {
    CF_TRY(file_id, voice->String("file_id"));
    CF_TRY(duration, voice->OptionalInt("duration", 0));
    CF_TRY(transcript, voice->OptionalString("transcript"));
    (void)file_id;
    (void)duration;
    event.set_text(!transcript.empty() ? transcript : caption);
    return std::optional<v1::Source>(v1::SOURCE_VOICE);
  }
  if (!text.empty()) {
    event.set_text(text);
  } else if (!caption.empty()) {
    event.set_text(caption);
  } else {
    return std::optional<v1::Source>();
  }
  return std::optional<v1::Source>(v1::SOURCE_TEXT);
}

std::expected<std::vector<PlatformMessage>, ApiError> FromMessage(const JsonReader& message,
                                                                  const Route& route, bool edited) {
  CF_TRY(chat, message.Object("chat"));
  CF_TRY(chat_id, chat.Id("id"));
  CF_TRY(chat_type, chat.String("type"));
  if (chat_type == "channel") return std::vector<PlatformMessage>{};
  if (chat_type != "private" && chat_type != "group" && chat_type != "supergroup") {
    return std::unexpected(
        InvalidValue(chat.PathOf("type"), "private, group, supergroup or channel"));
  }
  CF_TRY(message_id, message.Id("message_id"));
  CF_TRY(date, message.OptionalInt("date", -1));
  if (date < 0) return std::unexpected(MissingField(message.PathOf("date")));
  CF_TRY(sent_at, UnixSeconds(date, message.PathOf("date")));

  PlatformMessage out;
  out.edited = edited;
  v1::ChatEvent& event = out.event;
  CF_TRY(source, FillContent(message, event));
  if (!source) return std::vector<PlatformMessage>{};
  event.set_source(*source);
  if (auto filled = FillSender(message, *event.mutable_sender()); !filled) {
    return std::unexpected(filled.error());
  }
  event.set_tenant(route.tenant);
  event.set_bot(route.bot);
  event.set_platform(v1::PLATFORM_TELEGRAM);
  event.set_role(v1::ROLE_USER);
  auto& conversation = *event.mutable_conversation();
  conversation.set_id(chat_id);
  if (chat_type == "private") {
    conversation.set_kind(v1::CONVERSATION_KIND_DIRECT);
  } else {
    conversation.set_kind(v1::CONVERSATION_KIND_GROUP);
    conversation.set_channel_id(chat_id);
  }
  event.set_platform_message_id(message_id);
  CF_TRY(reply, message.OptionalObject("reply_to_message"));
  if (reply) {
    CF_TRY(reply_id, reply->Id("message_id"));
    event.set_reply_to_message_id(reply_id);
  }
  *event.mutable_sent_at() = sent_at;
  std::vector<PlatformMessage> messages;
  messages.push_back(std::move(out));
  return messages;
}

}  // namespace

Normalized NormalizeTelegram(std::string_view body, const Route& route,
                             const NormalizeLimits& limits) {
  auto object = ParseObject(body, limits.max_depth);
  if (!object) return std::unexpected(object.error());
  const JsonReader update(*object, "");
  CF_TRY(update_id, update.Id("update_id"));
  (void)update_id;
  CF_TRY(message, update.OptionalObject("message"));
  if (message) return FromMessage(*message, route, false);
  CF_TRY(edited, update.OptionalObject("edited_message"));
  if (edited) return FromMessage(*edited, route, true);
  // callback_query, channel_post, my_chat_member …: valid updates with no chat message.
  return std::vector<PlatformMessage>{};
}

}  // namespace chatfleet::ingest::platforms
