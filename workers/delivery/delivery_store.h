#pragma once

#include <chrono>
#include <string>

#include "chatfleet/v1/outbound_message.pb.h"
#include "shared/core/error.h"
#include "shared/pg/connection.h"

namespace chatfleet::delivery {

/// What a claim found.
enum class ClaimKind {
  kClaimed,         ///< ours to send now (row status 'sending', attempt counted)
  kAlreadySent,     ///< sent before: never again (platform_message_id is its id)
  kAlreadyFailed,   ///< failed permanently before
  kBusy,            ///< another process has a request in flight for it: look again later
  kOutcomeUnknown,  ///< a request was in flight when its process died: recorded failed now
};

struct Claim {
  ClaimKind kind = ClaimKind::kBusy;
  int attempt = 0;
  std::string platform_message_id;
};

/// The `outbound_deliveries` table: one row per chat.outbound id, so an id is sent at most once
/// whatever the redeliveries. A row is 'sending' only while a request may be in flight; between
/// attempts it is 'waiting' (the platform said it did not take it: 429, 5xx), which any
/// process may claim. A 'sending' row older than `lease` belongs to a process that died
/// between asking the platform and recording its answer: it is settled as failed
/// 'outcome_unknown' rather than sent again.
///
/// Every call is one autocommit statement (or two for a claim that finds a row). Not
/// thread-safe (one connection).
class DeliveryStore {
 public:
  DeliveryStore(pg::Connection connection, std::string owner, std::chrono::milliseconds lease);

  Result<Claim> ClaimForSend(const v1::OutboundMessage& message, const std::string& instance);
  Status MarkSent(const std::string& outbound_id, const std::string& platform_message_id);
  /// Not sent, another attempt will come (the reason of the last one is kept).
  Status MarkWaiting(const std::string& outbound_id, const std::string& reason,
                     const std::string& detail);
  Status MarkFailed(const std::string& outbound_id, const std::string& reason,
                    const std::string& detail);
  /// Records a permanent failure for an id that never got a claim (no credentials, no address).
  Status RecordFailure(const v1::OutboundMessage& message, const std::string& reason,
                       const std::string& detail);

  const std::string& owner() const { return owner_; }

 private:
  Result<Claim> Inspect(const std::string& outbound_id);
  Status Exec(std::string_view sql, std::initializer_list<pg::Param> params);

  pg::Connection connection_;
  std::string owner_;
  std::string lease_;
};

}  // namespace chatfleet::delivery
