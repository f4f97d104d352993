#include "shared/kafka/consumer.h"

#include <algorithm>
#include <cstring>
#include <exception>
#include <map>
#include <set>
#include <stdexcept>

#include "shared/kafka/config.h"
#include "shared/kafka/handles.h"
#include "shared/kafka/log_bridge.h"
#include "shared/kafka/no_throw.h"
#include "shared/log/logger.h"

namespace chatfleet::kafka {
namespace {

std::vector<TopicPartition> ToTopicPartitions(const rd_kafka_topic_partition_list_t* list) {
  std::vector<TopicPartition> out;
  if (list == nullptr) return out;
  out.reserve(static_cast<std::size_t>(list->cnt));
  for (int i = 0; i < list->cnt; ++i)
    out.push_back({list->elems[i].topic, list->elems[i].partition});
  return out;
}

Headers CopyHeaders(const rd_kafka_message_t* message) {
  Headers out;
  rd_kafka_headers_t* headers = nullptr;  // owned by the message
  if (rd_kafka_message_headers(message, &headers) != RD_KAFKA_RESP_ERR_NO_ERROR) return out;
  const char* name = nullptr;
  const void* value = nullptr;
  std::size_t size = 0;
  for (std::size_t i = 0;
       rd_kafka_header_get_all(headers, i, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR;
       ++i) {
    out.emplace_back(name, value == nullptr ? std::string()
                                            : std::string(static_cast<const char*>(value), size));
  }
  return out;
}

ConsumedMessage CopyMessage(const rd_kafka_message_t* message) {
  ConsumedMessage out;
  out.topic = rd_kafka_topic_name(message->rkt);
  out.partition = message->partition;
  out.offset = message->offset;
  if (message->key != nullptr)
    out.key.assign(static_cast<const char*>(message->key), message->key_len);
  if (message->payload != nullptr) {
    out.value.assign(static_cast<const char*>(message->payload), message->len);
  }
  out.headers = CopyHeaders(message);
  rd_kafka_timestamp_type_t type;
  out.timestamp_ms = rd_kafka_message_timestamp(message, &type);
  return out;
}

bool IsNotOwnerError(rd_kafka_resp_err_t err) {
  switch (err) {
    case RD_KAFKA_RESP_ERR_ILLEGAL_GENERATION:
    case RD_KAFKA_RESP_ERR_UNKNOWN_MEMBER_ID:
    case RD_KAFKA_RESP_ERR_FENCED_INSTANCE_ID:
    case RD_KAFKA_RESP_ERR__ASSIGNMENT_LOST:
    case RD_KAFKA_RESP_ERR__STATE:
      return true;
    default:
      return false;
  }
}

// Result of one rd_kafka_commit_queue call, filled in by its callback on the calling thread.
struct CommitOutcome {
  rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
  std::vector<std::pair<TopicPartition, rd_kafka_resp_err_t>> failed;
};

void OnCommitted(rd_kafka_t*, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t* offsets,
                 void* opaque) {
  NoThrow("consumer", "commit", [&] {
    auto* outcome = static_cast<CommitOutcome*>(opaque);
    outcome->err = err;
    for (int i = 0; offsets != nullptr && i < offsets->cnt; ++i) {
      const auto& elem = offsets->elems[i];
      if (elem.err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        outcome->failed.push_back({{elem.topic, elem.partition}, elem.err});
      }
    }
  });
}

}  // namespace

struct Consumer::Impl {
  RebalanceListener listener;  // declared first: outlive the handle whose callbacks use them
  RebalanceListener before_revoke;
  KafkaHandle rk;
  std::atomic<std::int64_t> offset_resets{0};
  std::atomic<bool> assigned_once{false};
  bool closed = false;
  /// Rewound inside the PollBatch in progress: what it collected of them is stale.
  std::map<TopicPartition, std::int64_t> rewound;

