#pragma once

#include "shared/kafka/handles.h"
#include "shared/kafka/message.h"

namespace chatfleet::kafka {

/// A message's headers as librdkafka takes them (rd_kafka_producev's RD_KAFKA_V_HEADERS, which
/// owns them only once the produce succeeded: release() the handle after success).
HeadersHandle ToRdHeaders(const Headers& headers);

}  // namespace chatfleet::kafka
