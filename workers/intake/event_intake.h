#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "chatfleet/v1/chat_event.pb.h"
#include "shared/events/event_validator.h"
#include "shared/kafka/message.h"
#include "shared/trace/trace_context.h"

namespace chatfleet::workers {

/// An event ready for the stages, with the trace it continues.
struct IntakeEvent {
  v1::ChatEvent event;
  /// The producer's context from the `traceparent` header, or a new root when it had none.
  trace::TraceContext trace;
  /// Where it was read: the position that makes per-conversation state changes idempotent.
  std::string topic;
  int partition = -1;
  std::int64_t offset = -1;
};

/// Why a message can never be processed; it goes to the dead-letter topic.
struct Rejection {
  std::string stage;  // "decode" or "validate"
  std::string reason;
};

/// Decodes and validates one consumed message. Pure.
std::variant<IntakeEvent, Rejection> Intake(const kafka::ConsumedMessage& message,
                                            const events::ValidationLimits& limits);

}  // namespace chatfleet::workers
