#include "workers/delivery/platform_api.h"

#include <boost/json.hpp>
#include <charconv>
#include <cmath>

namespace chatfleet::delivery {
namespace {

namespace json = boost::json;
using std::chrono::milliseconds;

// A decimal id as a JSON integer (Telegram's chat_id and message_id are integers; 64-bit ids
// never pass through a double), else nullopt.
std::optional<std::int64_t> DecimalId(const std::string& text) {
  std::int64_t value = 0;
  const auto* end = text.data() + text.size();
  const auto [next, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || next != end || text.empty()) return std::nullopt;
  return value;
}

milliseconds Seconds(double seconds) {
  return milliseconds(static_cast<std::int64_t>(std::ceil(std::max(0.0, seconds) * 1000)));
}

std::optional<double> Number(const json::value* value) {
  if (value == nullptr) return std::nullopt;
  if (value->is_int64()) return static_cast<double>(value->as_int64());
  if (value->is_uint64()) return static_cast<double>(value->as_uint64());
  if (value->is_double()) return value->as_double();
  if (value->is_string()) {
    try {
      return std::stod(std::string(value->as_string()));
    } catch (const std::exception&) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::string Text(const json::value* value) {
  if (value == nullptr) return {};
  if (value->is_string()) return std::string(value->as_string());
  if (value->is_int64()) return std::to_string(value->as_int64());
  if (value->is_uint64()) return std::to_string(value->as_uint64());
  return {};
}

const json::object* Object(const json::value* value) {
  return value != nullptr && value->is_object() ? &value->as_object() : nullptr;
}

const json::value* Member(const json::object* object, std::string_view key) {
  return object == nullptr ? nullptr : object->if_contains(key);
}

json::object ParseBody(const std::string& body) {
  json::error_code error;
  json::value value = json::parse(body, error);
  if (error || !value.is_object()) return {};
  return std::move(value.as_object());
}

milliseconds RetryAfterHeader(const http::ClientResponse& answer, milliseconds fallback) {
  if (const auto header = answer.Header("Retry-After")) {
    try {
      return Seconds(std::stod(std::string(*header)));
    } catch (const std::exception&) {
    }
  }
  return fallback;
}

SendOutcome Permanent(std::string reason, std::string detail) {
  return {OutcomeKind::kPermanent,
          {},
          milliseconds(0),
          ThrottleScope::kChat,
          std::move(reason),
          std::move(detail),
          std::nullopt};
}

SendOutcome Retry(int status, std::string detail) {
  return {OutcomeKind::kRetry,
          {},
          milliseconds(0),
          ThrottleScope::kChat,
          "http_" + std::to_string(status),
          std::move(detail),
          std::nullopt};
}

SendOutcome Throttled(milliseconds after, ThrottleScope scope, std::string detail) {
  return {OutcomeKind::kThrottled, {}, after, scope, "throttled", std::move(detail), std::nullopt};
}

SendOutcome Sent(std::string id) {
  if (id.empty()) return Permanent("bad_answer", "the platform's answer has no message id");
  return {OutcomeKind::kSent, std::move(id), milliseconds(0), ThrottleScope::kChat, {}, {},
          std::nullopt};
}

// https://core.telegram.org/bots/api#making-requests: {"ok":false,"error_code":…,
// "description":…,"parameters":{"retry_after":…}}.
SendOutcome ClassifyTelegram(const http::ClientResponse& answer) {
  const json::object body = ParseBody(answer.body);
  const std::string description = Text(Member(&body, "description"));
  if (answer.status == 200) {
    if (const auto* ok = Member(&body, "ok"); ok && ok->is_bool() && ok->as_bool()) {
      return Sent(Text(Member(Object(Member(&body, "result")), "message_id")));
    }
    return Permanent("bad_answer", "200 without ok");
  }
  if (answer.status == 429) {
    const auto after = Number(Member(Object(Member(&body, "parameters")), "retry_after"));
    return Throttled(after ? Seconds(*after) : RetryAfterHeader(answer, milliseconds(1000)),
                     ThrottleScope::kChat, description);
  }
  if (answer.status >= 500) return Retry(answer.status, description);
  if (answer.status == 403) return Permanent("blocked", description);
  if (answer.status == 401) return Permanent("unauthorized", description);
  if (answer.status == 400 && description.find("chat not found") != std::string::npos) {
    return Permanent("unknown_chat", description);
  }
  return Permanent("rejected", description);
}

// https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
SendOutcome ClassifyWhatsApp(const http::ClientResponse& answer) {
  const json::object body = ParseBody(answer.body);
  if (answer.status == 200) {
    const auto* messages = Member(&body, "messages");
    if (messages && messages->is_array() && !messages->as_array().empty()) {
      return Sent(Text(Member(Object(&messages->as_array()[0]), "id")));
    }
    return Sent({});
  }
  const auto* error = Object(Member(&body, "error"));
  const auto code = Number(Member(error, "code")).value_or(0);
  std::string detail = Text(Member(error, "message"));
  if (const auto* data = Object(Member(error, "error_data"))) {
    if (auto details = Text(Member(data, "details")); !details.empty()) detail += ": " + details;
  }
  if (code == 131056) {  // pair rate limit: only this recipient waits
    return Throttled(RetryAfterHeader(answer, std::chrono::seconds(6)), ThrottleScope::kChat,
                     detail);
  }
  if (code == 130429 || code == 80007 || code == 4 || answer.status == 429) {
    return Throttled(RetryAfterHeader(answer, std::chrono::seconds(1)), ThrottleScope::kBot,
                     detail);
  }
  if (code == 131047) return Permanent("window_closed", detail);
  if (code == 131000 || code == 131016 || answer.status >= 500) {
    return Retry(answer.status, detail);
  }
  if (code == 190 || answer.status == 401) return Permanent("unauthorized", detail);
  if (code == 131026) return Permanent("undeliverable", detail);
  if (answer.status == 403) return Permanent("forbidden", detail);
  return Permanent("rejected", detail);
}

std::optional<RouteBucket> DiscordBucket(const http::ClientResponse& answer) {
  const auto remaining = answer.Header("X-RateLimit-Remaining");
  const auto reset_after = answer.Header("X-RateLimit-Reset-After");
  if (!remaining || !reset_after) return std::nullopt;
  try {
    return RouteBucket{std::stoi(std::string(*remaining)),
                       Seconds(std::stod(std::string(*reset_after)))};
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// https://discord.com/developers/docs/topics/rate-limits and …/topics/opcodes-and-status-codes
SendOutcome ClassifyDiscord(const http::ClientResponse& answer) {
  const json::object body = ParseBody(answer.body);
  SendOutcome outcome;
  const std::string detail = Text(Member(&body, "message"));
  const auto code = Number(Member(&body, "code")).value_or(0);
  if (answer.status == 200 || answer.status == 201) {
    outcome = Sent(Text(Member(&body, "id")));
  } else if (answer.status == 429) {
    const auto* global = Member(&body, "global");
    const bool is_global = (global && global->is_bool() && global->as_bool()) ||
                           answer.Header("X-RateLimit-Global").value_or("") == "true";
    const auto after = Number(Member(&body, "retry_after"));
    outcome = Throttled(after ? Seconds(*after) : RetryAfterHeader(answer, milliseconds(1000)),
                        is_global ? ThrottleScope::kBot : ThrottleScope::kRoute, detail);
  } else if (answer.status >= 500) {
    outcome = Retry(answer.status, detail);
  } else if (code == 10003 || answer.status == 404) {
    outcome = Permanent("unknown_chat", detail);
  } else if (code == 50007) {
    outcome = Permanent("blocked", detail);
  } else if (answer.status == 401) {
    outcome = Permanent("unauthorized", detail);
  } else if (answer.status == 403) {
    outcome = Permanent("forbidden", detail);
  } else {
    outcome = Permanent("rejected", detail);
  }
  outcome.route = DiscordBucket(answer);
  return outcome;
}

std::string Serialize(const json::object& object) { return json::serialize(object); }

http::ClientRequest Telegram(const v1::OutboundMessage& message, const PlatformTarget& target,
                             const SendCredentials& credentials, const ApiUrls& urls) {
  json::object body;
  if (const auto id = DecimalId(target.chat)) {
    body["chat_id"] = *id;
  } else {
    body["chat_id"] = target.chat;  // @channelusername
  }
  body["text"] = message.text();
  if (const auto reply = DecimalId(message.reply_to_message_id())) {
    // The reminder still goes out when the message it answers was deleted.
    body["reply_parameters"] = {{"message_id", *reply}, {"allow_sending_without_reply", true}};
  }
  return {"POST",
          urls.telegram + "/bot" + credentials.token + "/sendMessage",
          {{"Content-Type", "application/json"}},
          Serialize(body)};
}

http::ClientRequest WhatsApp(const v1::OutboundMessage& message, const PlatformTarget& target,
                             const SendCredentials& credentials, const ApiUrls& urls) {
  json::object body{{"messaging_product", "whatsapp"},
                    {"recipient_type", "individual"},
                    {"to", target.chat},
                    {"type", "text"},
                    {"text", {{"preview_url", false}, {"body", message.text()}}}};
  if (!message.reply_to_message_id().empty()) {
    body["context"] = {{"message_id", message.reply_to_message_id()}};
  }
  return {"POST",
          urls.whatsapp + "/" + target.instance + "/messages",
          {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + credentials.token}},
          Serialize(body)};
}

http::ClientRequest Discord(const v1::OutboundMessage& message, const PlatformTarget& target,
                            const SendCredentials& credentials, const ApiUrls& urls) {
  // No @everyone or role pings from a reminder's text; the user it is for is named by id.
  json::object mentions{{"parse", json::array()}};
  if (!message.user_id().empty()) mentions["users"] = json::array{message.user_id()};
  json::object body{{"content", message.text()}, {"allowed_mentions", std::move(mentions)}};
  if (!message.reply_to_message_id().empty()) {
    body["message_reference"] = {{"message_id", message.reply_to_message_id()},
                                 {"fail_if_not_exists", false}};
  }
  return {"POST",
          urls.discord + "/channels/" + target.chat + "/messages",
          {{"Content-Type", "application/json"}, {"Authorization", "Bot " + credentials.token}},
          Serialize(body)};
}

}  // namespace

Result<PlatformTarget> TargetOf(const v1::OutboundMessage& message) {
  const auto& conversation = message.conversation();
  switch (message.platform()) {
    case v1::PLATFORM_TELEGRAM:
      if (conversation.id().empty()) break;
      return PlatformTarget{{}, conversation.id()};
    case v1::PLATFORM_WHATSAPP: {
      const auto slash = conversation.id().find('/');
      if (slash == std::string::npos || slash == 0 || slash + 1 == conversation.id().size()) break;
      return PlatformTarget{conversation.id().substr(0, slash),
                            conversation.id().substr(slash + 1)};
    }
    case v1::PLATFORM_DISCORD: {
      // Guild conversations are `<guild>/<channel>` with the channel id; DMs are the channel.
      const std::string& channel =
          conversation.channel_id().empty() ? conversation.id() : conversation.channel_id();
      if (channel.empty() || channel.find('/') != std::string::npos) break;
      return PlatformTarget{{}, channel};
    }
    default:
      return Fail(
          Error::Permanent("no send API for platform " + v1::Platform_Name(message.platform())));
  }
  return Fail(Error::Permanent("conversation '" + conversation.id() + "' has no address on " +
                               v1::Platform_Name(message.platform())));
}

http::ClientRequest BuildSendRequest(const v1::OutboundMessage& message,
                                     const PlatformTarget& target,
                                     const SendCredentials& credentials, const ApiUrls& urls) {
  switch (message.platform()) {
    case v1::PLATFORM_WHATSAPP:
      return WhatsApp(message, target, credentials, urls);
    case v1::PLATFORM_DISCORD:
      return Discord(message, target, credentials, urls);
    default:
      return Telegram(message, target, credentials, urls);
  }
}

SendOutcome ClassifyAnswer(v1::Platform platform, const http::ClientResponse& answer) {
  switch (platform) {
    case v1::PLATFORM_WHATSAPP:
      return ClassifyWhatsApp(answer);
    case v1::PLATFORM_DISCORD:
      return ClassifyDiscord(answer);
    default:
      return ClassifyTelegram(answer);
  }
}

}  // namespace chatfleet::delivery
