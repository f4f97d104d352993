#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chatfleet::followups {

class CueText;  // workers/followups/cue_matcher.h

/// Where a conversation stands for follow-ups, persisted per conversation by the workers.
enum class ConversationState {
  kIdle,
  kServiceInquiry,
  kBookingNew,
  kBookingConfirmation,
  kRescheduling,
  kCanceling,
  kAwaitingInfo,
  kEscalated,
};

std::string_view StateName(ConversationState state);  // "service_inquiry" (the stored value)
std::optional<ConversationState> ParseState(std::string_view name);

/// What the conversation is about right now and what is still pending from earlier turns.
struct ConversationContext {
  ConversationState state = ConversationState::kIdle;
  std::string subject;                      // the current topic: "veneers", "виниры"
  std::vector<std::string> pending;         // earlier open items: "Dr. Dan, filling"
  std::vector<std::string> missing_fields;  // kAwaitingInfo: what the bot asked for
};

/// The effect of one user message on the conversation: the next context and what the message
/// explicitly dropped (for the log and the context the reply generator gets).
struct Transition {
  ConversationContext next;
  std::vector<std::string> dropped;
};

/// Applies one user message. Pure and total. In order:
///  - an explicit negation ("I don't need X", "мне не нужен X" …) drops every pending item and
///    the current subject that name X; a dropped subject returns the state to idle;
///  - a request for a person escalates; cancel and reschedule requests move there;
///  - a confirmation ("yes", "да", "sí", "sim", "כן") advances booking → confirmation → idle;
///  - a booking request starts a new booking on the current subject;
///  - a question about a service ("tell me about X", "хочу узнать про X") makes X the subject
///    and moves to service inquiry, keeping older items pending;
///  - while awaiting info, any other message is taken as the answer (back to booking).
Transition ApplyUserMessage(const ConversationContext& context, std::string_view message);
/// The same over a message tokenized once for every cue table (the proactive planner's).
Transition ApplyUserMessage(const ConversationContext& context, const CueText& message);

/// The bot asked the user for `fields`: the conversation waits for them.
ConversationContext AwaitInfo(ConversationContext context, std::vector<std::string> fields);

/// Whether a pending item belongs in the reply context now: only when the conversation has no
/// current subject or the item is about it (an inquiry about veneers must not bring up a
/// pending booking for a filling).
bool ShouldInjectPending(const ConversationContext& context, std::string_view pending_item);

}  // namespace chatfleet::followups
