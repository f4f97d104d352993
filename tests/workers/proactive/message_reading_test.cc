// A person's message is parsed once per batch (MessageReading): the planner's inputs carry what
// the text says of meeting changes and timezones, taken from personalization when it read the
// message and parsed afresh when it did not, exactly as parsing the text itself would.
#include <google/protobuf/util/time_util.h>
#include <gtest/gtest.h>

#include <sstream>

#include "shared/core/clock.h"
#include "tests/workers/message_builders.h"
#include "workers/proactive/meeting_change_request.h"
#include "workers/proactive/proactive_inputs.h"
#include "workers/proactive/proactive_store.h"

namespace chatfleet::workers {
namespace {

using google::protobuf::util::TimeUtil;
using std::chrono::sys_seconds;

sys_seconds At(const char* rfc3339) {
  return std::chrono::floor<std::chrono::seconds>(*ParseRfc3339(rfc3339));
}

/// Every field of a change, so that two parses compare whole.
std::string Describe(const std::optional<MeetingChangeRequest>& change) {
  if (!change) return "none";
  std::ostringstream out;
  out << (change->kind == MeetingChangeRequest::Kind::kMove ? "move" : "cancel")
      << " names=" << change->names_a_meeting << " imperative=" << change->imperative << " words=";
  for (const auto& word : change->words) out << word << '|';
  out << " spaced=" << change->spaced_text << " new_time=" << change->new_time_text;
  return out.str();
}

std::string Describe(const std::optional<TimezoneStatement>& statement) {
  if (!statement) return "none";
  return statement->zone + " named=" + statement->named +
         " command=" + (statement->command ? "1" : "0");
}

// Commands, sentences, changes, questions and plain talk in the fleet's languages.
const std::vector<std::string> kTexts = {"/timezone Europe/Lisbon",
                                         "/timezone Lisbon",
                                         "/timezone Narnia/Cair_Paravel",
                                         "I'm in Lisbon time, cancel the dentist",
                                         "я сейчас в Москве",
                                         "estoy en Ciudad de México",
                                         "cancel the dentist",
                                         "the 1-on-1 moved to 4 pm",
                                         "перенесли встречу на завтра",
                                         "a reunião foi adiada para segunda",
                                         "should I cancel the dentist?",
                                         "we didn't cancel it",
                                         "I have a meeting tomorrow at 2:30 PM",
                                         "hello",
                                         ""};

class MessageReadingTest : public ::testing::Test {
 protected:
  MessageReadingTest() {
    int n = 0;
    for (const auto& text : kTexts) {
      auto event = UserEvent("u-1", "Ana", text, std::to_string(++n));
      *event.mutable_received_at() =
          TimeUtil::SecondsToTimestamp(At("2026-03-11T08:15:00Z").time_since_epoch().count());
      intake_.push_back(
          IntakeEvent{std::move(event), trace::TraceContext::NewRoot(), "chat.events", 0, n});
    }
    for (const auto& event : intake_) {
      events_.push_back(&event);
      chat_events_.push_back(&event.event);
    }
  }

  /// The planner's inputs as the runner builds them, with personalization on or off.
  ProactiveInputs Inputs(bool personalization_on) {
    personal_ =
        Personalize(chat_events_, std::vector<bool>(events_.size(), personalization_on), {}, {});
    return ProactiveInputsOf(events_, FeatureFlags({}), std::vector<bool>(events_.size(), false),
                             personal_, {});
  }