  void Notify(RebalanceKind kind, const rd_kafka_topic_partition_list_t* partitions) {
    if (partitions == nullptr || partitions->cnt == 0) return;
    if (listener) {
      NoThrow("consumer", "rebalance listener", [&] {
        listener({kind, ToTopicPartitions(partitions)});
      });
    }
    if (kind != RebalanceKind::kAssigned && before_revoke) {
      NoThrow("consumer", "revoke handler", [&] {
        before_revoke({kind, ToTopicPartitions(partitions)});
      });
    }
  }

  static void CheckAssign(const char* what, rd_kafka_error_t* raw) {
    KafkaErrorHandle error(raw);
    if (error)
      log::Error("kafka assignment change failed",
                 {{"call", what}, {"error", rd_kafka_error_string(error.get())}});
  }

  // librdkafka's documented rebalance_cb pattern (rdkafka.h, rd_kafka_conf_set_rebalance_cb):
  // with cooperative-sticky only the partitions that change owner are passed, and they must be
  // applied incrementally; rd_kafka_assign would replace the whole assignment.
  void Rebalance(rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t* partitions) {
    const bool cooperative = std::strcmp(rd_kafka_rebalance_protocol(rk.get()), "COOPERATIVE") == 0;
    log::Info("kafka rebalance", {{"event", rd_kafka_err2name(err)},
                                  {"protocol", cooperative ? "COOPERATIVE" : "EAGER"},
                                  {"partitions", partitions == nullptr ? 0 : partitions->cnt}});
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
      assigned_once = true;
      if (cooperative) {
        CheckAssign("incremental_assign", rd_kafka_incremental_assign(rk.get(), partitions));
      } else if (const auto e = rd_kafka_assign(rk.get(), partitions); e) {
        log::Error("kafka assign failed", {{"error", rd_kafka_err2str(e)}});
      }
      Notify(RebalanceKind::kAssigned, partitions);
      return;
    }
    if (err != RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS) {
      log::Error("kafka rebalance error", {{"error", rd_kafka_err2str(err)}});
    }
    // Tell the owner before the partitions go, so it may still commit what it finished.
    Notify(rd_kafka_assignment_lost(rk.get()) ? RebalanceKind::kLost : RebalanceKind::kRevoked,
           partitions);
    if (cooperative) {
      CheckAssign("incremental_unassign", rd_kafka_incremental_unassign(rk.get(), partitions));
    } else if (const auto e = rd_kafka_assign(rk.get(), nullptr); e) {
      log::Error("kafka unassign failed", {{"error", rd_kafka_err2str(e)}});
    }
  }

  static void OnRebalance(rd_kafka_t*, rd_kafka_resp_err_t err,
                          rd_kafka_topic_partition_list_t* partitions, void* opaque) {
    NoThrow("consumer", "rebalance",
            [&] { static_cast<Impl*>(opaque)->Rebalance(err, partitions); });
  }

  void CountOffsetReset(std::initializer_list<log::Field> fields) {
    offset_resets.fetch_add(1);
    log::Error("kafka offset reset: events skipped or re-read", fields);
  }

  // Runs on librdkafka's threads. In 2.0.2 an automatic offset reset (auto.offset.reset after
  // offset-out-of-range) surfaces only as this warning, never as a consumer error event.
  static void OnLog(const rd_kafka_t* rk, int level, const char* facility, const char* message) {
    if (IsOffsetResetLog(level, facility, message)) {
      NoThrow("consumer", "log", [&] {
        static_cast<Impl*>(rd_kafka_opaque(rk))->CountOffsetReset({{"detail", message}});
      });
      return;
    }
    ForwardLog(rk, level, facility, message);
  }

  Error FatalError() {
    char reason[512] = "";
    const auto code = rd_kafka_fatal_error(rk.get(), reason, sizeof reason);
    return Error::Fatal(std::string("kafka consumer fatal error ") + rd_kafka_err2name(code) +
                        ": " + reason);
  }

