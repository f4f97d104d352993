#include <algorithm>
#include <cctype>

#include "shared/http/server.h"

namespace chatfleet::http {
namespace {

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return std::ranges::equal(
      a, b, [](unsigned char x, unsigned char y) { return std::tolower(x) == std::tolower(y); });
}

}  // namespace

std::optional<std::string_view> Request::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoreCase(key, name)) return std::string_view(value);
  }
  return std::nullopt;
}

void Router::Add(std::string method, std::string path, Handler handler) {
  routes_.push_back({std::move(method), std::move(path), std::move(handler)});
}

void Router::AddPrefix(std::string method, std::string prefix, Handler handler) {
  routes_.push_back({std::move(method), std::move(prefix), std::move(handler), true});
}

void Router::Dispatch(Request&& request, Responder respond) const {
  // Exact routes win over prefix routes, whatever the order they were added in.
  const bool exact = std::ranges::any_of(
      routes_, [&](const Route& route) { return !route.prefix && route.path == request.path; });
  std::string allow;
  for (const Route& route : routes_) {
    const bool matches =
        route.prefix ? !exact && request.path.starts_with(route.path) : route.path == request.path;
    if (!matches) continue;
    if (route.method == request.method) {
      route.handler(std::move(request), std::move(respond));
      return;
    }
    if (!allow.empty()) allow += ", ";
    allow += route.method;
  }
  if (allow.empty()) {
    respond(JsonError(404, "not_found", "no route for " + request.path));
    return;
  }
  Response response =
      JsonError(405, "method_not_allowed", request.method + " is not allowed on " + request.path);
  response.headers.emplace_back("Allow", std::move(allow));
  respond(std::move(response));
}

}  // namespace chatfleet::http
