#pragma once

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "chatfleet/v1/outbound_message.pb.h"
#include "shared/core/retry.h"
#include "shared/http/http_client.h"
#include "shared/kafka/consumer.h"
#include "shared/kafka/producer.h"
#include "shared/metrics/registry.h"
#include "shared/trace/tracer.h"
#include "workers/delivery/delivery_metrics.h"
#include "workers/delivery/delivery_store.h"
#include "workers/delivery/offset_tracker.h"
#include "workers/delivery/platform_api.h"
#include "workers/delivery/rate_limiter.h"
#include "workers/delivery/send_credentials.h"
#include "workers/dlq/dead_letter.h"

namespace chatfleet::delivery {

struct DeliveryOptions {
  std::string events_topic = "chat.events";
  std::string dlq_topic = "chat.outbound.dlq";
  ApiUrls urls;
  /// Messages read and not yet settled; past this the runner stops reading until some settle.
  std::size_t max_pending = 10000;
  std::chrono::milliseconds poll_timeout{100};
  std::chrono::milliseconds credentials_refresh{30000};
  /// Attempts of one message answered 5xx (or not at all before a connection stood) before it
  /// fails as `retries_exhausted`; 429s do not count, they are the platform's schedule.
  int max_attempts = 8;
  RetryPolicy backoff{std::chrono::milliseconds(1000), std::chrono::milliseconds(60000), 2.0, 0};
  std::chrono::milliseconds publish_timeout{10000};
};

/// Loads the send credentials (PostgreSQL and the secret sources).
using CredentialLoader = std::function<Result<SendCredentialDirectory::Loaded>()>;

/// Reads chat.outbound and sends every message once through its platform's API: each
/// conversation has its own queue, so a conversation waiting for its rate limit, a 429 or a
/// 5xx backoff never holds back another one on the same partition. A partition's offset is
/// committed up to its oldest unsettled message. Settled means: sent (the row says so and the
/// bot's message is on chat.events) or failed permanently (the row says why, the dead letter is
/// on the DLQ topic).
///
/// One thread: Run polls, sends (synchronously, one request at a time) and commits.
class DeliveryRunner {
 public:
  DeliveryRunner(DeliveryOptions options, kafka::Consumer& consumer, kafka::Producer& producer,
                 DeliveryStore& store, CredentialLoader credentials, http::HttpClient& client,
                 trace::Tracer& tracer, metrics::Registry& metrics);

  /// Until `should_stop`; then commits what settled and returns (unsettled messages go to the
  /// partitions' next owner, their rows 'waiting' or absent).
  void Run(const std::function<bool()>& should_stop);

  /// True once the credentials loaded and the first poll succeeded.
  bool ready() const { return ready_.load(); }

 private:
  struct Rejected {
    std::string reason;
    std::string detail;
    bool record = false;  // write a delivery row (the message had an id)
  };
  struct Pending {
    kafka::ConsumedMessage record;
    std::optional<Rejected> rejection;
    v1::OutboundMessage message;
    PlatformTarget target;
    Destination destination;
    SteadyTime not_before{};
    int failures = 0;
  };
  enum class Step { kSettled, kLater };

  void Poll(std::chrono::milliseconds timeout);
  void Admit(kafka::ConsumedMessage record);
  /// One pass over the conversations: sends every queue head whose limits allow it now.
  /// Returns the earliest time a queue head waits for.
  SteadyTime SendDue();
  Step Attempt(Pending& pending);
  Step SendClaimed(Pending& pending, const SendCredentials& credentials);
  Step Apply(Pending& pending, const SendOutcome& outcome, const trace::TraceContext& send_trace);
  Step Republish(Pending& pending, const std::string& platform_message_id,
                 const trace::TraceContext& parent);
  Step GiveUp(Pending& pending, const std::string& reason, const std::string& detail, bool record);
  Step Later(Pending& pending, std::chrono::milliseconds delay);
  void Throttle(Pending& pending, const SendOutcome& outcome);
  void Settle(const Pending& pending);
  void Commit();
  void RefreshCredentials(bool force);
  void DropPartitions(const std::vector<kafka::TopicPartition>& partitions);
  RateLimiter& LimiterFor(v1::Platform platform);

  DeliveryOptions options_;
  kafka::Consumer& consumer_;
  kafka::Producer& producer_;
  DeliveryStore& store_;
  CredentialLoader load_credentials_;
  http::HttpClient& client_;
  trace::Tracer& tracer_;
  DeliveryMetrics metrics_;
  workers::DeadLetterPublisher dead_letters_;

  std::optional<SendCredentialDirectory> credentials_;
  SteadyTime credentials_loaded_{};
  std::map<v1::Platform, RateLimiter> limiters_;
  std::map<std::string, std::deque<Pending>> queues_;  // per conversation, in offset order
  OffsetTracker offsets_;
  std::atomic<bool> ready_{false};
  std::atomic<std::size_t> pending_{0};
};

}  // namespace chatfleet::delivery