  // Handles a message whose err is set. Returns an error only when the consumer cannot go on.
  Status HandleErrorMessage(const rd_kafka_message_t* message) {
    const std::string topic = message->rkt != nullptr ? rd_kafka_topic_name(message->rkt) : "";
    switch (message->err) {
      case RD_KAFKA_RESP_ERR__PARTITION_EOF:
        return {};
      case RD_KAFKA_RESP_ERR__AUTO_OFFSET_RESET:
        // Delivered as an event only with auto.offset.reset=error (2.0.2); never silent.
        CountOffsetReset({{"topic", topic},
                          {"partition", message->partition},
                          {"offset", message->offset},
                          {"reason", rd_kafka_message_errstr(message)}});
        return {};
      case RD_KAFKA_RESP_ERR__FATAL:
        return Fail(FatalError());
      default:
        log::Warn("kafka consumer error", {{"code", rd_kafka_err2name(message->err)},
                                           {"topic", topic},
                                           {"partition", message->partition},
                                           {"reason", rd_kafka_message_errstr(message)}});
        return {};
    }
  }
};

Consumer::Consumer(const ConsumerOptions& options, RebalanceListener on_rebalance)
    : impl_(std::make_unique<Impl>()) {
  impl_->listener = std::move(on_rebalance);
  if (options.topics.empty()) throw std::runtime_error("kafka consumer: no topics to subscribe");
  Properties properties = options.extra;
  properties["bootstrap.servers"] = options.brokers;
  properties["group.id"] = options.group_id;
  properties["client.id"] = options.client_id;
  properties["enable.auto.commit"] = "false";
  properties["enable.auto.offset.store"] = "false";
  // Ingest publishes a batch request as one transaction: an aborted one is never read.
  properties["isolation.level"] = "read_committed";
  if (!properties.contains("partition.assignment.strategy")) {
    properties["partition.assignment.strategy"] = "cooperative-sticky";
  }
  properties["auto.offset.reset"] = options.auto_offset_reset;
  properties["session.timeout.ms"] = std::to_string(options.session_timeout.count());
  // librdkafka's default lets the broker hold a fetch for 500 ms when little data is waiting:
  // a 500 ms latency floor for a lightly loaded conversation. Shorter by default, overridable.
  if (!properties.contains("fetch.wait.max.ms")) {
    properties["fetch.wait.max.ms"] = std::to_string(options.fetch_wait_max.count());
  }
  if (!options.group_instance_id.empty()) {
    properties["group.instance.id"] = options.group_instance_id;
  }
  ConfHandle conf = MakeConf(properties);
  rd_kafka_conf_set_opaque(conf.get(), impl_.get());
  rd_kafka_conf_set_rebalance_cb(conf.get(), &Impl::OnRebalance);
  rd_kafka_conf_set_error_cb(conf.get(), &ForwardConsumerError);
  rd_kafka_conf_set_log_cb(conf.get(), &Impl::OnLog);
  impl_->rk = NewHandle(RD_KAFKA_CONSUMER, conf);
  // Route the main queue into the consumer queue: one PollBatch call serves every callback.
  rd_kafka_poll_set_consumer(impl_->rk.get());

  PartitionListHandle topics(
      rd_kafka_topic_partition_list_new(static_cast<int>(options.topics.size())));
  for (const auto& topic : options.topics) {
    rd_kafka_topic_partition_list_add(topics.get(), topic.c_str(), RD_KAFKA_PARTITION_UA);
  }
  if (const auto err = rd_kafka_subscribe(impl_->rk.get(), topics.get()); err) {
    throw std::runtime_error(std::string("kafka subscribe failed: ") + rd_kafka_err2str(err));
  }
}

Consumer::~Consumer() {
  Close();
  if (!impl_->assigned_once) {
    // librdkafka before 2.3 (Debian 12 has 2.0.2) asserts in the cooperative-sticky assignor
    // when a consumer that joined but never got its first assignment is destroyed (upstream
    // #4312): a worker stopped during a long rebalance would abort instead of exiting 0.
    // It has left the group already; the process is ending, so the handle is let go.
    log::Info("kafka consumer left the group before its first assignment");
    static_cast<void>(impl_->rk.release());
    return;
  }
  impl_->rk.reset();  // destroyed while every member its callbacks touch is still alive
}

Result<std::vector<ConsumedMessage>> Consumer::PollBatch(std::size_t max_messages,
                                                         std::chrono::milliseconds timeout,
                                                         std::chrono::milliseconds linger) {
  if (impl_->closed) return Fail(Error::Fatal("kafka consumer is closed"));
  std::vector<ConsumedMessage> batch;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::chrono::steady_clock::time_point linger_until;
  while (batch.size() < max_messages) {
    // Wait (up to the deadline) for the first message; then for at most `linger` more, so a
    // busy stream gives batches large enough to amortize the transaction they go into.
    const auto until = batch.empty() ? deadline : linger_until;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        until - std::chrono::steady_clock::now());
    const int wait_ms = static_cast<int>(std::max<std::int64_t>(0, left.count()));
    MessageHandle message(rd_kafka_consumer_poll(impl_->rk.get(), wait_ms));
    if (!message) {
      if (wait_ms == 0) break;
      continue;
    }
    if (batch.empty()) linger_until = std::chrono::steady_clock::now() + linger;
    if (message->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
      if (auto handled = impl_->HandleErrorMessage(message.get()); !handled) {
        return Fail(handled.error());
      }
      continue;
    }
    DropRewound(batch);
    batch.push_back(CopyMessage(message.get()));
  }
  DropRewound(batch);
  if (rd_kafka_fatal_error(impl_->rk.get(), nullptr, 0) != RD_KAFKA_RESP_ERR_NO_ERROR) {
    return Fail(impl_->FatalError());
  }
  return batch;
}

