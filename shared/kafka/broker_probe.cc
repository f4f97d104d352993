#include "shared/kafka/broker_probe.h"

#include "shared/kafka/config.h"
#include "shared/kafka/handles.h"
#include "shared/kafka/log_bridge.h"

namespace chatfleet::kafka {

struct BrokerProbe::Impl {
  KafkaHandle rk;
};

BrokerProbe::BrokerProbe(const std::string& brokers) : impl_(std::make_unique<Impl>()) {
  ConfHandle conf = MakeConf({{"bootstrap.servers", brokers},
                              {"client.id", "chatfleet-readiness"},
                              // Refused connects are retried by librdkafka; one log line per
                              // minute is enough: the readiness check names the state.
                              {"log.connection.close", "false"}});
  rd_kafka_conf_set_log_cb(conf.get(), &ForwardLog);
  impl_->rk = NewHandle(RD_KAFKA_PRODUCER, conf);
}

BrokerProbe::~BrokerProbe() = default;

Status BrokerProbe::Check(std::chrono::milliseconds timeout) {
  const rd_kafka_metadata_t* raw = nullptr;
  // all_topics = 0 and no topic: librdkafka asks for the locally known topics, of which this
  // handle has none, so the request lists brokers only (rdkafka_metadata.c, rd_kafka_metadata).
  if (const auto err =
          rd_kafka_metadata(impl_->rk.get(), 0, nullptr, &raw, static_cast<int>(timeout.count()));
      err) {
    return Fail(Error::Retryable(std::string("unreachable: ") + rd_kafka_err2str(err)));
  }
  const std::unique_ptr<const rd_kafka_metadata_t, CDeleter<&rd_kafka_metadata_destroy>> metadata(
      raw);
  if (metadata->broker_cnt == 0) return Fail(Error::Retryable("no broker in the metadata"));
  return {};
}

}  // namespace chatfleet::kafka
