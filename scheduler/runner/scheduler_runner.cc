#include "scheduler/runner/scheduler_runner.h"

#include <thread>

#include "scheduler/store/due_store.h"
#include "shared/log/logger.h"
#include "shared/trace/attributes.h"
#include "shared/trace/messaging_spans.h"

namespace chatfleet::scheduler {

SchedulerRunner::SchedulerRunner(SchedulerOptions options, const Clock& clock,
                                 kafka::Producer& producer, TextRenderer render,
                                 trace::Tracer& tracer, metrics::Registry& metrics)
    : options_(std::move(options)),
      clock_(clock),
      producer_(producer),
      render_(std::move(render)),
      tracer_(tracer),
      emitted_reminders_(metrics.AddCounter("chatfleet_scheduler_emitted_total",
                                            "Messages emitted to chat.outbound and marked sent",
                                            {{"kind", "reminder"}})),
      emitted_follow_ups_(metrics.AddCounter("chatfleet_scheduler_emitted_total",
                                             "Messages emitted to chat.outbound and marked sent",
                                             {{"kind", "follow_up"}})),
      muted_(metrics.AddCounter("chatfleet_scheduler_muted_total",
                                "Due reminders and follow-ups not sent: their user turned them "
                                "off (/reminders off)")),
      failures_(metrics.AddCounter("chatfleet_scheduler_emit_failures_total",
                                   "Ticks that failed (claims rolled back, retried next tick)")),
      oldest_due_(metrics.AddGauge("chatfleet_scheduler_oldest_due_seconds",
                                   "How late the oldest unsent due message is")) {}

Status SchedulerRunner::EnsureConnected() {
  if (connection_ && connection_->healthy()) return {};
  connection_.reset();
  auto opened = pg::Connection::Open(options_.database_url);
  if (!opened) return Fail(opened.error());
  connection_.emplace(std::move(*opened));
  return {};
}

Result<int> SchedulerRunner::Tick() {
  if (auto connected = EnsureConnected(); !connected) return Fail(connected.error());
  const auto now = clock_.Now();
  if (auto oldest = DueStore::OldestDueSeconds(*connection_, now)) oldest_due_.Set(*oldest);
  auto transaction = pg::Transaction::Begin(*connection_);
  if (!transaction) return Fail(transaction.error());
  auto muted = DueStore::CancelMuted(transaction->connection(), now);
  if (!muted) return Fail(muted.error());
  auto due = DueStore::ClaimDue(transaction->connection(), now, options_.batch);
  if (!due) return Fail(due.error());
  if (due->empty()) {
    if (auto committed = transaction->Commit(); !committed) return Fail(committed.error());
    muted_.Inc(*muted);
    ready_ = true;
    return 0;
  }
  // Emitted before the commit that marks them sent: a crash in between re-sends the same ids.
  if (auto emitted = Emit(*due, now); !emitted) return Fail(emitted.error());
  if (auto marked = DueStore::MarkSent(transaction->connection(), *due, now); !marked) {
    return Fail(marked.error());
  }
  if (auto committed = transaction->Commit(); !committed) return Fail(committed.error());
  muted_.Inc(*muted);
  for (const auto& item : *due) {
    (item.source == DueMessage::Source::kReminder ? emitted_reminders_ : emitted_follow_ups_).Inc();
  }
  ready_ = true;
  return static_cast<int>(due->size());
}

Status SchedulerRunner::Emit(const std::vector<DueMessage>& due,
                             std::chrono::system_clock::time_point now) {
  auto failed = std::make_shared<std::atomic<int>>(0);
  for (const auto& item : due) {
    // A reminder days after the message that caused it starts its own trace and links back.
    std::vector<trace::TraceContext> links;
    if (auto origin = trace::ParseTraceparent(item.source_traceparent)) links.push_back(*origin);
    trace::Span span = tracer_.StartSpan(options_.outbound_topic + " publish",
                                         trace::SpanKind::kProducer, nullptr, links);
    const auto message = ComposeOutbound(item, render_, now);
    trace::SetKafkaOperation(span, "publish", options_.outbound_topic);
    span.SetAttribute(trace::attr::kMessagingMessageId, item.outbound_id);
    span.SetAttribute(trace::attr::kTenant, item.tenant);
    span.SetAttribute(trace::attr::kConversationId, item.conversation_id);
    kafka::OutgoingMessage out{
        options_.outbound_topic, OutboundKey(message), message.SerializeAsString(), {}};
    trace::Inject(span.context(), out.headers);
    out.headers.emplace_back("chatfleet-outbound-id", item.outbound_id);
    auto produced = producer_.Produce(std::move(out), [failed](const Status& delivered) {
      if (!delivered) failed->fetch_add(1);
    });
    if (!produced) {
      span.SetError("produce_failed", produced.error().message);
      failures_.Inc();
      return produced;
    }
  }
  if (auto flushed = producer_.Flush(options_.publish_timeout); !flushed) {
    failures_.Inc();
    return flushed;
  }
  if (failed->load() > 0) {
    failures_.Inc();
    return Fail(Error::Retryable(std::to_string(failed->load()) +
                                 " outbound messages were not acknowledged"));
  }
  return {};
}

void SchedulerRunner::Run(const std::function<bool()>& should_stop) {
  while (!should_stop()) {
    const auto started = std::chrono::steady_clock::now();
    int sent = 0;
    if (auto ticked = Tick(); !ticked) {
      log::Warn("scheduler tick failed; retrying next interval",
                {{"error", ticked.error().message}});
      connection_.reset();
    } else {
      sent = *ticked;
    }
    // A full batch means more is due: go again at once instead of waiting.
    if (sent >= options_.batch) continue;
    while (!should_stop() && std::chrono::steady_clock::now() - started < options_.interval) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
}

}  // namespace chatfleet::scheduler
