// The same conversations through two fleets with every stage on: one without faults, one whose
// workers are killed (SIGKILL) five times and then join and leave in a storm while the messages
// arrive. What the proactive stage wrote — follow-ups, schedules, reminders, states — must be
// the same row for row, and so must every `/schedule` answer; the faulty run may send an answer
// again only with the same id and text.
#include <google/protobuf/util/time_util.h>
#include <gtest/gtest.h>
#include <signal.h>

#include <iostream>
#include <map>
#include <thread>

#include "chatfleet/v1/outbound_message.pb.h"
#include "tests/support/conversation_mix.h"
#include "tests/support/fleet.h"
#include "tests/support/kafka_topic.h"
#include "tests/support/proactive_rows.h"
#include "tests/support/process.h"
#include "tests/support/test_env.h"

namespace chatfleet::testing {
namespace {

using google::protobuf::util::TimeUtil;

constexpr int kConversations = 200;
constexpr int kPerConversation = kConversationMixLength;
constexpr int kBatch = 40;
const std::map<std::string, std::string> kQuiet = {{"CHATFLEET_LOG_LEVEL", "error"}};

/// The messages in arrival order: round r carries message r of every conversation.
std::vector<std::string> Messages(std::int64_t start_seconds) {
  std::vector<std::string> messages;
  for (int round = 0; round < kPerConversation; ++round) {
    for (int c = 0; c < kConversations; ++c) {
      const std::string id = std::to_string(c);
      const auto sent_at =
          TimeUtil::ToString(TimeUtil::SecondsToTimestamp(start_seconds + 7 * 60 * round + c));
      const char* text = kConversationMix[(round + c) % kPerConversation];
      messages.push_back(
          R"({"eventId":"e-)" + id + "-" + std::to_string(round) +
          R"(","tenant":"once","bot":"elena","platform":"PLATFORM_TELEGRAM","conversation":{"id":"c-)" +
          id + R"(","kind":"CONVERSATION_KIND_DIRECT"},"sender":{"userId":"u-)" + id +
          R"("},"role":"ROLE_USER","text":")" + text + R"(","sentAt":")" + sent_at +
          R"(","platformMessageId":"m-)" + id + "-" + std::to_string(round) + "\"}");
    }
  }
  return messages;
}

/// Posts the messages in batches, in order, each batch until ingest accepts it; `pause`
/// between batches spreads them over the faults.
void Post(const std::string& ingest_url, const std::vector<std::string>& messages,
          std::chrono::milliseconds pause) {
  for (std::size_t first = 0; first < messages.size(); first += kBatch) {
    std::string body = "{\"events\":[";
    for (std::size_t i = first; i < std::min(messages.size(), first + kBatch); ++i) {
      body += (i == first ? "" : ",") + messages[i];
    }
    body += "]}";
    // Redelivered by ingest under its idempotent natural key if a 503/504 hid a commit.
    while (true) {
      int status = 0;
      try {
        status = HttpPost(ingest_url + "/v1/events:batch", body).status;
      } catch (const std::exception&) {
      }
      if (status == 202) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    std::this_thread::sleep_for(pause);
  }
}

struct Outcome {
  std::string rows;
  /// The `/schedule` answers on chat.outbound: texts by id, each time it was sent.
  std::map<std::string, std::vector<std::string>> answers;
};

Outcome Collect(const TestSchema& schema, const LocalFleet& fleet) {
  const std::string total = std::to_string(kConversations * kPerConversation);
  EXPECT_TRUE(
      WaitUntil([&] { return Psql(schema.url(), "SELECT count(*) FROM chat_history") == total; },
                std::chrono::seconds(180)))
      << "stored " << Psql(schema.url(), "SELECT count(*) FROM chat_history") << " of " << total;
  Outcome outcome;
  outcome.rows = ProactiveRows(schema.url());
  const std::size_t expected = 2 * kConversations;  // everyone typed /schedule twice
  const auto answers = ReadUntil(
      fleet.outbound_topic(),
      [&](const std::vector<kafka::ConsumedMessage>& read) {
        std::set<std::string> ids;
        for (const auto& message : read) {
          v1::OutboundMessage answer;
          if (answer.ParseFromString(message.value)) ids.insert(answer.id());
        }
        return ids.size() >= expected;
      },
      std::chrono::seconds(60));
  for (const auto& message : answers) {
    v1::OutboundMessage answer;
    if (answer.ParseFromString(message.value) &&
        answer.kind() == v1::OUTBOUND_KIND_SCHEDULE_LISTING) {
      outcome.answers[answer.id()].push_back(answer.text());
    }
  }
  return outcome;
}

TEST(EffectsOnceFaultTest, KillsAndARebalanceStormChangeNoFollowUpScheduleStateOrAnswer) {
  const std::int64_t start =
      std::chrono::duration_cast<std::chrono::seconds>(
          std::chrono::system_clock::now().time_since_epoch() - std::chrono::hours(6))
          .count();
  const auto messages = Messages(start);

  // Given the conversations through a fleet without faults
  TestSchema calm_schema("calm");
  calm_schema.Migrate();
  LocalFleet calm(calm_schema, 12);
  calm.StartIngest(kQuiet);
  calm.StartWorker(kQuiet);
  calm.StartWorker(kQuiet);
  Post(calm.ingest_url(), messages, std::chrono::milliseconds(0));
  const Outcome reference = Collect(calm_schema, calm);
  ASSERT_NE(reference.rows.find("followup-"), std::string::npos);
  ASSERT_EQ(reference.answers.size(), 2u * kConversations);

  // when the same conversations go through a fleet whose workers are killed five times
  TestSchema faulty_schema("faulty");
  faulty_schema.Migrate();
  LocalFleet faulty(faulty_schema, 12);
  faulty.StartIngest(kQuiet);
  std::vector<std::size_t> alive = {faulty.StartWorker(kQuiet), faulty.StartWorker(kQuiet)};
  std::thread poster([&] { Post(faulty.ingest_url(), messages, std::chrono::milliseconds(350)); });
  for (int kill = 0; kill < 5; ++kill) {
    std::this_thread::sleep_for(std::chrono::seconds(3));
    faulty.worker(alive.front()).Signal(SIGKILL);
    faulty.worker(alive.front()).Wait(std::chrono::seconds(10));
    alive.erase(alive.begin());
    alive.push_back(faulty.StartWorker(kQuiet));
  }
  // and then join and leave (SIGTERM) every two seconds
  for (int round = 0; round < 8; ++round) {
    if (round % 2 == 0) {
      alive.push_back(faulty.StartWorker(kQuiet));
    } else {
      faulty.worker(alive.front()).Signal(SIGTERM);
      EXPECT_EQ(faulty.worker(alive.front()).Wait(std::chrono::seconds(30)), 0);
      alive.erase(alive.begin());
    }
    std::this_thread::sleep_for(std::chrono::seconds(2));
  }
  poster.join();
  const Outcome outcome = Collect(faulty_schema, faulty);

  // then every row is the same, and every answer says the same under the same id
  EXPECT_EQ(outcome.rows, reference.rows);
  std::size_t resent = 0;
  for (const auto& [id, texts] : outcome.answers) {
    const auto expected = reference.answers.find(id);
    ASSERT_NE(expected, reference.answers.end()) << id;
    for (const auto& text : texts) EXPECT_EQ(text, expected->second.front()) << id;
    resent += texts.size() - 1;
  }
  EXPECT_EQ(outcome.answers.size(), reference.answers.size());
  std::cout << "[effects once] " << messages.size() << " messages, " << outcome.answers.size()
            << " /schedule answers, " << resent << " sent again (same id and text)\n";
  RecordProperty("schedule_answers_resent", static_cast<int>(resent));
}

}  // namespace
}  // namespace chatfleet::testing
