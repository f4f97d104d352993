#pragma once

#include <exception>

#include "shared/log/logger.h"

namespace chatfleet::kafka {

/// Runs `body` from a librdkafka callback (on librdkafka's threads or our poll thread), where
/// nothing may escape: an exception is logged ("exception in kafka callback", with the client
/// kind, "producer" or "consumer", and `where`) and swallowed.
template <typename F>
void NoThrow(const char* client, const char* where, F&& body) {
  try {
    body();
  } catch (const std::exception& e) {
    log::Error("exception in kafka callback",
               {{"client", client}, {"callback", where}, {"error", e.what()}});
  } catch (...) {
    log::Error("unknown exception in kafka callback", {{"client", client}, {"callback", where}});
  }
}

}  // namespace chatfleet::kafka