  std::vector<IntakeEvent> intake_;
  std::vector<const IntakeEvent*> events_;
  std::vector<const v1::ChatEvent*> chat_events_;
  PersonalizationResult personal_;
};

TEST_F(MessageReadingTest, TheInputsReadEveryMessageAsItsTextSaysWithOrWithoutPersonalization) {
  for (const bool personalization_on : {true, false}) {
    const ProactiveInputs planned = Inputs(personalization_on);
    ASSERT_EQ(planned.inputs.size(), kTexts.size());
    for (std::size_t i = 0; i < kTexts.size(); ++i) {
      const MessageReading& reading = planned.inputs[i].reading;
      EXPECT_EQ(Describe(reading.meeting_change), Describe(FindMeetingChange(kTexts[i])))
          << kTexts[i] << " personalization " << personalization_on;
      EXPECT_EQ(Describe(reading.timezone), Describe(FindTimezoneStatement(kTexts[i])))
          << kTexts[i] << " personalization " << personalization_on;
      if (reading.meeting_change && !reading.meeting_change->new_time_text.empty()) {
        EXPECT_EQ(reading.meeting_change->new_time_text.end(),
                  std::string_view(planned.inputs[i].event->text()).end())
            << "a move's new time is a view into the message it was read from";
      }
    }
  }
}

TEST_F(MessageReadingTest, PersonalizationHandsOnWhatTheMessageSaidOfTheZone) {
  const ProactiveInputs planned = Inputs(true);
  ASSERT_TRUE(personal_.events[1].has_value());
  ASSERT_TRUE(personal_.events[1]->timezone_statement.has_value());
  EXPECT_EQ(personal_.events[1]->timezone_statement->zone, "Europe/Lisbon");
  EXPECT_EQ(personal_.events[1]->profile.timezone, "Europe/Lisbon")
      << "the statement personalization read is the one it applied";
  EXPECT_EQ(planned.inputs[1].timezone, "Europe/Lisbon");
}

TEST_F(MessageReadingTest, TheBatchAnswersTimezonesAndLoadsTheChangersMeetingsEitherWay) {
  for (const bool personalization_on : {true, false}) {
    const ProactiveInputs planned = Inputs(personalization_on);
    // Given the keys of the batch: the one who cancels has their meetings loaded
    const auto keys = ProactiveSnapshotKeysOf(planned.inputs, false);
    EXPECT_TRUE(keys.schedule_owners.contains({"acme", "elena", "telegram", "u-1"}));
    ProactiveSnapshot snapshot;
    auto& dentist = snapshot.upcoming[{"acme", "elena", "telegram", "u-1"}].emplace_back();
    dentist.title = "Dentist";
    dentist.start = At("2026-03-12T09:00:00Z");
    dentist.dedupe_key = FormatRfc3339Utc(dentist.start);
    dentist.platform = "telegram";
    dentist.mentioned = {At("2026-03-10T08:00:00Z"), 0, -1};
    // when planned
    const i18n::MessageCatalog catalog;
    const ProactivePlan plan = PlanProactive(planned.inputs, snapshot, {}, catalog);
    // then "/timezone Lisbon" is answered with the zone
    ASSERT_TRUE(plan.outcomes[1] && plan.outcomes[1]->reply);
    EXPECT_EQ(plan.outcomes[1]->reply->kind(), v1::OUTBOUND_KIND_SETTING);
    EXPECT_NE(plan.outcomes[1]->reply->text().find("Europe/Lisbon"), std::string::npos)
        << plan.outcomes[1]->reply->text();
    // and "I'm in Lisbon time, cancel the dentist" cancels it; the later "cancel the dentist"
    // finds it gone and says so
    ASSERT_EQ(plan.effects.cancellations.size(), 1u);
    EXPECT_EQ(plan.effects.cancellations[0].source_event_id, "e-4");
    ASSERT_TRUE(plan.outcomes[3] && plan.outcomes[3]->reply);
    EXPECT_EQ(plan.outcomes[3]->reply->text().find("Cancelled: Dentist"), 0u)
        << plan.outcomes[3]->reply->text();
    ASSERT_TRUE(plan.outcomes[6] && plan.outcomes[6]->reply);
    EXPECT_EQ(plan.outcomes[6]->reply->kind(), v1::OUTBOUND_KIND_MEETING_CHANGE);
  }
}

}  // namespace
}  // namespace chatfleet::workers
