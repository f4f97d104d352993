#include "shared/kafka/admin.h"

#include <map>
#include <thread>

#include "shared/kafka/config.h"
#include "shared/kafka/handles.h"

namespace chatfleet::kafka {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::chrono::milliseconds kMetadataPollInterval{50};

int Millis(std::chrono::milliseconds duration) { return static_cast<int>(duration.count()); }

// Topic name → partition count, from an all-topics Metadata request: naming a topic instead
// would auto-create it on brokers that allow that (the mock cluster always does).
Result<std::map<std::string, int>> ListTopics(rd_kafka_t* rk, std::chrono::milliseconds timeout) {
  const rd_kafka_metadata_t* raw = nullptr;
  if (const auto err = rd_kafka_metadata(rk, 1, nullptr, &raw, Millis(timeout)); err) {
    return Fail(Error::Retryable(std::string("kafka metadata: ") + rd_kafka_err2str(err)));
  }
  const std::unique_ptr<const rd_kafka_metadata_t, CDeleter<&rd_kafka_metadata_destroy>> metadata(
      raw);
  std::map<std::string, int> topics;
  for (int i = 0; i < metadata->topic_cnt; ++i) {
    const auto& topic = metadata->topics[i];
    if (topic.err == RD_KAFKA_RESP_ERR_NO_ERROR) topics[topic.topic] = topic.partition_cnt;
  }
  return topics;
}

Status CheckAdminResults(const rd_kafka_CreateTopics_result_t* result, bool exists_ok) {
  std::size_t count = 0;
  const rd_kafka_topic_result_t** topics = rd_kafka_CreateTopics_result_topics(result, &count);
  std::string failures;
  bool retryable = false;
  for (std::size_t i = 0; i < count; ++i) {
    const rd_kafka_resp_err_t err = rd_kafka_topic_result_error(topics[i]);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR) continue;
    if (err == RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS && exists_ok) continue;
    retryable = retryable || err == RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT ||
                err == RD_KAFKA_RESP_ERR_NOT_CONTROLLER || err == RD_KAFKA_RESP_ERR__TIMED_OUT;
    const char* message = rd_kafka_topic_result_error_string(topics[i]);
    failures += std::string(" ") + rd_kafka_topic_result_name(topics[i]) + ": " +
                (message != nullptr ? message : rd_kafka_err2str(err)) + ";";
  }
  if (failures.empty()) return {};
  std::string message = "kafka CreateTopics failed:" + failures;
  return Fail(retryable ? Error::Retryable(std::move(message))
                        : Error::Permanent(std::move(message)));
}

Status CreateWithAdminApi(rd_kafka_t* rk, const std::vector<TopicSpec>& topics,
                          std::chrono::milliseconds timeout, bool exists_ok) {
  char reason[512];
  std::vector<NewTopicHandle> owned;
  std::vector<rd_kafka_NewTopic_t*> requests;
  for (const auto& topic : topics) {
    owned.emplace_back(rd_kafka_NewTopic_new(topic.name.c_str(), topic.partitions,
                                             topic.replication_factor, reason, sizeof reason));
    if (!owned.back()) return Fail(Error::Permanent("kafka topic " + topic.name + ": " + reason));
    requests.push_back(owned.back().get());
  }
  AdminOptionsHandle options(rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS));
  rd_kafka_AdminOptions_set_request_timeout(options.get(), Millis(timeout), reason, sizeof reason);
  rd_kafka_AdminOptions_set_operation_timeout(options.get(), Millis(timeout), reason,
                                              sizeof reason);
  const QueueHandle queue(rd_kafka_queue_new(rk));
  rd_kafka_CreateTopics(rk, requests.data(), requests.size(), options.get(), queue.get());
  // The request has its own timeout; the extra second only covers delivering the result.
  const EventHandle event(rd_kafka_queue_poll(queue.get(), Millis(timeout) + 1000));
  if (!event) return Fail(Error::Retryable("kafka CreateTopics: no answer in time"));
  if (const auto err = rd_kafka_event_error(event.get()); err != RD_KAFKA_RESP_ERR_NO_ERROR) {
    const std::string message =
        std::string("kafka CreateTopics: ") + rd_kafka_event_error_string(event.get());
    return Fail(err == RD_KAFKA_RESP_ERR__TIMED_OUT || err == RD_KAFKA_RESP_ERR__TRANSPORT
                    ? Error::Retryable(message)
                    : Error::Permanent(message));
  }
  return CheckAdminResults(rd_kafka_event_CreateTopics_result(event.get()), exists_ok);
}

