#include "shared/kafka/config.h"

#include <stdexcept>

#include "shared/kafka/client_properties.h"

namespace chatfleet::kafka {

void SetProperty(rd_kafka_conf_t* conf, const std::string& name, const std::string& value) {
  char reason[512];
  if (rd_kafka_conf_set(conf, name.c_str(), value.c_str(), reason, sizeof reason) !=
      RD_KAFKA_CONF_OK) {
    // A credential's value never reaches an error message (and from there the logs).
    const std::string shown = IsSecretProperty(name) ? "[redacted]" : value;
    throw std::runtime_error("kafka property " + name + "=" + shown +
                             " rejected: " + Redact(name, value, reason));
  }
}

void SetCompression(Properties& properties, const std::string& codec) {
  if (codec.empty()) return;
  // Aliases of one property: librdkafka sets them in map order, so the last would win.
  properties.erase("compression.type");
  properties["compression.codec"] = codec;
}

ConfHandle MakeConf(const Properties& properties) {
  ConfHandle conf(rd_kafka_conf_new());
  for (const auto& [name, value] : properties) SetProperty(conf.get(), name, value);
  return conf;
}

KafkaHandle NewHandle(rd_kafka_type_t type, ConfHandle& conf) {
  char reason[512];
  KafkaHandle handle(rd_kafka_new(type, conf.get(), reason, sizeof reason));
  if (!handle) {
    throw std::runtime_error(std::string("cannot create kafka ") +
                             (type == RD_KAFKA_PRODUCER ? "producer" : "consumer") + ": " + reason);
  }
  conf.release();  // now owned by the handle
  return handle;
}

}  // namespace chatfleet::kafka
