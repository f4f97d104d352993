#pragma once

// RAII for librdkafka's C handles: one unique_ptr alias per handle type, each with the matching
// destroy function. Only shared/kafka includes this header (and <librdkafka/rdkafka.h>).

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <memory>

namespace chatfleet::kafka {

/// Calls `Destroy` on a non-null pointer; the deleter of every alias below.
template <auto Destroy>
struct CDeleter {
  template <typename T>
  void operator()(T* pointer) const {
    if (pointer != nullptr) Destroy(pointer);
  }
};

template <typename T, auto Destroy>
using CHandle = std::unique_ptr<T, CDeleter<Destroy>>;

using KafkaHandle = CHandle<rd_kafka_t, &rd_kafka_destroy>;
/// rd_kafka_new takes ownership of the conf only on success: release() it after success.
using ConfHandle = CHandle<rd_kafka_conf_t, &rd_kafka_conf_destroy>;
using PartitionListHandle =
    CHandle<rd_kafka_topic_partition_list_t, &rd_kafka_topic_partition_list_destroy>;
using MessageHandle = CHandle<rd_kafka_message_t, &rd_kafka_message_destroy>;
/// rd_kafka_producev takes ownership of the headers only on success: release() it after success.
using HeadersHandle = CHandle<rd_kafka_headers_t, &rd_kafka_headers_destroy>;
using QueueHandle = CHandle<rd_kafka_queue_t, &rd_kafka_queue_destroy>;
using EventHandle = CHandle<rd_kafka_event_t, &rd_kafka_event_destroy>;
using KafkaErrorHandle = CHandle<rd_kafka_error_t, &rd_kafka_error_destroy>;
using AdminOptionsHandle = CHandle<rd_kafka_AdminOptions_t, &rd_kafka_AdminOptions_destroy>;
using NewTopicHandle = CHandle<rd_kafka_NewTopic_t, &rd_kafka_NewTopic_destroy>;
/// Destroy the mock cluster before the rd_kafka_t it was created from.
using MockClusterHandle = CHandle<rd_kafka_mock_cluster_t, &rd_kafka_mock_cluster_destroy>;

}  // namespace chatfleet::kafka
