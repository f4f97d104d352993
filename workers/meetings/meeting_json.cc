// Boost.JSON is used header-only: this is the one translation unit that compiles its
// implementation, so only this library may include <boost/json/src.hpp>.
#include "workers/meetings/meeting_json.h"

#include <boost/json/src.hpp>
#include <cstdio>

#include "workers/meetings/iso_time.h"

namespace chatfleet::meetings {
namespace {

Result<std::string> StringField(const boost::json::object& object, std::string_view name,
                                bool required) {
  const auto* value = object.if_contains(name);
  if (value == nullptr || value->is_null()) {
    if (required) return Fail(Error::Permanent("missing field '" + std::string(name) + "'"));
    return std::string();
  }
  if (!value->is_string()) {
    return Fail(Error::Permanent("field '" + std::string(name) + "' must be a string"));
  }
  return std::string(value->get_string());
}

}  // namespace

Result<ExtractInput> ParseExtractInput(std::string_view line) {
  boost::system::error_code ec;
  const boost::json::value root = boost::json::parse(line, ec);
  if (ec) return Fail(Error::Permanent("malformed JSON: " + ec.message()));
  if (!root.is_object()) return Fail(Error::Permanent("a line must be a JSON object"));
  const auto& object = root.get_object();
  ExtractInput input;
  auto text = StringField(object, "text", true);
  if (!text) return Fail(text.error());
  input.text = std::move(*text);
  auto now = StringField(object, "now", true);
  if (!now) return Fail(now.error());
  const auto instant = ParseIsoInstant(*now);
  if (!instant) {
    return Fail(
        Error::Permanent("field 'now' must be ISO-8601 with an offset, got '" + *now + "'"));
  }
  input.now = *instant;
  auto tz = StringField(object, "tz", true);
  if (!tz) return Fail(tz.error());
  input.tz = std::move(*tz);
  auto lang = StringField(object, "lang", false);
  if (!lang) return Fail(lang.error());
  if (!lang->empty()) {
    input.language = ParseLanguage(*lang);
    if (!input.language) {
      return Fail(
          Error::Permanent("field 'lang' must be one of en, ru, es, pt; got '" + *lang + "'"));
    }
  }
  return input;
}

std::string JsonString(std::string_view text) {
  return boost::json::serialize(boost::json::string_view(text.data(), text.size()));
}

std::string FormatExtraction(const Extraction& extraction) {
  std::string out = "{\"events\": [";
  bool first = true;
  for (const ExtractedMeeting& m : extraction.meetings) {
    if (!first) out += ", ";
    first = false;
    char confidence[16];
    std::snprintf(confidence, sizeof confidence, "%.2f", m.confidence);
    out += "{\"title\": " + JsonString(m.title) + ", \"start\": \"" +
           FormatIsoInZone(m.start, *extraction.zone) + "\", \"end\": ";
    out += m.end ? "\"" + FormatIsoInZone(*m.end, *extraction.zone) + "\"" : std::string("null");
    out += ", \"confidence\": ";
    out += confidence;
    out += "}";
  }
  out += "]}";
  return out;
}

std::string FormatExtractionError(const Error& error) {
  return "{\"events\": [], \"error\": " + JsonString(error.message) + "}";
}

}  // namespace chatfleet::meetings