Status Consumer::Commit(const std::vector<PartitionOffset>& offsets) {
  if (impl_->closed) return Fail(Error::Permanent("kafka commit: consumer is closed"));
  if (offsets.empty()) return {};
  const std::vector<TopicPartition> assigned = Assignment();
  const std::set<TopicPartition> owned(assigned.begin(), assigned.end());
  std::string not_owned;
  PartitionListHandle list(rd_kafka_topic_partition_list_new(static_cast<int>(offsets.size())));
  for (const auto& offset : offsets) {
    if (!owned.contains({offset.topic, offset.partition})) {
      not_owned += " " + offset.topic + "/" + std::to_string(offset.partition);
      continue;
    }
    rd_kafka_topic_partition_list_add(list.get(), offset.topic.c_str(), offset.partition)->offset =
        offset.next_offset;
  }
  CommitOutcome outcome;
  if (list->cnt > 0) {
    // commit_queue with no queue blocks and serves its callback here, which (unlike
    // rd_kafka_commit) reports the per-partition errors.
    const auto err =
        rd_kafka_commit_queue(impl_->rk.get(), list.get(), nullptr, &OnCommitted, &outcome);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR && outcome.err == RD_KAFKA_RESP_ERR_NO_ERROR) {
      outcome.err = err;
    }
  }
  if (!not_owned.empty()) {
    return Fail(Error::Permanent("kafka commit: partitions no longer assigned:" + not_owned));
  }
  bool permanent = IsNotOwnerError(outcome.err);
  std::string failures;
  for (const auto& [partition, err] : outcome.failed) {
    permanent = permanent || IsNotOwnerError(err);
    failures += " " + partition.topic + "/" + std::to_string(partition.partition) + ":" +
                rd_kafka_err2name(err);
  }
  if (outcome.err == RD_KAFKA_RESP_ERR_NO_ERROR && failures.empty()) return {};
  if (outcome.err == RD_KAFKA_RESP_ERR__NO_OFFSET && failures.empty()) return {};
  std::string message =
      std::string("kafka commit failed: ") + rd_kafka_err2str(outcome.err) + failures;
  return Fail(permanent ? Error::Permanent(std::move(message))
                        : Error::Retryable(std::move(message)));
}

void Consumer::SetRevokeHandler(RebalanceListener before_revoke) {
  impl_->before_revoke = std::move(before_revoke);
}

