#include "ingest/platforms/json_reader.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <boost/json/parse.hpp>
#include <limits>

#include "shared/core/utf8.h"
#include "shared/events/event_validator.h"

namespace chatfleet::ingest::platforms {

namespace json = boost::json;

ApiError MissingField(const std::string& path) {
  return {422, "missing_field", path + " is required", path};
}

ApiError InvalidValue(const std::string& path, std::string_view expected) {
  return {422, "invalid_value", path + " must be " + std::string(expected), path};
}

std::expected<json::object, ApiError> ParseObject(std::string_view body, std::size_t max_depth) {
  if (const auto bad = FindInvalidUtf8(body); bad != std::string_view::npos) {
    return std::unexpected(ApiError{
        400, "invalid_utf8", "the body is not valid UTF-8 (byte " + std::to_string(bad) + ")", ""});
  }
  json::parse_options options;
  options.max_depth = max_depth;
  boost::system::error_code ec;
  json::value value =
      json::parse(json::string_view(body.data(), body.size()), ec, json::storage_ptr(), options);
  if (ec == json::error::too_deep) {
    return std::unexpected(
        ApiError{400, "too_deep",
                 "the body nests deeper than " + std::to_string(max_depth) + " levels", ""});
  }
  if (ec) {
    return std::unexpected(ApiError{400, "malformed_json", "malformed JSON: " + ec.message(), ""});
  }
  if (!value.is_object()) {
    return std::unexpected(ApiError{400, "malformed_json", "the body must be a JSON object", ""});
  }
  return std::move(value.as_object());
}

std::string JsonReader::PathOf(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

const json::value* JsonReader::Find(std::string_view key) const {
  const json::value* value = object_.if_contains(json::string_view(key.data(), key.size()));
  return value == nullptr || value->is_null() ? nullptr : value;
}

bool JsonReader::Has(std::string_view key) const { return Find(key) != nullptr; }

std::expected<JsonReader, ApiError> JsonReader::Object(std::string_view key) const {
  auto found = OptionalObject(key);
  if (!found) return std::unexpected(found.error());
  if (!*found) return std::unexpected(MissingField(PathOf(key)));
  return **found;
}

std::expected<std::optional<JsonReader>, ApiError> JsonReader::OptionalObject(
    std::string_view key) const {
  const json::value* value = Find(key);
  if (value == nullptr) return std::optional<JsonReader>();
  if (!value->is_object()) return std::unexpected(InvalidValue(PathOf(key), "an object"));
  return std::optional<JsonReader>(JsonReader(value->get_object(), PathOf(key)));
}

std::expected<const json::array*, ApiError> JsonReader::OptionalArray(std::string_view key) const {
  const json::value* value = Find(key);
  if (value == nullptr) return nullptr;
  if (!value->is_array()) return std::unexpected(InvalidValue(PathOf(key), "an array"));
  return &value->get_array();
}

std::expected<std::string, ApiError> JsonReader::String(std::string_view key) const {
  if (Find(key) == nullptr) return std::unexpected(MissingField(PathOf(key)));
  return OptionalString(key);
}

std::expected<std::string, ApiError> JsonReader::OptionalString(std::string_view key) const {
  const json::value* value = Find(key);
  if (value == nullptr) return std::string();
  if (!value->is_string()) return std::unexpected(InvalidValue(PathOf(key), "a string"));
  const json::string& text = value->get_string();
  return std::string(text.data(), text.size());
}

std::expected<std::string, ApiError> JsonReader::Id(std::string_view key) const {
  if (Find(key) == nullptr) return std::unexpected(MissingField(PathOf(key)));
  auto id = OptionalId(key);
  if (id && id->empty()) return std::unexpected(MissingField(PathOf(key)));
  return id;
}

std::expected<std::string, ApiError> JsonReader::OptionalId(std::string_view key) const {
  const json::value* value = Find(key);
  if (value == nullptr) return std::string();
  if (value->is_int64()) return std::to_string(value->get_int64());
  if (value->is_uint64()) return std::to_string(value->get_uint64());
  if (value->is_string()) {
    const json::string& text = value->get_string();
    // The same bound the event validator holds every id to, so a webhook id is never refused
    // here that the canonical API would take (nor the other way round).
    if (text.size() > events::kMaxIdBytes) {
      return std::unexpected(ApiError{
          422, "too_long",
          PathOf(key) + " is longer than " + std::to_string(events::kMaxIdBytes) + " bytes",
          PathOf(key)});
    }
    // Base64 (standard and URL-safe), digits, dotted and colon-separated ids: what the
    // platforms send, and nothing that could break a key or a log line.
    const bool id_like = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
      return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
             c == '-' || c == '_' || c == '.' || c == ':' || c == '=' || c == '+' || c == '/';
    });
    if (!id_like) return std::unexpected(InvalidValue(PathOf(key), "an id"));
    return std::string(text.data(), text.size());
  }
  return std::unexpected(InvalidValue(PathOf(key), "an integer or string id"));
}

std::expected<std::int64_t, ApiError> JsonReader::OptionalInt(std::string_view key,
                                                              std::int64_t fallback) const {
  const json::value* value = Find(key);
  if (value == nullptr) return fallback;
  if (value->is_int64()) return value->get_int64();
  if (value->is_uint64() &&
      value->get_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    return static_cast<std::int64_t>(value->get_uint64());
  }
  if (value->is_string()) {
    // WhatsApp sends its Unix timestamps as strings of digits.
    const json::string& text = value->get_string();
    std::int64_t parsed = 0;
    if (text.empty() || text.size() > 18) {
      return std::unexpected(InvalidValue(PathOf(key), "an integer"));
    }
    for (const char c : text) {
      if (c < '0' || c > '9') return std::unexpected(InvalidValue(PathOf(key), "an integer"));
      parsed = parsed * 10 + (c - '0');
    }
    return parsed;
  }
  return std::unexpected(InvalidValue(PathOf(key), "an integer"));
}

std::expected<bool, ApiError> JsonReader::OptionalBool(std::string_view key) const {
  const json::value* value = Find(key);
  if (value == nullptr) return false;
  if (!value->is_bool()) return std::unexpected(InvalidValue(PathOf(key), "a boolean"));
  return value->get_bool();
}

std::expected<google::protobuf::Timestamp, ApiError> UnixSeconds(std::int64_t seconds,
                                                                 const std::string& path) {
  // Year 1970 to 9999: what PostgreSQL timestamptz and protobuf Timestamp both hold.
  if (seconds < 0 || seconds > 253402300799) {
    return std::unexpected(InvalidValue(path, "a Unix time between 1970 and 9999"));
  }
  google::protobuf::Timestamp timestamp;
  timestamp.set_seconds(seconds);
  return timestamp;
}

std::expected<google::protobuf::Timestamp, ApiError> Rfc3339(const std::string& text,
                                                             const std::string& path) {
  google::protobuf::Timestamp timestamp;
  if (text.empty() || !google::protobuf::util::TimeUtil::FromString(text, &timestamp)) {
    return std::unexpected(InvalidValue(path, "an RFC 3339 time"));
  }
  return timestamp;
}

}  // namespace chatfleet::ingest::platforms
