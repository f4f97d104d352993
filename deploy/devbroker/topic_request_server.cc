#include "deploy/devbroker/topic_request_server.h"

#include <charconv>

#include "shared/kafka/admin.h"
#include "shared/log/logger.h"

namespace chatfleet::devbroker {
namespace {

constexpr std::size_t kBatch = 100;
constexpr std::chrono::milliseconds kPollTimeout{100};

}  // namespace

TopicRequestServer::TopicRequestServer(kafka::MockCluster& cluster, int replication_factor)
    : cluster_(cluster), replication_factor_(replication_factor) {
  const std::string admin_topic(kafka::kDevBrokerAdminTopic);
  if (auto created = cluster_.CreateTopic(admin_topic, 1, replication_factor_); !created) {
    throw std::runtime_error(created.error().message);
  }
  kafka::ConsumerOptions options;
  options.brokers = cluster_.bootstrap_servers();
  options.group_id = "chatfleet-devbroker";
  options.client_id = "chatfleet-devbroker";
  options.topics = {admin_topic};
  options.auto_offset_reset = "earliest";
  consumer_ = std::make_unique<kafka::Consumer>(options);
  thread_ = std::thread([this] { Run(); });
}

TopicRequestServer::~TopicRequestServer() {
  stopping_.store(true);
  thread_.join();
  consumer_.reset();  // leaves the group while the cluster is still up
}

void TopicRequestServer::Run() {
  while (!stopping_.load()) {
    auto batch = consumer_->PollBatch(kBatch, kPollTimeout);
    if (!batch) {
      log::Error("devbroker topic requests stopped", {{"error", batch.error().message}});
      return;
    }
    if (batch->empty()) continue;
    for (const auto& request : *batch) Handle(request);
    const auto& last = batch->back();
    if (auto committed = consumer_->Commit({{last.topic, last.partition, last.offset + 1}});
        !committed) {
      log::Warn("devbroker topic request commit", {{"error", committed.error().message}});
    }
  }
}

void TopicRequestServer::Handle(const kafka::ConsumedMessage& request) {
  int partitions = 0;
  const auto* end = request.value.data() + request.value.size();
  if (auto [ptr, ec] = std::from_chars(request.value.data(), end, partitions);
      ec != std::errc() || ptr != end || partitions <= 0 || request.key.empty()) {
    log::Error("devbroker: bad topic request", {{"key", request.key}, {"value", request.value}});
    return;
  }
  if (auto created = cluster_.CreateTopic(request.key, partitions, replication_factor_); !created) {
    // Most likely it exists already (maybe auto-created by a client that named it first).
    log::Warn("devbroker: topic not created",
              {{"topic", request.key}, {"error", created.error().message}});
    return;
  }
  log::Info("devbroker: topic created", {{"topic", request.key}, {"partitions", partitions}});
}

}  // namespace chatfleet::devbroker