void Consumer::Rewind(const std::vector<PartitionOffset>& starts) {
  if (impl_->closed || starts.empty()) return;
  PartitionListHandle list(rd_kafka_topic_partition_list_new(static_cast<int>(starts.size())));
  for (const auto& start : starts) {
    rd_kafka_topic_partition_list_add(list.get(), start.topic.c_str(), start.partition)->offset =
        start.next_offset;
  }
  // With a timeout, librdkafka guarantees that nothing it fetched before the seek is returned
  // after it (rdkafka.h, rd_kafka_seek_partitions).
  constexpr int kSeekTimeoutMs = 10000;
  KafkaErrorHandle error(rd_kafka_seek_partitions(impl_->rk.get(), list.get(), kSeekTimeoutMs));
  if (error) {
    log::Error("kafka rewind failed", {{"error", rd_kafka_error_string(error.get())}});
  }
  for (int i = 0; i < list->cnt; ++i) {
    const auto& partition = list->elems[i];
    if (partition.err != RD_KAFKA_RESP_ERR_NO_ERROR) {
      log::Error("kafka rewind failed", {{"topic", partition.topic},
                                         {"partition", partition.partition},
                                         {"error", rd_kafka_err2str(partition.err)}});
      continue;
    }
    log::Warn("kafka partition rewound: its events are read again",
              {{"topic", partition.topic},
               {"partition", partition.partition},
               {"offset", partition.offset}});
    auto [at, inserted] =
        impl_->rewound.try_emplace({partition.topic, partition.partition}, partition.offset);
    if (!inserted) at->second = std::min(at->second, partition.offset);
  }
}

void Consumer::DropRewound(std::vector<ConsumedMessage>& batch) {
  if (impl_->rewound.empty()) return;
  std::erase_if(batch, [this](const ConsumedMessage& message) {
    const auto found = impl_->rewound.find({message.topic, message.partition});
    return found != impl_->rewound.end() && message.offset >= found->second;
  });
  impl_->rewound.clear();
}

std::vector<TopicPartition> Consumer::Assignment() const {
  rd_kafka_topic_partition_list_t* raw = nullptr;
  if (impl_->closed || rd_kafka_assignment(impl_->rk.get(), &raw) != RD_KAFKA_RESP_ERR_NO_ERROR) {
    return {};
  }
  PartitionListHandle list(raw);
  return ToTopicPartitions(list.get());
}

std::map<TopicPartition, std::int64_t> Consumer::Lag() const {
  std::map<TopicPartition, std::int64_t> lag;
  rd_kafka_topic_partition_list_t* raw = nullptr;
  if (impl_->closed || rd_kafka_assignment(impl_->rk.get(), &raw) != RD_KAFKA_RESP_ERR_NO_ERROR) {
    return lag;
  }
  PartitionListHandle list(raw);
  rd_kafka_position(impl_->rk.get(), list.get());
  for (int i = 0; i < list->cnt; ++i) {
    const auto& elem = list->elems[i];
    std::int64_t low = 0;
    std::int64_t high = 0;
    // Cached from fetch responses: no broker round trip. Unknown until the first fetch.
    if (rd_kafka_get_watermark_offsets(impl_->rk.get(), elem.topic, elem.partition, &low, &high) !=
            RD_KAFKA_RESP_ERR_NO_ERROR ||
        high < 0) {
      continue;
    }
    // Without a position yet (nothing consumed) the whole retained log is behind us.
    const std::int64_t position = elem.offset >= 0 ? elem.offset : low;
    if (position < 0) continue;
    lag[{elem.topic, elem.partition}] = std::max<std::int64_t>(0, high - position);
  }
  return lag;
}

bool Consumer::joined() const {
  // rd_kafka_memberid reads the group handle under the client's lock; "" until JoinGroup.
  char* member_id = rd_kafka_memberid(impl_->rk.get());
  const bool joined = member_id != nullptr && member_id[0] != '\0';
  if (member_id != nullptr) rd_kafka_mem_free(impl_->rk.get(), member_id);
  return joined;
}

void Consumer::Close() {
  if (impl_->closed) return;
  // Leaves the group (revoke callbacks run here, on this thread) so partitions move at once.
  if (const auto err = rd_kafka_consumer_close(impl_->rk.get()); err) {
    log::Warn("kafka consumer close", {{"error", rd_kafka_err2str(err)}});
  }
  impl_->closed = true;
}

std::int64_t Consumer::offset_resets() const { return impl_->offset_resets.load(); }

}  // namespace chatfleet::kafka
