#include "shared/http/server.h"
#include "shared/log/logger.h"

namespace chatfleet::http {

Response JsonError(int status, std::string_view code, std::string_view message,
                   std::string_view field) {
  Response response;
  response.status = status;
  std::string& body = response.body;
  body = "{\"error\":{\"code\":\"";
  log::AppendJsonEscaped(body, code);
  body += "\",\"message\":\"";
  log::AppendJsonEscaped(body, message);
  if (!field.empty()) {
    body += "\",\"field\":\"";
    log::AppendJsonEscaped(body, field);
  }
  body += "\"}}";
  return response;
}

}  // namespace chatfleet::http
