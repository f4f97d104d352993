// A consumed record decoded, validated and its producer's trace continued, or rejected with
// the stage that refused it.
#include "workers/intake/event_intake.h"

#include <gtest/gtest.h>

#include <variant>

#include "tests/workers/consumed_events.h"

namespace chatfleet::workers {
namespace {

TEST(IntakeTest, DecodesAndContinuesTheProducersTrace) {
  const auto result = Intake(MessageOf(GroupEvent().SerializeAsString()), {});
  const auto* intake = std::get_if<IntakeEvent>(&result);
  ASSERT_NE(intake, nullptr);
  EXPECT_EQ(intake->event.event_id(), "e-1");
  EXPECT_EQ(intake->trace.TraceIdHex(), "4bf92f3577b34da6a3ce929d0e0e4736");
}

TEST(IntakeTest, RejectsGarbageAndInvalidEvents) {
  auto garbage = Intake(MessageOf("this is not protobuf \xff\xff"), {});
  ASSERT_TRUE(std::holds_alternative<Rejection>(garbage));
  EXPECT_EQ(std::get<Rejection>(garbage).stage, "decode");

  auto no_sender = GroupEvent();
  no_sender.clear_sender();
  auto invalid = Intake(MessageOf(no_sender.SerializeAsString()), {});
  ASSERT_TRUE(std::holds_alternative<Rejection>(invalid));
  EXPECT_EQ(std::get<Rejection>(invalid).stage, "validate");
  EXPECT_NE(std::get<Rejection>(invalid).reason.find("sender"), std::string::npos);

  EXPECT_TRUE(std::holds_alternative<Rejection>(Intake(MessageOf(""), {})));
}

}  // namespace
}  // namespace chatfleet::workers
