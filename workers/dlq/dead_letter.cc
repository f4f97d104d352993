#include "workers/dlq/dead_letter.h"

#include <google/protobuf/util/time_util.h>

#include "shared/log/logger.h"

namespace chatfleet::workers {

v1::DeadLetter MakeDeadLetter(const kafka::ConsumedMessage& message, const Rejection& rejection,
                              std::chrono::system_clock::time_point now) {
  v1::DeadLetter letter;
  letter.set_original_value(message.value);
  letter.set_original_key(message.key);
  for (const auto& [key, value] : message.headers) {
    auto* header = letter.add_original_headers();
    header->set_key(key);
    header->set_value(value);
  }
  letter.set_source_topic(message.topic);
  letter.set_source_partition(message.partition);
  letter.set_source_offset(message.offset);
  letter.set_reason(rejection.reason);
  letter.set_stage(rejection.stage);
  *letter.mutable_first_failed_at() = google::protobuf::util::TimeUtil::NanosecondsToTimestamp(
      std::chrono::duration_cast<std::chrono::nanoseconds>(now.time_since_epoch()).count());
  return letter;
}

DeadLetterPublisher::DeadLetterPublisher(kafka::Producer& producer, std::string topic)
    : producer_(producer), topic_(std::move(topic)) {}

Status DeadLetterPublisher::Publish(const kafka::ConsumedMessage& message,
                                    const Rejection& rejection) {
  log::Warn("dead-lettering message", {{"topic", message.topic},
                                       {"partition", message.partition},
                                       {"offset", message.offset},
                                       {"stage", rejection.stage},
                                       {"reason", rejection.reason}});
  kafka::OutgoingMessage out{
      topic_,
      message.key,
      MakeDeadLetter(message, rejection, std::chrono::system_clock::now()).SerializeAsString(),
      {}};
  if (auto context = trace::Extract(message.headers)) trace::Inject(*context, out.headers);
  out.headers.emplace_back("chatfleet-dlq-reason", rejection.reason);
  return producer_.Produce(std::move(out), [failed = failed_](const Status& delivered) {
    if (!delivered) failed->fetch_add(1);
  });
}

Status DeadLetterPublisher::Flush(std::chrono::milliseconds timeout) {
  if (auto flushed = producer_.Flush(timeout); !flushed) return flushed;
  if (const int failed = failed_->exchange(0); failed > 0) {
    return Fail(Error::Retryable(std::to_string(failed) + " dead letters were not acknowledged"));
  }
  return {};
}

}  // namespace chatfleet::workers
