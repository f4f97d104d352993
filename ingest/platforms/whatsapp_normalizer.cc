#include "ingest/platforms/whatsapp_normalizer.h"

#include "ingest/platforms/json_reader.h"

namespace chatfleet::ingest::platforms {
namespace {

namespace json = boost::json;

std::string Indexed(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

std::expected<JsonReader, ApiError> ObjectAt(const json::array& array, std::size_t index,
                                             const std::string& path) {
  if (!array[index].is_object()) {
    return std::unexpected(InvalidValue(Indexed(path, index), "an object"));
  }
  return JsonReader(array[index].get_object(), Indexed(path, index));
}

/// wa_id → profile name, from `value.contacts`.
std::expected<std::vector<std::pair<std::string, std::string>>, ApiError> Contacts(
    const JsonReader& value) {
  std::vector<std::pair<std::string, std::string>> names;
  CF_TRY(contacts, value.OptionalArray("contacts"));
  if (contacts == nullptr) return names;
  for (std::size_t i = 0; i < contacts->size(); ++i) {
    CF_TRY(contact, ObjectAt(*contacts, i, value.PathOf("contacts")));
    CF_TRY(wa_id, contact.OptionalId("wa_id"));
    CF_TRY(profile, contact.OptionalObject("profile"));
    std::string name;
    if (profile) {
      CF_TRY(profile_name, profile->OptionalString("name"));
      name = std::move(profile_name);
    }
    names.emplace_back(std::move(wa_id), std::move(name));
  }
  return names;
}

/// The message's text and source; nullopt for kinds with nothing to remember.
std::expected<std::optional<v1::Source>, ApiError> Content(const JsonReader& message,
                                                           const std::string& type,
                                                           v1::ChatEvent& event) {
  if (type == "text") {
    CF_TRY(text, message.Object("text"));
    CF_TRY(body, text.String("body"));
    event.set_text(body);
    return std::optional<v1::Source>(v1::SOURCE_TEXT);
  }
  if (type == "audio") {
    CF_TRY(audio, message.Object("audio"));
    CF_TRY(transcript, audio.OptionalString("transcript"));
    event.set_text(transcript);
    return std::optional<v1::Source>(v1::SOURCE_VOICE);
  }
  if (type == "image" || type == "video" || type == "document") {
    CF_TRY(media, message.Object(type));
    CF_TRY(caption, media.OptionalString("caption"));
    if (caption.empty()) return std::optional<v1::Source>();
    event.set_text(caption);
    return std::optional<v1::Source>(v1::SOURCE_TEXT);
  }
  return std::optional<v1::Source>();
}

std::expected<std::optional<PlatformMessage>, ApiError> FromMessage(
    const JsonReader& message, const std::string& phone_number_id,
    const std::vector<std::pair<std::string, std::string>>& contacts, const Route& route) {
  CF_TRY(type, message.String("type"));
  CF_TRY(from, message.Id("from"));
  CF_TRY(id, message.Id("id"));
  CF_TRY(seconds, message.OptionalInt("timestamp", -1));
  if (seconds < 0) return std::unexpected(MissingField(message.PathOf("timestamp")));
  CF_TRY(sent_at, UnixSeconds(seconds, message.PathOf("timestamp")));
  PlatformMessage out;
  v1::ChatEvent& event = out.event;
  CF_TRY(source, Content(message, type, event));
  if (!source) return std::optional<PlatformMessage>();
  event.set_source(*source);
  event.set_tenant(route.tenant);
  event.set_bot(route.bot);
  event.set_platform(v1::PLATFORM_WHATSAPP);
  event.set_role(v1::ROLE_USER);
  auto& conversation = *event.mutable_conversation();
  conversation.set_id(phone_number_id + "/" + from);
  conversation.set_kind(v1::CONVERSATION_KIND_DIRECT);
  auto& sender = *event.mutable_sender();
  sender.set_user_id(from);
  for (const auto& [wa_id, name] : contacts) {
    if (wa_id == from) sender.set_display_name(name);
  }
  event.set_platform_message_id(id);
  CF_TRY(context, message.OptionalObject("context"));
  if (context) {
    CF_TRY(reply_to, context->OptionalId("id"));
    event.set_reply_to_message_id(reply_to);
  }
  *event.mutable_sent_at() = sent_at;
  return std::optional<PlatformMessage>(std::move(out));
}

std::expected<void, ApiError> FromChange(const JsonReader& change, const Route& route,
                                         std::vector<PlatformMessage>& out) {
  // Read in place, not moved out by CF_TRY: g++ 12 warns (wrongly) that a moved-out
  // std::string may be used uninitialised here.
  const auto field = change.OptionalString("field");
  if (!field) return std::unexpected(field.error());
  if (*field != "messages") return {};
  CF_TRY(value, change.Object("value"));
  CF_TRY(messages, value.OptionalArray("messages"));
  if (messages == nullptr) return {};  // statuses[] only: delivery receipts, nothing to store
  CF_TRY(metadata, value.Object("metadata"));
  CF_TRY(phone_number_id, metadata.Id("phone_number_id"));
  CF_TRY(contacts, Contacts(value));
  for (std::size_t i = 0; i < messages->size(); ++i) {
    CF_TRY(message, ObjectAt(*messages, i, value.PathOf("messages")));
    CF_TRY(normalized, FromMessage(message, phone_number_id, contacts, route));
    if (normalized) out.push_back(std::move(*normalized));
  }
  return {};
}

}  // namespace

Normalized NormalizeWhatsApp(std::string_view body, const Route& route,
                             const NormalizeLimits& limits) {
  auto object = ParseObject(body, limits.max_depth);
  if (!object) return std::unexpected(object.error());
  const JsonReader root(*object, "");
  CF_TRY(kind, root.String("object"));
  if (kind != "whatsapp_business_account") {
    return std::unexpected(InvalidValue("object", "\"whatsapp_business_account\""));
  }
  CF_TRY(entries, root.OptionalArray("entry"));
  if (entries == nullptr) return std::unexpected(MissingField("entry"));
  std::vector<PlatformMessage> out;
  for (std::size_t e = 0; e < entries->size(); ++e) {
    CF_TRY(entry, ObjectAt(*entries, e, "entry"));
    CF_TRY(changes, entry.OptionalArray("changes"));
    if (changes == nullptr) continue;
    for (std::size_t c = 0; c < changes->size(); ++c) {
      CF_TRY(change, ObjectAt(*changes, c, entry.PathOf("changes")));
      if (auto ok = FromChange(change, route, out); !ok) return std::unexpected(ok.error());
    }
  }
  return out;
}

}  // namespace chatfleet::ingest::platforms
