#pragma once

#include <functional>
#include <span>
#include <string_view>

#include "shared/config/config.h"
#include "shared/core/lifecycle.h"
#include "shared/http/server.h"

namespace chatfleet::service {

/// What every service's main does around its own wiring: blocks the stop signals before any
/// thread starts, loads the configuration (`--help` prints the settings table), sets up the
/// JSON logs (CHATFLEET_LOG_LEVEL) and turns a startup exception into a logged reason and exit
/// code 2. `run` returns the process's exit code.
int Main(std::string_view service, std::span<const config::Setting> settings, int argc, char** argv,
         const std::function<int(const config::Config&, ShutdownSignal&)>& run);

/// HTTP server options from CHATFLEET_HTTP_ADDRESS and CHATFLEET_HTTP_PORT.
http::ServerOptions HttpOptions(const config::Config& config, int threads);

}  // namespace chatfleet::service
