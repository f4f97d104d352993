#include "workers/delivery/delivery_store.h"

#include "workers/delivery/send_credentials.h"

namespace chatfleet::delivery {
namespace {

constexpr std::string_view kClaim =
    "INSERT INTO outbound_deliveries (outbound_id, tenant, bot, platform, conversation_id, "
    "instance, status, attempts, owner) VALUES ($1, $2, $3, $4, $5, $6, 'sending', 1, $7) "
    "ON CONFLICT (outbound_id) DO UPDATE SET status = 'sending', "
    "attempts = outbound_deliveries.attempts + 1, owner = EXCLUDED.owner, claimed_at = now(), "
    "updated_at = now() WHERE outbound_deliveries.status = 'waiting' RETURNING attempts";
constexpr std::string_view kInspect =
    "SELECT status, coalesce(platform_message_id, ''), "
    "claimed_at < now() - $2::bigint * interval '1 millisecond' "
    "FROM outbound_deliveries WHERE outbound_id = $1";
constexpr std::string_view kSettleAbandoned =
    "UPDATE outbound_deliveries SET status = 'failed', reason = 'outcome_unknown', "
    "detail = 'a request was in flight when its process (' || owner || ') stopped', "
    "updated_at = now() WHERE outbound_id = $1 AND status = 'sending' "
    "AND claimed_at < now() - $2::bigint * interval '1 millisecond'";
constexpr std::string_view kMarkSent =
    "UPDATE outbound_deliveries SET status = 'sent', platform_message_id = $2, reason = NULL, "
    "detail = NULL, sent_at = now(), updated_at = now() "
    "WHERE outbound_id = $1 AND owner = $3 AND status = 'sending'";
constexpr std::string_view kMarkWaiting =
    "UPDATE outbound_deliveries SET status = 'waiting', reason = $2, detail = $3, "
    "updated_at = now() WHERE outbound_id = $1 AND owner = $4 AND status = 'sending'";
constexpr std::string_view kMarkFailed =
    "UPDATE outbound_deliveries SET status = 'failed', reason = $2, detail = $3, "
    "updated_at = now() WHERE outbound_id = $1 AND owner = $4 AND status = 'sending'";
constexpr std::string_view kRecordFailure =
    "INSERT INTO outbound_deliveries (outbound_id, tenant, bot, platform, conversation_id, "
    "instance, status, attempts, owner, reason, detail) "
    "VALUES ($1, $2, $3, $4, $5, '', 'failed', 0, $6, $7, $8) ON CONFLICT (outbound_id) DO NOTHING";

}  // namespace

DeliveryStore::DeliveryStore(pg::Connection connection, std::string owner,
                             std::chrono::milliseconds lease)
    : connection_(std::move(connection)),
      owner_(std::move(owner)),
      lease_(std::to_string(lease.count())) {}

Status DeliveryStore::Exec(std::string_view sql, std::initializer_list<pg::Param> params) {
  auto result = connection_.Exec(sql, params);
  if (!result) {
    if (!connection_.healthy()) (void)connection_.Reset();
    return Fail(result.error());
  }
  return {};
}

Result<Claim> DeliveryStore::ClaimForSend(const v1::OutboundMessage& message,
                                          const std::string& instance) {
  const std::string platform = PlatformTableName(message.platform());
  auto claimed = connection_.Exec(kClaim, {message.id(), message.tenant(), message.bot(), platform,
                                           message.conversation().id(), instance, owner_});
  if (!claimed) {
    if (!connection_.healthy()) (void)connection_.Reset();
    return Fail(claimed.error());
  }
  if (claimed->rows() == 1)
    return Claim{ClaimKind::kClaimed, static_cast<int>(claimed->Int(0, 0)), {}};
  return Inspect(message.id());
}

Result<Claim> DeliveryStore::Inspect(const std::string& outbound_id) {
  auto rows = connection_.Exec(kInspect, {outbound_id, lease_});
  if (!rows) return Fail(rows.error());
  if (rows->rows() == 0) return Claim{ClaimKind::kBusy, 0, {}};  // deleted meanwhile: look again
  const std::string_view status = rows->Value(0, 0);
  if (status == "sent") return Claim{ClaimKind::kAlreadySent, 0, std::string(rows->Value(0, 1))};
  if (status == "failed") return Claim{ClaimKind::kAlreadyFailed, 0, {}};
  if (status == "sending" && rows->Value(0, 2) == "t") {
    auto settled = connection_.Exec(kSettleAbandoned, {outbound_id, lease_});
    if (!settled) return Fail(settled.error());
    if (settled->affected_rows() == 1) return Claim{ClaimKind::kOutcomeUnknown, 0, {}};
  }
  return Claim{ClaimKind::kBusy, 0, {}};
}

Status DeliveryStore::MarkSent(const std::string& outbound_id,
                               const std::string& platform_message_id) {
  return Exec(kMarkSent, {outbound_id, platform_message_id, owner_});
}

Status DeliveryStore::MarkWaiting(const std::string& outbound_id, const std::string& reason,
                                  const std::string& detail) {
  return Exec(kMarkWaiting, {outbound_id, reason, detail, owner_});
}

Status DeliveryStore::MarkFailed(const std::string& outbound_id, const std::string& reason,
                                 const std::string& detail) {
  return Exec(kMarkFailed, {outbound_id, reason, detail, owner_});
}

Status DeliveryStore::RecordFailure(const v1::OutboundMessage& message, const std::string& reason,
                                    const std::string& detail) {
  return Exec(kRecordFailure,
              {message.id(), message.tenant(), message.bot(), PlatformTableName(message.platform()),
               message.conversation().id(), owner_, reason, detail});
}

}  // namespace chatfleet::delivery
