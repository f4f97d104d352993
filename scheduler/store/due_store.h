#pragma once

#include <chrono>
#include <vector>

#include "scheduler/store/due_message.h"
#include "shared/core/error.h"
#include "shared/pg/connection.h"

namespace chatfleet::scheduler {

/// Claims due reminders and follow-ups and marks them sent, inside the caller's transaction.
///
/// Claiming locks the rows (`FOR UPDATE SKIP LOCKED`): several scheduler replicas each get
/// different rows and never wait for each other. The locks last until the transaction ends, so
/// the caller emits the messages and marks them sent before committing; a crash in between
/// rolls the claim back and another replica re-sends with the same outbound id.
class DueStore {
 public:
  /// At most `limit` reminders and `limit` follow-ups due at `now`, oldest first.
  static Result<std::vector<DueMessage>> ClaimDue(pg::Connection& connection,
                                                  std::chrono::system_clock::time_point now,
                                                  int limit);
  /// Cancels the due reminders and follow-ups of the kinds their users turned off; returns
  /// how many.
  static Result<int> CancelMuted(pg::Connection& connection,
                                 std::chrono::system_clock::time_point now);
  static Status MarkSent(pg::Connection& connection, const std::vector<DueMessage>& sent,
                         std::chrono::system_clock::time_point now);
  /// Seconds the oldest unsent due item has waited (0 when none): the "scheduler behind" signal.
  static Result<double> OldestDueSeconds(pg::Connection& connection,
                                         std::chrono::system_clock::time_point now);
};

}  // namespace chatfleet::scheduler