Status RequestFromDevBroker(rd_kafka_t* rk, const std::vector<TopicSpec>& topics,
                            std::chrono::milliseconds timeout) {
  const std::string admin_topic(kDevBrokerAdminTopic);
  for (const auto& topic : topics) {
    std::string partitions = std::to_string(topic.partitions);
    const auto err = rd_kafka_producev(
        rk, RD_KAFKA_V_TOPIC(admin_topic.c_str()), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
        RD_KAFKA_V_KEY(topic.name.data(), topic.name.size()),
        RD_KAFKA_V_VALUE(partitions.data(), partitions.size()), RD_KAFKA_V_END);
    if (err)
      return Fail(Error::Retryable(std::string("devbroker request: ") + rd_kafka_err2str(err)));
  }
  if (const auto err = rd_kafka_flush(rk, Millis(timeout)); err) {
    return Fail(Error::Retryable(std::string("devbroker request: ") + rd_kafka_err2str(err)));
  }
  return {};
}

// Waits until every topic is in the metadata with its partition count.
Status AwaitTopics(rd_kafka_t* rk, const std::vector<TopicSpec>& topics, Clock::time_point deadline,
                   bool exists_ok) {
  while (true) {
    const auto listed = ListTopics(rk, std::chrono::seconds(5));
    std::string missing;
    for (const auto& topic : topics) {
      const auto found =
          listed ? listed->find(topic.name) : std::map<std::string, int>::const_iterator{};
      if (!listed || found == listed->end()) {
        missing += " " + topic.name;
      } else if (!exists_ok && found->second != topic.partitions) {
        return Fail(Error::Permanent("kafka topic " + topic.name + " has " +
                                     std::to_string(found->second) + " partitions, wanted " +
                                     std::to_string(topic.partitions)));
      }
    }
    if (missing.empty()) return {};
    if (Clock::now() >= deadline) {
      return Fail(Error::Retryable("kafka topics not created in time:" + missing));
    }
    std::this_thread::sleep_for(kMetadataPollInterval);
  }
}

}  // namespace

Status CreateTopics(const std::string& brokers, const std::vector<TopicSpec>& topics,
                    std::chrono::milliseconds timeout, bool exists_ok,
                    const Properties& client_properties) {
  if (topics.empty()) return {};
  const auto deadline = Clock::now() + timeout;
  Properties properties = client_properties;
  properties["bootstrap.servers"] = brokers;
  properties["client.id"] = "chatfleet-admin";
  ConfHandle conf = MakeConf(properties);
  const KafkaHandle rk = NewHandle(RD_KAFKA_PRODUCER, conf);
  const auto existing = ListTopics(rk.get(), timeout);
  if (!existing) return Fail(existing.error());
  std::vector<TopicSpec> wanted;
  for (const auto& topic : topics) {
    if (!existing->contains(topic.name)) {
      wanted.push_back(topic);
    } else if (!exists_ok) {
      return Fail(Error::Permanent("kafka topic " + topic.name + " already exists"));
    }
  }
  if (wanted.empty()) return {};
  if (!existing->contains(std::string(kDevBrokerAdminTopic))) {
    return CreateWithAdminApi(rk.get(), wanted, timeout, exists_ok);
  }
  if (auto requested = RequestFromDevBroker(rk.get(), wanted, timeout); !requested) {
    return requested;
  }
  return AwaitTopics(rk.get(), wanted, deadline, exists_ok);
}

}  // namespace chatfleet::kafka
