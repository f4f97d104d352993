#include "ingest/webhooks/webhook_path.h"

#include <cctype>

namespace chatfleet::ingest::webhooks {
namespace {

bool IsSegment(std::string_view segment) {
  if (segment.empty() || segment.size() > 128) return false;
  for (const char c : segment) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-') {
      return false;
    }
  }
  return segment != "." && segment != "..";
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string Decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 &&
               HexValue(text[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::optional<WebhookPath> ParseWebhookPath(std::string_view path) {
  if (!path.starts_with(kWebhookPrefix)) return std::nullopt;
  path.remove_prefix(kWebhookPrefix.size());
  const auto slash = path.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::string_view platform = path.substr(0, slash);
  const std::string_view instance = path.substr(slash + 1);
  if (!IsSegment(platform) || !IsSegment(instance)) return std::nullopt;
  return WebhookPath{std::string(platform), std::string(instance)};
}

std::map<std::string, std::string, std::less<>> ParseQuery(std::string_view query) {
  std::map<std::string, std::string, std::less<>> params;
  while (!query.empty()) {
    const auto amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    const auto eq = pair.find('=');
    std::string name = Decode(pair.substr(0, eq));
    std::string value = eq == std::string_view::npos ? "" : Decode(pair.substr(eq + 1));
    if (!name.empty()) params.emplace(std::move(name), std::move(value));
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return params;
}

}  // namespace chatfleet::ingest::webhooks
