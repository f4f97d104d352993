#pragma once

#include <expected>
#include <string_view>
#include <vector>

#include "chatfleet/v1/chat_event.pb.h"
#include "ingest/api/api_error.h"

namespace chatfleet::ingest {

enum class BodyFormat { kJson, kProtobuf };

/// `application/json` → JSON (the protobuf JSON mapping of ChatEvent); `application/x-protobuf`
/// or `application/protobuf` → binary; anything else → 415.
std::expected<BodyFormat, ApiError> FormatOf(std::string_view content_type);

/// Decodes one ChatEvent. Malformed JSON and invalid UTF-8 → 400; wrong types, unknown fields
/// and unknown enum values → 422 naming the field.
std::expected<v1::ChatEvent, ApiError> DecodeEvent(std::string_view body, BodyFormat format);

/// Decodes `{"events":[…]}` (or a binary ChatEventBatch). Field paths read `events[3].text`.
std::expected<std::vector<v1::ChatEvent>, ApiError> DecodeBatch(std::string_view body,
                                                                BodyFormat format);

}  // namespace chatfleet::ingest
