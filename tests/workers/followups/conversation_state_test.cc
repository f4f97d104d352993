// Conversation state transitions as pure functions: a new inquiry (veneers) while an earlier
// booking (Dr. Dan's filling) is pending.
#include "workers/followups/conversation_state.h"

#include <gtest/gtest.h>

namespace chatfleet::followups {
namespace {

TEST(ConversationState, ANewInquiryWhileABookingIsPendingTakesTheSubjectOverInRussian) {
  // Given: an earlier booking with Dr. Dan for a filling is still pending.
  ConversationContext context;
  context.state = ConversationState::kBookingNew;
  context.subject = "Запись к Дану на пломбу";

  // When the user asks about veneers, veneers become the subject and Dan is only pending …
  Transition t = ApplyUserMessage(context, "Хочу узнать про виниры");
  EXPECT_EQ(t.next.state, ConversationState::kServiceInquiry);
  EXPECT_EQ(t.next.subject, "виниры");
  EXPECT_EQ(t.next.pending, std::vector<std::string>{"Запись к Дану на пломбу"});
  // … and must not be injected into the reply context (an agent that did would confuse the two).
  EXPECT_FALSE(ShouldInjectPending(t.next, "Запись к Дану на пломбу"));
  EXPECT_TRUE(ShouldInjectPending(t.next, "цены на виниры"));

  // When the user says they do not need Dan with the filling, it is dropped for good.
  t = ApplyUserMessage(t.next, "Мне не нужен дан с пломбой");
  EXPECT_EQ(t.dropped, std::vector<std::string>{"Запись к Дану на пломбу"});
  EXPECT_TRUE(t.next.pending.empty());
  // Then the conversation is still about veneers.
  EXPECT_EQ(t.next.state, ConversationState::kServiceInquiry);
  EXPECT_EQ(t.next.subject, "виниры");
}

TEST(ConversationState, ANewInquiryWhileABookingIsPendingTakesTheSubjectOverInEnglish) {
  ConversationContext context;
  context.pending = {"checking Dr. Dan availability for filling"};
  Transition t = ApplyUserMessage(context, "Tell me about veneers");
  EXPECT_EQ(t.next.subject, "veneers");
  EXPECT_FALSE(ShouldInjectPending(t.next, context.pending[0]));
  t = ApplyUserMessage(t.next, "I don't need Dan, thanks");
  EXPECT_TRUE(t.next.pending.empty());
  EXPECT_EQ(t.next.subject, "veneers");
}

TEST(ConversationState, NegatingTheCurrentSubjectReturnsToIdle) {
  ConversationContext context;
  context.state = ConversationState::kServiceInquiry;
  context.subject = "limpieza dental";
  const Transition t = ApplyUserMessage(context, "No necesito la limpieza");
  EXPECT_EQ(t.next.state, ConversationState::kIdle);
  EXPECT_TRUE(t.next.subject.empty());
  EXPECT_EQ(t.dropped, std::vector<std::string>{"limpieza dental"});
}

TEST(ConversationState, BookingConfirmationAndDone) {
  ConversationContext context;
  context.subject = "veneers";
  Transition t = ApplyUserMessage(context, "I'd like to book an appointment");
  EXPECT_EQ(t.next.state, ConversationState::kBookingNew);
  t = ApplyUserMessage(AwaitInfo(t.next, {"date"}), "Thursday works");
  EXPECT_EQ(t.next.state, ConversationState::kBookingNew);
  EXPECT_TRUE(t.next.missing_fields.empty());
  t = ApplyUserMessage(t.next, "Yes, please");
  EXPECT_EQ(t.next.state, ConversationState::kBookingConfirmation);
  t = ApplyUserMessage(t.next, "yes");
  EXPECT_EQ(t.next.state, ConversationState::kIdle);
}

TEST(ConversationState, RescheduleCancelEscalateInSeveralLanguages) {
  const ConversationContext idle;
  EXPECT_EQ(ApplyUserMessage(idle, "Хочу перенести запись").next.state,
            ConversationState::kRescheduling);
  EXPECT_EQ(ApplyUserMessage(idle, "Quiero cancelar mi cita").next.state,
            ConversationState::kCanceling);
  EXPECT_EQ(ApplyUserMessage(idle, "Quero falar com um atendente").next.state,
            ConversationState::kEscalated);
  EXPECT_EQ(ApplyUserMessage(idle, "אני רוצה לבטל").next.state, ConversationState::kCanceling);
  EXPECT_EQ(ApplyUserMessage(idle, "hello").next.state, ConversationState::kIdle);
}

TEST(ConversationState, NamesRoundTrip) {
  for (int i = 0; i <= static_cast<int>(ConversationState::kEscalated); ++i) {
    const auto state = static_cast<ConversationState>(i);
    EXPECT_EQ(ParseState(StateName(state)), state);
  }
  EXPECT_FALSE(ParseState("confused").has_value());
}

}  // namespace
}  // namespace chatfleet::followups
