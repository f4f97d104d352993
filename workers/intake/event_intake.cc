#include "workers/intake/event_intake.h"

namespace chatfleet::workers {

std::variant<IntakeEvent, Rejection> Intake(const kafka::ConsumedMessage& message,
                                            const events::ValidationLimits& limits) {
  IntakeEvent intake;
  if (message.value.empty()) return Rejection{"decode", "empty message value"};
  if (!intake.event.ParseFromString(message.value)) {
    return Rejection{"decode", "value is not a chatfleet.v1.ChatEvent (protobuf parse failed)"};
  }
  // Ingest completes these; an event produced by another client may lack them.
  if (intake.event.event_id().empty()) {
    return Rejection{"validate", "eventId: missing (events must carry a stable id)"};
  }
  if (!intake.event.has_received_at()) *intake.event.mutable_received_at() = intake.event.sent_at();
  if (!intake.event.has_sent_at()) *intake.event.mutable_sent_at() = intake.event.received_at();
  if (auto error = events::Validate(intake.event, limits)) {
    return Rejection{"validate", error->field + ": " + error->message};
  }
  auto context = trace::Extract(message.headers);
  intake.trace = context ? *context : trace::TraceContext::NewRoot();
  intake.topic = message.topic;
  intake.partition = message.partition;
  intake.offset = message.offset;
  return intake;
}

}  // namespace chatfleet::workers
