#include "ingest/api/event_decoder.h"

#include <google/protobuf/util/json_util.h>

#include <cctype>

#include "shared/core/utf8.h"

namespace chatfleet::ingest {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

/// protobuf reports paths in proto names (`sender.user_id`); clients wrote lowerCamel.
std::string ToJsonPath(std::string_view proto_path) {
  std::string out;
  bool upper_next = false;
  for (char c : proto_path) {
    if (c == '_') {
      upper_next = true;
    } else {
      out += upper_next ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      upper_next = false;
    }
  }
  return out;
}

/// Turns protobuf's JSON parser status text into a specific API error. The parser's messages
/// look like `(conversation.kind): invalid value "X" for type …` and `name: Cannot find field.`
ApiError FromParseStatus(std::string_view message) {
  if (message.starts_with("(")) {
    const auto close = message.find("):");
    if (close != std::string_view::npos) {
      const std::string field = ToJsonPath(message.substr(1, close - 1));
      const bool is_enum =
          message.find("for type type.googleapis.com/chatfleet.v1.") != std::string_view::npos;
      if (is_enum) {
        return {422, "invalid_enum", "unknown value for " + field, field};
      }
      return {422, "invalid_value", "wrong type or format for " + field, field};
    }
  }
  if (const auto pos = message.find(": Cannot find field."); pos != std::string_view::npos) {
    const std::string field(message.substr(0, pos));
    return {422, "unknown_field", "unknown field " + field, field};
  }
  if (message.find("Root element must be a message") != std::string_view::npos) {
    return {400, "malformed_json", "the body must be a JSON object", ""};
  }
  std::string first_line(message.substr(0, message.find('\n')));
  return {400, "malformed_json", "malformed JSON: " + first_line, ""};
}

template <typename Message>
std::expected<void, ApiError> ParseJson(std::string_view body, Message& message) {
  if (const auto bad = FindInvalidUtf8(body); bad != std::string_view::npos) {
    return std::unexpected(ApiError{
        400, "invalid_utf8", "the body is not valid UTF-8 (byte " + std::to_string(bad) + ")", ""});
  }
  const std::string_view trimmed = Trim(body);
  if (trimmed.empty() || trimmed.front() != '{') {
    return std::unexpected(ApiError{400, "malformed_json", "the body must be a JSON object", ""});
  }
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  const auto status = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(body.data(), body.size()), &message, options);
  if (!status.ok()) return std::unexpected(FromParseStatus(status.message().as_string()));
  return {};
}

template <typename Message>
std::expected<void, ApiError> ParseBinary(std::string_view body, Message& message) {
  // ParseFromArray also rejects invalid UTF-8 in proto3 string fields.
  if (!message.ParseFromArray(body.data(), static_cast<int>(body.size()))) {
    return std::unexpected(ApiError{400, "malformed_protobuf",
                                    "the body is not a valid " + message.GetTypeName(), ""});
  }
  return {};
}

template <typename Message>
std::expected<void, ApiError> Parse(std::string_view body, BodyFormat format, Message& message) {
  return format == BodyFormat::kJson ? ParseJson(body, message) : ParseBinary(body, message);
}

}  // namespace

std::expected<BodyFormat, ApiError> FormatOf(std::string_view content_type) {
  std::string media(Trim(content_type.substr(0, content_type.find(';'))));
  for (char& c : media) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (media == "application/json") return BodyFormat::kJson;
  if (media == "application/x-protobuf" || media == "application/protobuf") {
    return BodyFormat::kProtobuf;
  }
  return std::unexpected(ApiError{
      415, "unsupported_media_type",
      "Content-Type must be application/json or application/x-protobuf, got '" + media + "'", ""});
}

std::expected<v1::ChatEvent, ApiError> DecodeEvent(std::string_view body, BodyFormat format) {
  v1::ChatEvent event;
  if (auto parsed = Parse(body, format, event); !parsed) return std::unexpected(parsed.error());
  return event;
}

std::expected<std::vector<v1::ChatEvent>, ApiError> DecodeBatch(std::string_view body,
                                                                BodyFormat format) {
  v1::ChatEventBatch batch;
  if (auto parsed = Parse(body, format, batch); !parsed) return std::unexpected(parsed.error());
  return std::vector<v1::ChatEvent>(std::make_move_iterator(batch.mutable_events()->begin()),
                                    std::make_move_iterator(batch.mutable_events()->end()));
}

}  // namespace chatfleet::ingest
