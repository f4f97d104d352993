#include "tests/support/jaeger.h"

// Boost.JSON's compiled part; this library is the only one of the tests' that includes it.
#include <boost/json/src.hpp>
#include <stdexcept>

#include "tests/support/fleet.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {
namespace {

namespace json = boost::json;

std::string Padded(std::string hex, std::size_t digits) {
  if (hex.size() < digits) hex.insert(0, digits - hex.size(), '0');
  return hex;
}

std::string Text(const json::value& value) {
  return value.is_string() ? std::string(value.as_string()) : json::serialize(value);
}

std::string PercentEncoded(const std::string& text) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kDigits[c >> 4];
      out += kDigits[c & 0x0F];
    }
  }
  return out;
}

JaegerSpan ParseSpan(const json::object& span, const json::object& processes) {
  JaegerSpan out;
  out.trace_id = Padded(Text(span.at("traceID")), 32);
  out.span_id = Padded(Text(span.at("spanID")), 16);
  out.operation = Text(span.at("operationName"));
  if (const auto* process = processes.if_contains(Text(span.at("processID")))) {
    out.service = Text(process->as_object().at("serviceName"));
  }
  if (const auto* tags = span.if_contains("tags")) {
    for (const auto& tag : tags->as_array()) {
      out.tags[Text(tag.as_object().at("key"))] = Text(tag.as_object().at("value"));
    }
  }
  if (const auto* references = span.if_contains("references")) {
    for (const auto& reference : references->as_array()) {
      const auto& object = reference.as_object();
      out.references.push_back({Text(object.at("refType")), Padded(Text(object.at("traceID")), 32),
                                Padded(Text(object.at("spanID")), 16)});
    }
  }
  return out;
}

// The spans of every trace in a query API answer ({"data": [trace...]}); none on a 404.
std::vector<JaegerSpan> Spans(const std::string& url) {
  const HttpResult answer = HttpGet(url);
  if (answer.status == 404) return {};
  if (answer.status != 200) {
    throw std::runtime_error("Jaeger answered " + std::to_string(answer.status) + " to " + url +
                             ": " + answer.body);
  }
  std::vector<JaegerSpan> spans;
  const json::value body = json::parse(answer.body);
  const auto* data = body.as_object().if_contains("data");
  if (data == nullptr || !data->is_array()) return spans;
  for (const auto& trace : data->as_array()) {
    const auto& processes = trace.as_object().at("processes").as_object();
    for (const auto& span : trace.as_object().at("spans").as_array()) {
      spans.push_back(ParseSpan(span.as_object(), processes));
    }
  }
  return spans;
}

}  // namespace

std::string JaegerSpan::kind() const {
  const auto found = tags.find("span.kind");
  return found == tags.end() ? "internal" : found->second;
}

std::string JaegerSpan::parent() const {
  for (const auto& reference : references) {
    if (reference.type == "CHILD_OF") return reference.span_id;
  }
  return "";
}

std::string JaegerUrl() { return RequireEnv("JAEGER_URL"); }
std::string JaegerOtlpEndpoint() { return RequireEnv("JAEGER_OTLP_ENDPOINT"); }

std::vector<JaegerSpan> JaegerTrace(const std::string& trace_id) {
  return Spans(JaegerUrl() + "/api/traces/" + trace_id);
}

std::vector<JaegerSpan> JaegerSearch(const std::string& service, const std::string& key,
                                     const std::string& value) {
  const std::string tags = json::serialize(json::object{{key, value}});
  return Spans(JaegerUrl() + "/api/traces?service=" + PercentEncoded(service) +
               "&lookback=1h&limit=20&tags=" + PercentEncoded(tags));
}

}  // namespace chatfleet::testing
