#include "workers/embeddings/embeddings_settings.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace chatfleet::workers {
namespace {

// http(s)://host[:port][/path]: anything else is a typo a worker must not start with.
bool IsHttpUrl(std::string_view url) {
  std::string_view rest;
  if (url.starts_with("http://")) {
    rest = url.substr(7);
  } else if (url.starts_with("https://")) {
    rest = url.substr(8);
  } else {
    return false;
  }
  const std::string_view host = rest.substr(0, rest.find_first_of(":/"));
  const bool printable =
      std::all_of(url.begin(), url.end(), [](unsigned char c) { return std::isgraph(c) != 0; });
  return !host.empty() && printable;
}

}  // namespace

Result<std::optional<EmbedderSettings>> EmbedderSettingsFrom(const EmbeddingsSettingsText& text) {
  if (text.url.empty()) return std::optional<EmbedderSettings>{};
  if (!IsHttpUrl(text.url)) {
    return Fail(Error::Permanent("CHATFLEET_EMBEDDINGS_URL: '" + text.url +
                                 "' is not an http:// or https:// URL with a host"));
  }
  if (text.model.empty()) {
    return Fail(Error::Permanent("CHATFLEET_EMBEDDINGS_MODEL must not be empty"));
  }
  if (text.timeout_ms <= 0 || 2 * text.timeout_ms > text.recall_budget.count()) {
    return Fail(
        Error::Permanent("CHATFLEET_EMBEDDINGS_TIMEOUT_MS (" + std::to_string(text.timeout_ms) +
                         ") must be positive and at most half of CHATFLEET_RECALL_BUDGET_MS (" +
                         std::to_string(text.recall_budget.count()) + ")"));
  }
  EmbedderSettings settings;
  settings.url = text.url;
  settings.model = text.model;
  settings.key = text.api_key;
  settings.timeout = std::chrono::milliseconds(text.timeout_ms);
  return settings;
}

}  // namespace chatfleet::workers
