// Tracer::FromEnvironment: the standard OpenTelemetry SDK environment variables
// (https://opentelemetry.io/docs/specs/otel/configuration/sdk-environment-variables/).
#include <cstdlib>
#include <stdexcept>

#include "shared/log/logger.h"
#include "shared/trace/otlp_exporter.h"
#include "shared/trace/tracer.h"

namespace chatfleet::trace {
namespace {

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

/// `key1=value1,key2=value2` (OTEL_RESOURCE_ATTRIBUTES, OTEL_EXPORTER_OTLP_HEADERS).
std::vector<std::pair<std::string, std::string>> ParsePairs(const std::string& text,
                                                            const char* variable) {
  std::vector<std::pair<std::string, std::string>> pairs;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    const std::string item = text.substr(start, end - start);
    const auto eq = item.find('=');
    if (eq == std::string::npos || eq == 0) {
      throw std::invalid_argument(std::string(variable) + ": expected key=value, got '" + item +
                                  "'");
    }
    pairs.emplace_back(item.substr(0, eq), item.substr(eq + 1));
    start = end + 1;
  }
  return pairs;
}

Sampler ParseSampler(const std::string& name, const std::string& argument) {
  Sampler sampler;
  const std::string kind = Lower(name.empty() ? "parentbased_always_on" : name);
  sampler.parent_based = kind.starts_with("parentbased_");
  const std::string root = sampler.parent_based ? kind.substr(12) : kind;
  if (root == "always_on") {
    sampler.root = SamplerKind::kAlwaysOn;
  } else if (root == "always_off") {
    sampler.root = SamplerKind::kAlwaysOff;
  } else if (root == "traceidratio") {
    sampler.root = SamplerKind::kTraceIdRatio;
    char* end = nullptr;
    sampler.ratio = argument.empty() ? 1.0 : std::strtod(argument.c_str(), &end);
    if (!argument.empty() &&
        (end != argument.c_str() + argument.size() || sampler.ratio < 0 || sampler.ratio > 1)) {
      throw std::invalid_argument("OTEL_TRACES_SAMPLER_ARG: a ratio in [0, 1], got '" + argument +
                                  "'");
    }
  } else {
    throw std::invalid_argument("OTEL_TRACES_SAMPLER: unsupported sampler '" + name + "'");
  }
  return sampler;
}

}  // namespace

std::unique_ptr<Tracer> Tracer::FromEnvironment(std::string_view default_service_name) {
  if (Lower(Env("OTEL_SDK_DISABLED")) == "true" || Lower(Env("OTEL_TRACES_EXPORTER")) == "none") {
    return std::make_unique<Tracer>();
  }
  std::string url = Env("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
  if (url.empty()) {
    std::string base = Env("OTEL_EXPORTER_OTLP_ENDPOINT");
    if (base.empty()) return std::make_unique<Tracer>();
    while (!base.empty() && base.back() == '/') base.pop_back();
    url = base + "/v1/traces";
  }
  TracerOptions options;
  options.service_name = Env("OTEL_SERVICE_NAME");
  if (options.service_name.empty()) options.service_name = std::string(default_service_name);
  for (auto& [key, value] :
       ParsePairs(Env("OTEL_RESOURCE_ATTRIBUTES"), "OTEL_RESOURCE_ATTRIBUTES")) {
    if (key == "service.name" && Env("OTEL_SERVICE_NAME").empty()) {
      options.service_name = value;
      continue;
    }
    options.resource.push_back({key, value});
  }
  options.sampler = ParseSampler(Env("OTEL_TRACES_SAMPLER"), Env("OTEL_TRACES_SAMPLER_ARG"));
  std::vector<std::string> headers;
  for (auto& [key, value] :
       ParsePairs(Env("OTEL_EXPORTER_OTLP_HEADERS"), "OTEL_EXPORTER_OTLP_HEADERS")) {
    headers.push_back(key + ": " + value);
  }
  const std::string timeout_text = Env("OTEL_EXPORTER_OTLP_TIMEOUT");
  const auto timeout =
      std::chrono::milliseconds(timeout_text.empty() ? 10000 : std::stol(timeout_text));
  log::Info("exporting traces", {{"endpoint", url}, {"service", options.service_name}});
  auto exporter = std::make_unique<OtlpHttpExporter>(url, options.service_name, options.resource,
                                                     std::move(headers), timeout);
  return std::make_unique<Tracer>(std::move(options), std::move(exporter));
}

}  // namespace chatfleet::trace
