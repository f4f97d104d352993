#include "shared/kafka/broker_probe.h"

#include <exception>
#include <mutex>
#include <string>

#include "shared/kafka/client_properties.h"
#include "shared/kafka/config.h"
#include "shared/kafka/handles.h"
#include "shared/kafka/log_bridge.h"

namespace chatfleet::kafka {

struct BrokerProbe::Impl {
  KafkaHandle rk;
  std::string scram_note;  // ScramCompatibilityNote, added to authentication failures
  std::mutex mutex;
  std::string last_error;  // guarded by mutex; until a check succeeds

  // error_cb, served by Check's rd_kafka_poll: the reason the broker cannot be reached (a failed
  // authentication or TLS handshake says so only here), kept for the readiness answer.
  static void OnError(rd_kafka_t*, int err, const char* reason, void* opaque) {
    try {
      auto* impl = static_cast<Impl*>(opaque);
      const std::scoped_lock lock(impl->mutex);
      impl->last_error = std::string(rd_kafka_err2name(static_cast<rd_kafka_resp_err_t>(err))) +
                         ": " + (reason != nullptr ? reason : "");
    } catch (const std::exception&) {
      // Nothing may cross into librdkafka; the readiness answer then lacks the detail.
    }
  }

  // Both serve the error callbacks first: nothing else polls this handle.
  std::string LatestError() {
    rd_kafka_poll(rk.get(), 0);
    const std::scoped_lock lock(mutex);
    return last_error;
  }
  void ForgetErrors() {
    rd_kafka_poll(rk.get(), 0);
    const std::scoped_lock lock(mutex);
    last_error.clear();
  }
};

BrokerProbe::BrokerProbe(const std::string& brokers, const Properties& client_properties)
    : impl_(std::make_unique<Impl>()) {
  Properties properties = client_properties;
  properties["bootstrap.servers"] = brokers;
  properties["client.id"] = "chatfleet-readiness";
  // Refused connects are retried by librdkafka; one log line per minute is enough: the
  // readiness check names the state.
  properties["log.connection.close"] = "false";
  ConfHandle conf = MakeConf(properties);
  rd_kafka_conf_set_opaque(conf.get(), impl_.get());
  rd_kafka_conf_set_error_cb(conf.get(), &Impl::OnError);
  rd_kafka_conf_set_log_cb(conf.get(), &ForwardLog);
  impl_->rk = NewHandle(RD_KAFKA_PRODUCER, conf);
  impl_->scram_note = ScramCompatibilityNote(client_properties, rd_kafka_version());
}

BrokerProbe::~BrokerProbe() = default;

Status BrokerProbe::Check(std::chrono::milliseconds timeout) {
  const rd_kafka_metadata_t* raw = nullptr;
  // all_topics = 0 and no topic: librdkafka asks for the locally known topics, of which this
  // handle has none, so the request lists brokers only (rdkafka_metadata.c, rd_kafka_metadata).
  if (const auto err =
          rd_kafka_metadata(impl_->rk.get(), 0, nullptr, &raw, static_cast<int>(timeout.count()));
      err) {
    std::string message = std::string("unreachable: ") + rd_kafka_err2str(err);
    if (const std::string why = impl_->LatestError(); !why.empty()) {
      message += " (" + why + ")";
      if (why.starts_with("_AUTHENTICATION") && !impl_->scram_note.empty()) {
        message += "; note: " + impl_->scram_note;
      }
    }
    return Fail(Error::Retryable(std::move(message)));
  }
  impl_->ForgetErrors();
  const std::unique_ptr<const rd_kafka_metadata_t, CDeleter<&rd_kafka_metadata_destroy>> metadata(
      raw);
  if (metadata->broker_cnt == 0) return Fail(Error::Retryable("no broker in the metadata"));
  return {};
}

}  // namespace chatfleet::kafka
