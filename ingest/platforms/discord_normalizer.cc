#include "ingest/platforms/discord_normalizer.h"

#include "ingest/platforms/json_reader.h"

namespace chatfleet::ingest::platforms {
namespace {

constexpr std::int64_t kVoiceMessageFlag = 1 << 13;  // IS_VOICE_MESSAGE
constexpr std::int64_t kDefaultType = 0;
constexpr std::int64_t kReplyType = 19;

std::expected<std::string, ApiError> DisplayName(const JsonReader& message,
                                                 const JsonReader& author) {
  CF_TRY(member, message.OptionalObject("member"));
  if (member) {
    CF_TRY(nick, member->OptionalString("nick"));
    if (!nick.empty()) return nick;
  }
  CF_TRY(global_name, author.OptionalString("global_name"));
  if (!global_name.empty()) return global_name;
  return author.OptionalString("username");
}

Normalized FromMessage(const JsonReader& message, const Route& route, bool edited) {
  CF_TRY(type, message.OptionalInt("type", kDefaultType));
  if (type != kDefaultType && type != kReplyType) return std::vector<PlatformMessage>{};
  if (edited && !message.Has("author")) return std::vector<PlatformMessage>{};  // embed update
  CF_TRY(id, message.Id("id"));
  CF_TRY(channel_id, message.Id("channel_id"));
  CF_TRY(guild_id, message.OptionalId("guild_id"));
  CF_TRY(author, message.Object("author"));
  CF_TRY(author_id, author.Id("id"));
  CF_TRY(is_bot, author.OptionalBool("bot"));
  CF_TRY(name, DisplayName(message, author));
  CF_TRY(content, message.OptionalString("content"));
  CF_TRY(flags, message.OptionalInt("flags", 0));
  CF_TRY(timestamp, message.String("timestamp"));
  CF_TRY(sent_at, Rfc3339(timestamp, message.PathOf("timestamp")));
  const bool voice = (flags & kVoiceMessageFlag) != 0;
  if (content.empty() && !voice) return std::vector<PlatformMessage>{};  // attachments only

  PlatformMessage out;
  out.edited = edited;
  v1::ChatEvent& event = out.event;
  event.set_tenant(route.tenant);
  event.set_bot(route.bot);
  event.set_platform(v1::PLATFORM_DISCORD);
  event.set_role(v1::ROLE_USER);
  auto& conversation = *event.mutable_conversation();
  if (guild_id.empty()) {
    conversation.set_id(channel_id);
    conversation.set_kind(v1::CONVERSATION_KIND_DIRECT);
  } else {
    conversation.set_id(guild_id + "/" + channel_id);
    conversation.set_kind(v1::CONVERSATION_KIND_GROUP);
    conversation.set_channel_id(channel_id);
  }
  auto& sender = *event.mutable_sender();
  sender.set_user_id(author_id);
  sender.set_display_name(name);
  sender.set_is_bot(is_bot);
  event.set_text(content);
  event.set_source(voice ? v1::SOURCE_VOICE : v1::SOURCE_TEXT);
  event.set_platform_message_id(id);
  CF_TRY(reference, message.OptionalObject("message_reference"));
  if (reference) {
    CF_TRY(reply_to, reference->OptionalId("message_id"));
    event.set_reply_to_message_id(reply_to);
  }
  *event.mutable_sent_at() = sent_at;
  std::vector<PlatformMessage> messages;
  messages.push_back(std::move(out));
  return messages;
}

}  // namespace

Normalized NormalizeDiscord(std::string_view body, const Route& route,
                            const NormalizeLimits& limits) {
  auto object = ParseObject(body, limits.max_depth);
  if (!object) return std::unexpected(object.error());
  const JsonReader root(*object, "");
  if (!root.Has("op")) return FromMessage(root, route, false);  // the bare message object
  CF_TRY(op, root.OptionalInt("op", -1));
  if (op != 0) return std::vector<PlatformMessage>{};  // heartbeats, hello …: nothing to store
  CF_TRY(kind, root.String("t"));
  if (kind != "MESSAGE_CREATE" && kind != "MESSAGE_UPDATE") return std::vector<PlatformMessage>{};
  CF_TRY(data, root.Object("d"));
  return FromMessage(data, route, kind == "MESSAGE_UPDATE");
}

}  // namespace chatfleet::ingest::platforms
