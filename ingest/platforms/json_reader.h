#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

#include "google/protobuf/timestamp.pb.h"
#include "ingest/api/api_error.h"

/// `CF_TRY(x, Expr())`: declares `x` as Expr()'s value, or returns its error. Normalizers read
/// dozens of fields; this keeps each read one line without exceptions.
#define CF_TRY(var, expr)                                          \
  auto var##_result = (expr);                                      \
  if (!var##_result) return std::unexpected(var##_result.error()); \
  auto var = std::move(*var##_result)

namespace chatfleet::ingest::platforms {

/// Parses a webhook body into a JSON object. Invalid UTF-8, malformed JSON, nesting deeper than
/// `max_depth` and anything but an object at the top → 400 with a specific code.
std::expected<boost::json::object, ApiError> ParseObject(std::string_view body,
                                                         std::size_t max_depth);

/// Typed access to one member, with errors naming the JSON path (`message.chat.id`): a missing
/// required member → 422 missing_field, a member of the wrong type → 422 invalid_value.
/// The `Optional*` forms treat absent and null alike.
class JsonReader {
 public:
  JsonReader(const boost::json::object& object, std::string path)
      : object_(object), path_(std::move(path)) {}

  std::expected<JsonReader, ApiError> Object(std::string_view key) const;
  std::expected<std::optional<JsonReader>, ApiError> OptionalObject(std::string_view key) const;
  std::expected<const boost::json::array*, ApiError> OptionalArray(std::string_view key) const;
  std::expected<std::string, ApiError> String(std::string_view key) const;
  std::expected<std::string, ApiError> OptionalString(std::string_view key) const;
  /// An id sent as a JSON integer or a string of digits, as exact decimal text: 64-bit ids
  /// never pass through a double. A number with a fraction or exponent is invalid.
  std::expected<std::string, ApiError> Id(std::string_view key) const;
  std::expected<std::string, ApiError> OptionalId(std::string_view key) const;
  std::expected<std::int64_t, ApiError> OptionalInt(std::string_view key,
                                                    std::int64_t fallback) const;
  std::expected<bool, ApiError> OptionalBool(std::string_view key) const;
  bool Has(std::string_view key) const;

  std::string PathOf(std::string_view key) const;
  const std::string& path() const { return path_; }

 private:
  const boost::json::value* Find(std::string_view key) const;

  const boost::json::object& object_;
  std::string path_;
};

ApiError MissingField(const std::string& path);
ApiError InvalidValue(const std::string& path, std::string_view expected);

/// Unix seconds → Timestamp; outside 1970…9999 → 422.
std::expected<google::protobuf::Timestamp, ApiError> UnixSeconds(std::int64_t seconds,
                                                                 const std::string& path);
/// RFC 3339 text (Discord's `2024-05-01T10:00:00.123000+00:00`) → Timestamp; else 422.
std::expected<google::protobuf::Timestamp, ApiError> Rfc3339(const std::string& text,
                                                             const std::string& path);

}  // namespace chatfleet::ingest::platforms
