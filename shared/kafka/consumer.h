#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "shared/core/error.h"
#include "shared/kafka/message.h"

namespace chatfleet::kafka {

struct ConsumerOptions {
  std::string brokers;
  std::string group_id;
  std::string client_id = "chatfleet";
  std::vector<std::string> topics;
  /// Static membership (`group.instance.id`); empty → dynamic membership.
  std::string group_instance_id;
  /// Where to start without a committed offset (`earliest` never skips accepted events).
  std::string auto_offset_reset = "earliest";
  std::chrono::milliseconds session_timeout{10000};
  /// How long the broker may hold a fetch waiting for more data (`fetch.wait.max.ms`): the
  /// latency floor of a quiet partition.
  std::chrono::milliseconds fetch_wait_max{20};
  /// Further librdkafka properties (the services pass the operator's here:
  /// ClientPropertiesFromEnvironment); `partition.assignment.strategy` here replaces the default
  /// cooperative-sticky (the rebalance callback handles eager assignors too).
  std::map<std::string, std::string> extra;
};

enum class RebalanceKind { kAssigned, kRevoked, kLost };

struct RebalanceEvent {
  RebalanceKind kind;
  std::vector<TopicPartition> partitions;
};

/// A group member with manual commits (`enable.auto.commit=false`) and the cooperative-sticky
/// assignor: a rebalance moves only the partitions that change owner
/// (`rd_kafka_incremental_assign` / `incremental_unassign`).
///
/// Not thread-safe: one thread polls, processes and commits. Callbacks (rebalance) run on that
/// thread inside PollBatch. Neither copyable nor movable; the destructor closes the consumer
/// (leaving the group, so its partitions move at once) and destroys the handle.
///
/// An offset reset (the committed offset no longer exists on the broker) is logged as an error
/// and counted in offset_resets(): it means events were skipped or will be re-read.
class Consumer {
 public:
  using RebalanceListener = std::function<void(const RebalanceEvent&)>;

  /// Subscribes at once. Throws std::runtime_error on a rejected configuration.
  explicit Consumer(const ConsumerOptions& options, RebalanceListener on_rebalance = {});
  ~Consumer();
  Consumer(const Consumer&) = delete;
  Consumer& operator=(const Consumer&) = delete;

  /// Waits up to `timeout` for the first message, then up to `linger` more for others, up to
  /// `max_messages` (linger 0: only what is ready at once). Empty vector on timeout. Transient
  /// broker errors are logged and swallowed here (librdkafka retries them); a fatal consumer
  /// error is returned.
  Result<std::vector<ConsumedMessage>> PollBatch(
      std::size_t max_messages, std::chrono::milliseconds timeout,
      std::chrono::milliseconds linger = std::chrono::milliseconds(0));

  /// Synchronous commit of the given offsets. Retryable on a broker error, permanent when the
  /// partitions are no longer ours (after a rebalance: the new owner re-reads them).
  Status Commit(const std::vector<PartitionOffset>& offsets);

  /// Also runs `before_revoke` (on the polling thread, inside PollBatch or Close) when
  /// partitions are revoked or lost, before they are unassigned and after the constructor's
  /// listener: where the owner of work in flight finishes it (commits) or drops it while the
  /// partitions are still its own. An empty function removes it.
  void SetRevokeHandler(RebalanceListener before_revoke);

  /// Reads these assigned partitions again from these offsets (librdkafka's seek): the next
  /// messages of each start there, and messages of theirs that the PollBatch in progress (when
  /// called from the revoke handler) had collected are dropped. Failures are logged: the
  /// partition then goes on from where it was.
  void Rewind(const std::vector<PartitionOffset>& starts);

  /// Partitions currently assigned to this member.
  std::vector<TopicPartition> Assignment() const;

  /// Consumer lag per assigned partition (high watermark − position), from cached watermarks.
  std::map<TopicPartition, std::int64_t> Lag() const;

  /// True while the group coordinator knows this member: from the JoinGroup answer (which gave
  /// it a member id) until that id is lost (session timeout, fenced, closed). Thread-safe, no
  /// round trip: for readiness ("the group joined").
  bool joined() const;

  /// Leaves the group; later calls to PollBatch return an error. Idempotent.
  void Close();

  std::int64_t offset_resets() const;

 private:
  /// Drops what `batch` holds of partitions rewound since the last call.
  void DropRewound(std::vector<ConsumedMessage>& batch);

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chatfleet::kafka
