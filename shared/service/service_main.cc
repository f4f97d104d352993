#include "shared/service/service_main.h"

#include <iostream>
#include <string>

#include "shared/log/logger.h"

namespace chatfleet::service {

int Main(std::string_view service, std::span<const config::Setting> settings, int argc, char** argv,
         const std::function<int(const config::Config&, ShutdownSignal&)>& run) {
  try {
    // First: no thread may exist yet that could receive SIGTERM instead of the waiter.
    ShutdownSignal shutdown;
    const auto config = config::Config::Load(settings, argc, argv);
    if (config.help_requested()) {
      std::cout << config::Config::Usage("chatfleet-" + std::string(service), settings)
                << "\n  CHATFLEET_KAFKA_<PROPERTY> (env only)\n"
                   "      a librdkafka property for every Kafka client (security: SASL, TLS):\n"
                   "      CHATFLEET_KAFKA_SECURITY_PROTOCOL=SASL_SSL sets security.protocol\n"
                   "      (docs/OPERATIONS.md lists the common ones and those the fleet owns)\n";
      return 0;
    }
    log::Init(service, log::ParseLevel(config.Get("CHATFLEET_LOG_LEVEL")));
    return run(config, shutdown);
  } catch (const std::exception& error) {
    log::Error(std::string(service) + " failed to start", {{"error", error.what()}});
    return 2;
  }
}

http::ServerOptions HttpOptions(const config::Config& config, int threads) {
  http::ServerOptions options;
  options.address = config.Get("CHATFLEET_HTTP_ADDRESS");
  options.port = static_cast<std::uint16_t>(config.GetInt("CHATFLEET_HTTP_PORT"));
  options.threads = threads;
  return options;
}

}  // namespace chatfleet::service
