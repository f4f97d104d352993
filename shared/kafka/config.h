#pragma once

#include <map>
#include <string>

#include "shared/kafka/handles.h"
#include "shared/kafka/properties.h"

namespace chatfleet::kafka {

/// Sets one librdkafka property. Throws std::runtime_error naming the property and librdkafka's
/// reason when it is unknown or its value is invalid (startup errors only); a secret value
/// (IsSecretProperty) is shown as "[redacted]".
void SetProperty(rd_kafka_conf_t* conf, const std::string& name, const std::string& value);

/// A producer's compression codec (`none`, `lz4`, `zstd`, `gzip`, `snappy`) in place of any
/// `compression.type` / `compression.codec` in `properties`; empty leaves them as they are.
void SetCompression(Properties& properties, const std::string& codec);

/// A new conf with every property of `properties` set (in map order). Throws like SetProperty.
ConfHandle MakeConf(const Properties& properties);

/// rd_kafka_new, taking ownership of `conf` only on success (on failure `conf` is still owned by
/// the caller's handle and destroyed with it). Throws std::runtime_error with librdkafka's reason.
KafkaHandle NewHandle(rd_kafka_type_t type, ConfHandle& conf);

}  // namespace chatfleet::kafka
