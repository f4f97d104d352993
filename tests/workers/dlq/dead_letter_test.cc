// A dead letter keeps the record's bytes, key, headers and position, and says why.
#include "workers/dlq/dead_letter.h"

#include <gtest/gtest.h>

#include <chrono>

#include "tests/workers/consumed_events.h"

namespace chatfleet::workers {
namespace {

TEST(DeadLetterTest, CarriesTheOriginalBytesAndTheReason) {
  const auto message = MessageOf("garbage");
  const auto letter =
      MakeDeadLetter(message, {"decode", "not a ChatEvent"},
                     std::chrono::system_clock::time_point(std::chrono::seconds(5)));
  EXPECT_EQ(letter.original_value(), "garbage");
  EXPECT_EQ(letter.original_key(), message.key);
  ASSERT_EQ(letter.original_headers_size(), 1);
  EXPECT_EQ(letter.original_headers(0).key(), "traceparent");
  EXPECT_EQ(letter.source_topic(), "chat.events");
  EXPECT_EQ(letter.source_partition(), 3);
  EXPECT_EQ(letter.source_offset(), 99);
  EXPECT_EQ(letter.reason(), "not a ChatEvent");
  EXPECT_EQ(letter.stage(), "decode");
  EXPECT_EQ(letter.first_failed_at().seconds(), 5);
}

}  // namespace
}  // namespace chatfleet::workers
