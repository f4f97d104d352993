#include "shared/kafka/mock_cluster.h"

#include <stdexcept>

#include "shared/kafka/config.h"
#include "shared/kafka/handles.h"

namespace chatfleet::kafka {

struct MockCluster::Impl {
  // The cluster runs on the threads of a producer handle that must outlive it; declaration
  // order makes the cluster go first.
  KafkaHandle owner;
  MockClusterHandle cluster;
};

MockCluster::MockCluster(int broker_count) : impl_(std::make_unique<Impl>()) {
  // A bare producer with no bootstrap servers, as librdkafka's own tests do
  // (test_mock_cluster_new): it only hosts the mock brokers.
  ConfHandle conf = MakeConf({{"client.id", "chatfleet-mock-cluster"}, {"log_level", "3"}});
  impl_->owner = NewHandle(RD_KAFKA_PRODUCER, conf);
  impl_->cluster.reset(rd_kafka_mock_cluster_new(impl_->owner.get(), broker_count));
  if (!impl_->cluster) throw std::runtime_error("cannot start the kafka mock cluster");
}

MockCluster::~MockCluster() = default;

std::string MockCluster::bootstrap_servers() const {
  return rd_kafka_mock_cluster_bootstraps(impl_->cluster.get());
}

Status MockCluster::CreateTopic(const std::string& name, int partitions, int replication_factor) {
  const rd_kafka_resp_err_t err = rd_kafka_mock_topic_create(impl_->cluster.get(), name.c_str(),
                                                             partitions, replication_factor);
  if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
    return Fail(Error::Permanent("mock topic " + name + ": " + rd_kafka_err2str(err)));
  }
  return {};
}

}  // namespace chatfleet::kafka
