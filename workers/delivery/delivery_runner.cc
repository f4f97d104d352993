#include "workers/delivery/delivery_runner.h"

#include <algorithm>
#include <thread>

#include "shared/log/logger.h"
#include "shared/trace/attributes.h"
#include "shared/trace/messaging_spans.h"
#include "workers/delivery/sent_event.h"

namespace chatfleet::delivery {
namespace {

using std::chrono::milliseconds;
using Clock = std::chrono::steady_clock;

constexpr std::string_view kStage = "deliver";
// A claim that finds another process's request in flight looks again after this.
constexpr milliseconds kBusyRetry{1000};
// How long a failed PostgreSQL or broker step waits before the message is tried again.
constexpr milliseconds kInfrastructureRetry{1000};
// How often idle limiter state is dropped.
constexpr milliseconds kPruneInterval{10000};

const char* ScopeName(ThrottleScope scope) {
  switch (scope) {
    case ThrottleScope::kChat:
      return "chat";
    case ThrottleScope::kRoute:
      return "route";
    case ThrottleScope::kBot:
      return "bot";
  }
  return "chat";
}

const char* OutcomeName(OutcomeKind kind) {
  switch (kind) {
    case OutcomeKind::kSent:
      return "sent";
    case OutcomeKind::kThrottled:
      return "throttled";
    case OutcomeKind::kRetry:
      return "retry";
    case OutcomeKind::kPermanent:
      return "failed";
  }
  return "unknown";
}

PlatformLimits LimitsOf(v1::Platform platform) {
  switch (platform) {
    case v1::PLATFORM_WHATSAPP:
      return WhatsAppLimits();
    case v1::PLATFORM_DISCORD:
      return DiscordLimits();
    default:
      return TelegramLimits();
  }
}

double SecondsSince(std::int64_t timestamp_ms) {
  if (timestamp_ms < 0) return 0;
  const auto now =
      std::chrono::duration_cast<milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count();
  return std::max<double>(0, static_cast<double>(now - timestamp_ms) / 1000.0);
}

}  // namespace

DeliveryRunner::DeliveryRunner(DeliveryOptions options, kafka::Consumer& consumer,
                               kafka::Producer& producer, DeliveryStore& store,
                               CredentialLoader credentials, http::HttpClient& client,
                               trace::Tracer& tracer, metrics::Registry& metrics)
    : options_(std::move(options)),
      consumer_(consumer),
      producer_(producer),
      store_(store),
      load_credentials_(std::move(credentials)),
      client_(client),
      tracer_(tracer),
      metrics_(metrics),
      dead_letters_(producer, options_.dlq_topic) {
  metrics.AddGaugeCallback("chatfleet_delivery_pending",
                           "Messages read from chat.outbound and not yet settled", [this] {
                             return std::vector<std::pair<metrics::Labels, double>>{
                                 {{}, static_cast<double>(pending_.load())}};
                           });
  consumer_.SetRevokeHandler([this](const kafka::RebalanceEvent& event) {
    Commit();
    DropPartitions(event.partitions);
  });
}

RateLimiter& DeliveryRunner::LimiterFor(v1::Platform platform) {
  return limiters_.try_emplace(platform, LimitsOf(platform)).first->second;
}

void DeliveryRunner::RefreshCredentials(bool force) {
  const auto now = Clock::now();
  if (!force && credentials_ && now - credentials_loaded_ < options_.credentials_refresh) return;
  credentials_loaded_ = now;
  auto loaded = load_credentials_();
  if (!loaded) {
    log::Error("send credentials not loaded", {{"error", loaded.error().message}});
    return;
  }
  for (const auto& name : loaded->missing) {
    log::Warn("send token missing: instance skipped", {{"secret", name}});
  }
  credentials_ = std::move(loaded->directory);
}

void DeliveryRunner::Run(const std::function<bool()>& should_stop) {
  auto last_prune = Clock::now();
  while (!should_stop()) {
    RefreshCredentials(false);
    if (!credentials_) {
      std::this_thread::sleep_for(kInfrastructureRetry);
      continue;
    }
    const SteadyTime next = SendDue();
    const auto now = Clock::now();
    auto wait = std::clamp(std::chrono::duration_cast<milliseconds>(next - now), milliseconds(0),
                           options_.poll_timeout);
    if (pending_.load() < options_.max_pending) {
      Poll(wait);
    } else if (wait.count() > 0) {
      std::this_thread::sleep_for(wait);
    }
    Commit();
    if (now - last_prune > kPruneInterval) {
      for (auto& [platform, limiter] : limiters_) limiter.Prune(now);
      last_prune = now;
    }
  }
  Commit();
}

void DeliveryRunner::Poll(std::chrono::milliseconds timeout) {
  auto polled = consumer_.PollBatch(options_.max_pending - pending_.load(), timeout);
  if (!polled) {
    log::Error("poll failed", {{"error", polled.error().message}});
    std::this_thread::sleep_for(kInfrastructureRetry);
    return;
  }
  ready_.store(true);
  for (auto& record : *polled) Admit(std::move(record));
}

void DeliveryRunner::Admit(kafka::ConsumedMessage record) {
  offsets_.Read({record.topic, record.partition}, record.offset);
  ++pending_;
  Pending pending;
  pending.record = std::move(record);
  // A message that can never be sent still waits in a queue of its own until its failure is
  // recorded and dead-lettered (the broker or PostgreSQL may be away for a moment).
  const auto reject = [&](std::string reason, std::string detail, bool record_row) {
    pending.rejection = Rejected{std::move(reason), std::move(detail), record_row};
    const std::string key = "rejected/" + pending.record.topic + "/" +
                            std::to_string(pending.record.partition) + "/" +
                            std::to_string(pending.record.offset);
    queues_[key].push_back(std::move(pending));
  };
  if (!pending.message.ParseFromString(pending.record.value) || pending.message.id().empty()) {
    return reject("invalid_message", "not an OutboundMessage with an id", false);
  }
  auto target = TargetOf(pending.message);
  if (!target) return reject("no_address", target.error().message, true);
  pending.target = std::move(*target);
  auto credentials = credentials_->Find(pending.message, pending.target);
  if (!credentials) return reject("no_credentials", credentials.error().message, true);
  const std::string bot =
      PlatformTableName(pending.message.platform()) + "/" + credentials->instance;
  pending.destination = {bot, bot + "/" + pending.target.chat,
                         pending.message.conversation().kind() == v1::CONVERSATION_KIND_GROUP,
                         pending.message.platform() == v1::PLATFORM_DISCORD
                             ? bot + "/channels/" + pending.target.chat
                             : std::string()};
  queues_[pending.destination.chat].push_back(std::move(pending));
}

SteadyTime DeliveryRunner::SendDue() {
  auto now = Clock::now();
  SteadyTime next = now + options_.poll_timeout;
  for (auto it = queues_.begin(); it != queues_.end();) {
    auto& queue = it->second;
    Pending& head = queue.front();
    if (head.not_before <= now) {
      const SteadyTime allowed =
          LimiterFor(head.message.platform()).EarliestSend(head.destination, now);
      if (allowed <= now) {
        if (Attempt(head) == Step::kSettled) {
          Settle(head);
          queue.pop_front();
        }
        now = Clock::now();
      } else {
        head.not_before = allowed;
      }
    }
    if (queue.empty()) {
      it = queues_.erase(it);
      continue;
    }
    next = std::min(next, queue.front().not_before);
    ++it;
  }
  return next;
}

DeliveryRunner::Step DeliveryRunner::Attempt(Pending& pending) {
  if (pending.rejection) {
    const Rejected& rejected = *pending.rejection;
    return GiveUp(pending, rejected.reason, rejected.detail, rejected.record);
  }
  auto credentials = credentials_->Find(pending.message, pending.target);
  if (!credentials) return GiveUp(pending, "no_credentials", credentials.error().message, true);
  auto claim = store_.ClaimForSend(pending.message, credentials->instance);
  if (!claim) {
    log::Warn("delivery claim failed",
              {{"outbound_id", pending.message.id()}, {"error", claim.error().message}});
    return Later(pending, kInfrastructureRetry);
  }
  const auto parent = trace::Extract(pending.record.headers);
  const trace::TraceContext parent_context = parent.value_or(trace::TraceContext::NewRoot());
  switch (claim->kind) {
    case ClaimKind::kClaimed:
      return SendClaimed(pending, *credentials);
    case ClaimKind::kAlreadySent:
      metrics_.Duplicate();
      // The history event may not have gone out before the crash that redelivered this.
      return Republish(pending, claim->platform_message_id, parent_context);
    case ClaimKind::kAlreadyFailed:
      metrics_.Duplicate();
      return GiveUp(pending, "already_failed", "settled as failed before", false);
    case ClaimKind::kOutcomeUnknown:
      return GiveUp(pending, "outcome_unknown",
                    "a request was in flight when the process sending it stopped", false);
    case ClaimKind::kBusy:
      return Later(pending, kBusyRetry);
  }
  return Later(pending, kBusyRetry);
}

DeliveryRunner::Step DeliveryRunner::SendClaimed(Pending& pending,
                                                 const SendCredentials& credentials) {
  const auto parent = trace::Extract(pending.record.headers);
  const v1::Platform platform = pending.message.platform();
  const std::string platform_name = PlatformTableName(platform);
  trace::Span span = tracer_.StartSpan("send " + platform_name, trace::SpanKind::kClient,
                                       parent ? &*parent : nullptr);
  span.SetAttribute(trace::attr::kOutboundId, pending.message.id());
  span.SetAttribute(trace::attr::kPlatform, platform_name);
  span.SetAttribute(trace::attr::kInstance, credentials.instance);
  span.SetAttribute(trace::attr::kConversationId, pending.message.conversation().id());

  LimiterFor(platform).RecordSend(pending.destination, Clock::now());
  const auto started = Clock::now();
  auto answer =
      client_.Send(BuildSendRequest(pending.message, pending.target, credentials, options_.urls));
  metrics_.Request(platform, std::chrono::duration<double>(Clock::now() - started).count());
  SendOutcome outcome;
  if (!answer) {
    span.SetError("transport", answer.error().message);
    if (answer.error().maybe_written) {
      // The platform may have taken it: sending again could show it twice, so it is settled
      // (and dead-lettered for an operator) instead.
      return GiveUp(pending, "outcome_unknown", answer.error().message, true);
    }
    outcome = {
        OutcomeKind::kRetry,    {},          milliseconds(0), ThrottleScope::kChat, "unreachable",
        answer.error().message, std::nullopt};
  } else {
    span.SetAttribute(trace::attr::kHttpResponseStatusCode, std::int64_t{answer->status});
    outcome = ClassifyAnswer(platform, *answer);
  }
  span.SetAttribute(trace::attr::kDeliveryOutcome, std::string(OutcomeName(outcome.kind)));
  if (outcome.kind == OutcomeKind::kPermanent) span.SetError(outcome.reason, outcome.detail);
  if (outcome.kind == OutcomeKind::kSent) {
    span.SetAttribute(trace::attr::kPlatformMessageId, outcome.message_id);
  }
  const trace::TraceContext send_trace = span.context();
  span.End();
  return Apply(pending, outcome, send_trace);
}

DeliveryRunner::Step DeliveryRunner::Apply(Pending& pending, const SendOutcome& outcome,
                                           const trace::TraceContext& send_trace) {
  const v1::Platform platform = pending.message.platform();
  if (outcome.route && !pending.destination.route.empty()) {
    LimiterFor(platform).UpdateRoute(pending.destination.route, outcome.route->remaining,
                                     Clock::now() + outcome.route->reset_after);
  }
  switch (outcome.kind) {
    case OutcomeKind::kSent: {
      auto marked = Retry<void>(RetryPolicy{milliseconds(100), milliseconds(2000), 2.0, 5}, [&] {
        return store_.MarkSent(pending.message.id(), outcome.message_id);
      });
      if (!marked) {
        // The row stays 'sending': after the lease it settles as outcome_unknown, never twice.
        log::Error("sent but not recorded",
                   {{"outbound_id", pending.message.id()}, {"error", marked.error().message}});
      }
      metrics_.Sent(platform, SecondsSince(pending.record.timestamp_ms));
      return Republish(pending, outcome.message_id, send_trace);
    }
    case OutcomeKind::kThrottled:
      Throttle(pending, outcome);
      (void)store_.MarkWaiting(pending.message.id(), outcome.reason, outcome.detail);
      pending.not_before = Clock::now() + outcome.retry_after;
      return Step::kLater;
    case OutcomeKind::kRetry:
      if (++pending.failures >= options_.max_attempts) {
        return GiveUp(pending, "retries_exhausted", outcome.reason + ": " + outcome.detail, true);
      }
      metrics_.Retried(platform, outcome.reason);
      (void)store_.MarkWaiting(pending.message.id(), outcome.reason, outcome.detail);
      pending.not_before = Clock::now() + options_.backoff.DelayBefore(pending.failures + 1);
      return Step::kLater;
    case OutcomeKind::kPermanent:
      return GiveUp(pending, outcome.reason, outcome.detail, true);
  }
  return Step::kLater;
}

void DeliveryRunner::Throttle(Pending& pending, const SendOutcome& outcome) {
  RateLimiter& limiter = LimiterFor(pending.message.platform());
  const SteadyTime until = Clock::now() + outcome.retry_after;
  switch (outcome.scope) {
    case ThrottleScope::kBot:
      limiter.BlockBot(pending.destination, until);
      break;
    case ThrottleScope::kRoute:
      if (!pending.destination.route.empty()) {
        limiter.UpdateRoute(pending.destination.route, 0, until);
        break;
      }
      [[fallthrough]];
    case ThrottleScope::kChat:
      limiter.BlockChat(pending.destination, until);
      break;
  }
  metrics_.Throttled(pending.message.platform(), ScopeName(outcome.scope));
  log::Info("throttled by the platform",
            {{"outbound_id", pending.message.id()},
             {"scope", ScopeName(outcome.scope)},
             {"retry_after_ms", static_cast<std::int64_t>(outcome.retry_after.count())}});
}

DeliveryRunner::Step DeliveryRunner::Republish(Pending& pending,
                                               const std::string& platform_message_id,
                                               const trace::TraceContext& parent) {
  const v1::ChatEvent event =
      SentEvent(pending.message, platform_message_id, std::chrono::system_clock::now());
  kafka::OutgoingMessage out{
      options_.events_topic, pending.record.key, event.SerializeAsString(), {}};
  trace::Inject(trace::PublishSpan(tracer_, options_.events_topic, parent, event.event_id()),
                out.headers);
  out.headers.emplace_back("chatfleet-event-id", event.event_id());
  out.headers.emplace_back("chatfleet-outbound-id", pending.message.id());
  if (auto published = producer_.ProduceAndWait(out, options_.publish_timeout); !published) {
    log::Warn("sent message not yet in history",
              {{"outbound_id", pending.message.id()}, {"error", published.error().message}});
    // Its row says sent: the next attempt only publishes the event again.
    return Later(pending, kInfrastructureRetry);
  }
  return Step::kSettled;
}

DeliveryRunner::Step DeliveryRunner::GiveUp(Pending& pending, const std::string& reason,
                                            const std::string& detail, bool record) {
  if (record && !pending.message.id().empty()) {
    // A claimed row is ours; an unclaimed id (no credentials, no address) gets a row of its own.
    auto recorded = store_.MarkFailed(pending.message.id(), reason, detail);
    if (recorded) recorded = store_.RecordFailure(pending.message, reason, detail);
    if (!recorded) {
      log::Warn("failure not recorded",
                {{"outbound_id", pending.message.id()}, {"error", recorded.error().message}});
      return Later(pending, kInfrastructureRetry);
    }
  }
  if (reason != "already_failed") metrics_.Failed(pending.message.platform(), reason);
  auto published =
      dead_letters_.Publish(pending.record, {std::string(kStage), reason + ": " + detail});
  if (published) published = dead_letters_.Flush(options_.publish_timeout);
  if (!published) {
    log::Warn("dead letter not written",
              {{"outbound_id", pending.message.id()}, {"error", published.error().message}});
    return Later(pending, kInfrastructureRetry);
  }
  return Step::kSettled;
}

DeliveryRunner::Step DeliveryRunner::Later(Pending& pending, std::chrono::milliseconds delay) {
  pending.not_before = Clock::now() + delay;
  return Step::kLater;
}

void DeliveryRunner::Settle(const Pending& pending) {
  offsets_.Settle({pending.record.topic, pending.record.partition}, pending.record.offset);
  --pending_;
}

void DeliveryRunner::Commit() {
  const auto offsets = offsets_.Committable();
  if (offsets.empty()) return;
  if (auto committed = consumer_.Commit(offsets); committed) {
    offsets_.MarkCommitted(offsets);
  } else {
    log::Warn("offset commit failed", {{"error", committed.error().message}});
  }
}

void DeliveryRunner::DropPartitions(const std::vector<kafka::TopicPartition>& partitions) {
  for (auto it = queues_.begin(); it != queues_.end();) {
    auto& queue = it->second;
    std::erase_if(queue, [&](const Pending& pending) {
      const bool lost =
          std::ranges::find(
              partitions, kafka::TopicPartition{pending.record.topic, pending.record.partition}) !=
          partitions.end();
      if (lost) --pending_;
      return lost;
    });
    it = queue.empty() ? queues_.erase(it) : std::next(it);
  }
  offsets_.Drop(partitions);
}

}  // namespace chatfleet::delivery
