#pragma once

#include "shared/kafka/handles.h"

namespace chatfleet::kafka {

/// librdkafka's log_cb: writes librdkafka's own log lines as chatfleet JSON log lines (syslog
/// levels: ≤3 error, 4 warn, else info; level 7 only exists when `debug` is configured). Runs on
/// librdkafka's threads; thread-safe, never throws.
void ForwardLog(const rd_kafka_t* rk, int level, const char* facility, const char* message);

/// librdkafka's error_cb for producers: a fatal error (a fenced or broken idempotent producer)
/// as an error line with librdkafka's reason, others as warnings; each names the client (the
/// plain and the transactional producers share it). Runs on librdkafka's threads; never throws.
void ForwardProducerError(rd_kafka_t* rk, int err, const char* reason, void* opaque);

/// The same for consumers ("kafka consumer fatal error" / "kafka consumer error").
void ForwardConsumerError(rd_kafka_t* rk, int err, const char* reason, void* opaque);

/// True for librdkafka 2.0.2's warning that it reset a consumer's offset (auto.offset.reset
/// after offset-out-of-range): that version reports it only as a log line (facility OFFSET),
/// not as an RD_KAFKA_RESP_ERR__AUTO_OFFSET_RESET event.
bool IsOffsetResetLog(int level, const char* facility, const char* message);

}  // namespace chatfleet::kafka
