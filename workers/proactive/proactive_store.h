#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "shared/core/error.h"
#include "shared/pg/connection.h"
#include "shared/pg/lazy_connection.h"
#include "workers/proactive/proactive_plan.h"

namespace chatfleet::workers {
using pg::LazyConnection;  // shared/pg's, by its old unqualified name here

/// The keys a batch's proactive snapshot is read by, from its enabled inputs.
struct ProactiveSnapshotKeys {
  std::set<ConversationKey> conversations;
  std::set<ProfileKey> users;
  std::set<std::string> tenants;
  /// Those who typed `/schedule` or changed a meeting (platform empty when listing across
  /// platforms), with the time of their earliest such message: meetings cancelled since then
  /// are read too.
  std::map<ScheduleOwner, std::chrono::sys_seconds> schedule_owners;
  /// The batch's earliest message: follow-ups sent since then still count as open.
  std::optional<std::chrono::sys_seconds> earliest_message;
};

/// Pure.
ProactiveSnapshotKeys ProactiveSnapshotKeysOf(const std::vector<ProactiveInput>& inputs,
                                              bool schedule_across_platforms);

/// The set-based reads and writes of the proactive stage: one query per table and batch.
/// Not thread-safe (the runner's thread).
class ProactiveStore {
 public:
  explicit ProactiveStore(LazyConnection& connection) : connection_(connection) {}

  /// The stored states and pending follow-ups of the inputs' conversations, their tenants'
  /// follow-up policies, their senders' greeting preferences, and the upcoming meetings of those
  /// who typed `/schedule` or changed a meeting (across platforms when
  /// `schedule_across_platforms`).
  Result<ProactiveSnapshot> Load(const std::vector<ProactiveInput>& inputs,
                                 bool schedule_across_platforms);

  /// Writes the effects on `connection`, inside the history transaction so they commit with
  /// the messages that caused them, and with them the state and cues the next message's
  /// decision starts from. Idempotent: the planner gives a redelivered message no effects, and
  /// the keys hold anyway (schedules by their dedupe key, follow-ups by their source event,
  /// states by position).
  static Status Apply(pg::Connection& connection, const ProactiveEffects& effects);

 private:
  LazyConnection& connection_;
};

}  // namespace chatfleet::workers
