#pragma once

#include <functional>
#include <string>
#include <vector>

#include "chatfleet/v1/outbound_message.pb.h"
#include "shared/core/error.h"
#include "shared/kafka/delivery_tracker.h"
#include "shared/kafka/message.h"
#include "shared/trace/trace_context.h"
#include "workers/intake/event_intake.h"
#include "workers/memory/batch_windows.h"
#include "workers/memory/history_row.h"
#include "workers/memory/history_sink.h"
#include "workers/personalization/personalizer.h"
#include "workers/proactive/proactive_plan.h"

namespace chatfleet::workers {

/// Where a stored batch's chat.context messages and the fleet's own answers (chat.outbound) go,
/// as the runner drives it: Prepare before the store (what the store's transaction writes
/// besides the rows), PublishContexts on the post-store lane (produced, not yet acknowledged),
/// Maintain after it, AwaitContexts on the runner's thread before the positions are recorded
/// and the offsets committed. MemoryStages is the real one (PostgreSQL reads, recall, the Kafka
/// producer); the runner's own ordering is tested against scripted ones.
///
/// Threads: Prepare and EffectsOf on the runner's thread may run while PublishContexts and
/// Maintain of the previous batch run on the lane; AwaitContexts runs on the runner's thread
/// once the lane is done with that batch; OnPartitionsRevoked from any thread.
class ContextSink {
 public:
  struct Prepared {
    /// Messages answered before (below their partition's answered position): no context, no
    /// proactive stage.
    std::vector<bool> answered;
    PersonalizationResult personal;
    std::vector<bool> recall_on;
    /// Aligned with the events: whether each row gets a full-text vector (StageSwitches).
    std::vector<bool> searchable;
    std::vector<bool> compression_on;
    std::vector<std::vector<std::string>> disabled;
    ProactivePlan proactive;
  };

  /// One batch's contexts once produced: kept until acknowledged, so a failed delivery can be
  /// sent again with the same ids. Owns everything it needs (outlives the batch's events).
  struct PendingContexts {
    struct Context {
      kafka::OutgoingMessage record;  // serialized once; a failed delivery re-sends it as is
      std::string event_id;
    };
    /// The fleet's own answers (/schedule) to chat.outbound, acknowledged with the contexts.
    struct Reply {
      v1::OutboundMessage message;
      std::string key;
      trace::TraceContext trace;
    };
    std::vector<Context> contexts;
    std::vector<Reply> replies;
    kafka::DeliveryTracker acks;
    std::size_t dropped = 0;
  };

  /// What the store wrote, aligned with the batch's events.
  using Written = StoredRows;

  virtual ~ContextSink() = default;

  /// Before the store: loads and plans. `personal.row_languages` is aligned with `events`.
  virtual Result<Prepared> Prepare(const std::vector<const IntakeEvent*>& events) = 0;
  /// What the store's transaction applies after the rows; `prepared` must outlive it.
  virtual HistorySink::InTransaction EffectsOf(const Prepared& prepared) const = 0;
  /// `stored[i]` false: event i was rejected by the store (dead-lettered): no context. Returns
  /// as soon as the contexts are produced; a retryable error means the whole call may be
  /// repeated (contexts produced so far go out twice, with the same ids). `before_send` (when
  /// not empty) runs once the contexts are assembled and before the first is produced; its
  /// error is returned and nothing is sent.
  virtual Result<PendingContexts> PublishContexts(
      const std::vector<const IntakeEvent*>& events,
      const std::vector<const kafka::ConsumedMessage*>& sources, const std::vector<bool>& stored,
      const Written& written, const Prepared& prepared,
      const std::function<Status()>& before_send) = 0;
  /// Blocks until every context of `pending` is acknowledged. When some failed or did not come
  /// in time, produces all of them again (same ids) under a fresh tracker and returns the
  /// retryable error: calling again waits for that second send.
  virtual Status AwaitContexts(PendingContexts& pending) = 0;
  /// After the batch's contexts are produced (on the lane): folding, retention.
  virtual void Maintain(const std::vector<const IntakeEvent*>& events,
                        const Prepared& prepared) = 0;
  /// Any thread, at any time (the runner's revoke handler): someone else may write these
  /// partitions' conversations from now on.
  virtual void OnPartitionsRevoked() = 0;
};

}  // namespace chatfleet::workers
