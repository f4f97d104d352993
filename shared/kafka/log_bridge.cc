#include "shared/kafka/log_bridge.h"

#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

#include "shared/log/logger.h"

namespace chatfleet::kafka {

void ForwardLog(const rd_kafka_t* rk, int level, const char* facility, const char* message) {
  try {
    // Level 7 appears only when `debug` contexts were configured, i.e. when someone asked for
    // it: written at info so the default log level does not hide it.
    const log::Level ours = level <= 3   ? log::Level::kError
                            : level == 4 ? log::Level::kWarn
                                         : log::Level::kInfo;
    log::Write(ours, "librdkafka",
               {{"client", rk != nullptr ? rd_kafka_name(rk) : ""},
                {"facility", facility},
                {"detail", message}});
  } catch (const std::exception& e) {
    // Nothing may cross into librdkafka; losing one log line is the lesser harm.
    std::fprintf(stderr, "librdkafka log forwarding failed: %s\n", e.what());
  }
}

namespace {

// The error_cb of either client kind ("producer" or "consumer").
void ForwardError(const char* kind, rd_kafka_t* rk, int err, const char* reason) {
  try {
    const std::string client = rk != nullptr ? rd_kafka_name(rk) : "";
    if (err == RD_KAFKA_RESP_ERR__FATAL) {
      char fatal[512];
      const auto code = rd_kafka_fatal_error(rk, fatal, sizeof fatal);
      log::Error(std::string("kafka ") + kind + " fatal error",
                 {{"client", client}, {"code", rd_kafka_err2name(code)}, {"reason", fatal}});
      return;
    }
    log::Warn(std::string("kafka ") + kind + " error",
              {{"client", client},
               {"code", rd_kafka_err2name(static_cast<rd_kafka_resp_err_t>(err))},
               {"reason", reason}});
  } catch (const std::exception& e) {
    // Nothing may cross into librdkafka; losing one log line is the lesser harm.
    std::fprintf(stderr, "librdkafka error forwarding failed: %s\n", e.what());
  }
}

}  // namespace

void ForwardProducerError(rd_kafka_t* rk, int err, const char* reason, void*) {
  ForwardError("producer", rk, err, reason);
}

void ForwardConsumerError(rd_kafka_t* rk, int err, const char* reason, void*) {
  ForwardError("consumer", rk, err, reason);
}

bool IsOffsetResetLog(int level, const char* facility, const char* message) {
  return level <= 4 && std::strcmp(facility, "OFFSET") == 0 &&
         std::strstr(message, "offset reset") != nullptr;
}

}  // namespace chatfleet::kafka
