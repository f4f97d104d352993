#include "workers/followups/conversation_state.h"

#include <algorithm>
#include <array>

#include "workers/followups/cue_matcher.h"
#include "workers/followups/negation.h"

namespace chatfleet::followups {
namespace {

enum class Intent { kEscalate, kCancel, kReschedule, kConfirm, kBook, kInquiry };

// Normalized cue phrases per intent, en / ru / es / pt / he.
const meetings::PhraseTable<Intent>& IntentCues() {
  static const meetings::PhraseTable<Intent> kCues = {
      {"talk to a human", Intent::kEscalate},
      {"speak to a person", Intent::kEscalate},
      {"real person", Intent::kEscalate},
      {"human", Intent::kEscalate},
      {"operator", Intent::kEscalate},
      {"manager", Intent::kEscalate},
      {"оператор", Intent::kEscalate},
      {"оператора", Intent::kEscalate},
      {"живой человек", Intent::kEscalate},
      {"живым человеком", Intent::kEscalate},
      {"менеджер", Intent::kEscalate},
      {"менеджера", Intent::kEscalate},
      {"humano", Intent::kEscalate},
      {"una persona", Intent::kEscalate},
      {"operador", Intent::kEscalate},
      {"agente", Intent::kEscalate},
      {"atendente", Intent::kEscalate},
      {"pessoa real", Intent::kEscalate},
      {"נציג", Intent::kEscalate},
      {"בן אדם", Intent::kEscalate},
      {"cancel", Intent::kCancel},
      {"отменить", Intent::kCancel},
      {"отмените", Intent::kCancel},
      {"cancelar", Intent::kCancel},
      {"anular", Intent::kCancel},
      {"desmarcar", Intent::kCancel},
      {"לבטל", Intent::kCancel},
      {"ביטול", Intent::kCancel},
      {"reschedule", Intent::kReschedule},
      {"move my appointment", Intent::kReschedule},
      {"change the time", Intent::kReschedule},
      {"перенести", Intent::kReschedule},
      {"перенесите", Intent::kReschedule},
      {"другое время", Intent::kReschedule},
      {"reprogramar", Intent::kReschedule},
      {"cambiar la cita", Intent::kReschedule},
      {"cambiar la hora", Intent::kReschedule},
      {"remarcar", Intent::kReschedule},
      {"mudar o horario", Intent::kReschedule},
      {"לשנות", Intent::kReschedule},
      {"להזיז", Intent::kReschedule},
      {"book", Intent::kBook},
      {"appointment", Intent::kBook},
      {"sign up", Intent::kBook},
      {"записаться", Intent::kBook},
      {"запишите", Intent::kBook},
      {"записать", Intent::kBook},
      {"reservar", Intent::kBook},
      {"agendar", Intent::kBook},
      {"pedir cita", Intent::kBook},
      {"pedir una cita", Intent::kBook},
      {"marcar", Intent::kBook},
      {"לקבוע", Intent::kBook},
      {"tell me about", Intent::kInquiry},
      {"how much", Intent::kInquiry},
      {"what is", Intent::kInquiry},
      {"information about", Intent::kInquiry},
      {"i want to know about", Intent::kInquiry},
      {"i want to learn about", Intent::kInquiry},
      {"info on", Intent::kInquiry},
      {"хочу узнать про", Intent::kInquiry},
      {"хочу узнать о", Intent::kInquiry},
      {"хочу узнать об", Intent::kInquiry},
      {"расскажите про", Intent::kInquiry},
      {"расскажите о", Intent::kInquiry},
      {"сколько стоит", Intent::kInquiry},
      {"сколько стоят", Intent::kInquiry},
      {"что такое", Intent::kInquiry},
      {"quiero saber sobre", Intent::kInquiry},
      {"quiero informacion sobre", Intent::kInquiry},
      {"cuanto cuesta", Intent::kInquiry},
      {"cuanto cuestan", Intent::kInquiry},
      {"quero saber sobre", Intent::kInquiry},
      {"quero saber", Intent::kInquiry},
      {"quanto custa", Intent::kInquiry},
      {"quanto custam", Intent::kInquiry},
      {"ספר לי על", Intent::kInquiry},
      {"כמה עולה", Intent::kInquiry},
      {"מה זה", Intent::kInquiry}};
  return kCues;
}

const meetings::PhraseTable<int>& ConfirmCues() {
  static const meetings::PhraseTable<int> kCues = {
      {"yes", 0},         {"yep", 0},     {"confirm", 0}, {"sure", 0},     {"ok", 0},    {"да", 0},
      {"подтверждаю", 0}, {"конечно", 0}, {"si", 0},      {"confirmo", 0}, {"claro", 0}, {"sim", 0},
      {"pode ser", 0},    {"כן", 0},      {"מאשר", 0},    {"מאשרת", 0}};
  return kCues;
}

bool LeadingFiller(std::string_view word) {
  static constexpr std::array<std::string_view, 22> kFiller = {
      "is", "are", "the", "a",   "an",  "про", "о",  "об", "sobre", "de", "do",
      "da", "o",   "a",   "los", "las", "el",  "la", "os", "as",    "על", "your"};
  return std::find(kFiller.begin(), kFiller.end(), word) != kFiller.end();
}

// The words after a cue up to the end of the sentence, without leading fillers.
std::string SubjectAfter(const CueText& text, std::size_t from) {
  const auto& tokens = text.tokens();
  while (from < tokens.size() && tokens[from].kind == Token::Kind::kWord &&
         LeadingFiller(tokens[from].text)) {
    ++from;
  }
  std::size_t last = from;
  for (std::size_t i = from; i < tokens.size() && !EndsSubject(tokens, i); ++i) {
    last = i + 1;
  }
  if (last == from) return {};
  return std::string(
      text.text().substr(tokens[from].begin, tokens[last - 1].end - tokens[from].begin));
}

void Drop(ConversationContext& c, const std::string& negated, std::vector<std::string>& dropped) {
  const auto named = [&](const std::string& item) { return SameSubject(negated, item); };
  for (const std::string& item : c.pending) {
    if (named(item)) dropped.push_back(item);
  }
  std::erase_if(c.pending, named);
  if (!c.subject.empty() && named(c.subject)) {
    dropped.push_back(c.subject);
    c.subject.clear();
    c.state = ConversationState::kIdle;
    c.missing_fields.clear();
  }
}

bool InBooking(ConversationState s) {
  return s == ConversationState::kBookingNew || s == ConversationState::kRescheduling ||
         s == ConversationState::kCanceling;
}

}  // namespace

std::string_view StateName(ConversationState state) {
  switch (state) {
    case ConversationState::kIdle:
      return "idle";
    case ConversationState::kServiceInquiry:
      return "service_inquiry";
    case ConversationState::kBookingNew:
      return "booking_new";
    case ConversationState::kBookingConfirmation:
      return "booking_confirmation";
    case ConversationState::kRescheduling:
      return "rescheduling";
    case ConversationState::kCanceling:
      return "canceling";
    case ConversationState::kAwaitingInfo:
      return "awaiting_info";
    case ConversationState::kEscalated:
      return "escalated";
  }
  return "idle";
}

std::optional<ConversationState> ParseState(std::string_view name) {
  for (int i = 0; i <= static_cast<int>(ConversationState::kEscalated); ++i) {
    const auto state = static_cast<ConversationState>(i);
    if (StateName(state) == name) return state;
  }
  return std::nullopt;
}

Transition ApplyUserMessage(const ConversationContext& context, std::string_view message) {
  return ApplyUserMessage(context, CueText(message));
}

Transition ApplyUserMessage(const ConversationContext& context, const CueText& text) {
  Transition t{context, {}};
  ConversationContext& c = t.next;
  if (const auto negation = DetectNegation(text)) Drop(c, negation->subject, t.dropped);

  const auto& tokens = text.tokens();
  const auto intent = text.Find(IntentCues());
  const bool confirms = !tokens.empty() && ConfirmCues().Match(tokens, 0).has_value();
  if (intent && intent->first == Intent::kEscalate) {
    c.state = ConversationState::kEscalated;
  } else if (intent && intent->first == Intent::kCancel) {
    c.state = ConversationState::kCanceling;
  } else if (intent && intent->first == Intent::kReschedule) {
    c.state = ConversationState::kRescheduling;
  } else if (confirms && InBooking(c.state)) {
    c.state = ConversationState::kBookingConfirmation;
  } else if (confirms && c.state == ConversationState::kBookingConfirmation) {
    c.state = ConversationState::kIdle;  // booked: nothing left open
    c.missing_fields.clear();
  } else if (intent && intent->first == Intent::kBook) {
    c.state = ConversationState::kBookingNew;
  } else if (intent && intent->first == Intent::kInquiry) {
    const std::string subject = SubjectAfter(text, intent->second);
    if (!subject.empty() && !SameSubject(subject, c.subject)) {
      // A new topic: the old one stays pending, but is no longer what we talk about.
      if (!c.subject.empty()) c.pending.push_back(c.subject);
      c.subject = subject;
    }
    c.state = ConversationState::kServiceInquiry;
  } else if (c.state == ConversationState::kAwaitingInfo && t.dropped.empty()) {
    c.state = ConversationState::kBookingNew;
    c.missing_fields.clear();
  }
  return t;
}

ConversationContext AwaitInfo(ConversationContext context, std::vector<std::string> fields) {
  context.state = ConversationState::kAwaitingInfo;
  context.missing_fields = std::move(fields);
  return context;
}

bool ShouldInjectPending(const ConversationContext& context, std::string_view pending_item) {
  return context.subject.empty() || SameSubject(context.subject, pending_item);
}

}  // namespace chatfleet::followups
