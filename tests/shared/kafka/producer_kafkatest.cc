#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <memory>
#include <vector>

#include "shared/kafka/delivery_tracker.h"
#include "shared/kafka/producer.h"
#include "shared/trace/trace_context.h"
#include "tests/shared/kafka/kafka_test_util.h"
#include "tests/support/kafka_topic.h"
#include "tests/support/process.h"

namespace chatfleet::kafka {
namespace {

using ::testing::ElementsAreArray;
using testutil::TestProducerOptions;

constexpr auto kAck = std::chrono::seconds(10);

TEST(ProducerKafkaTest, HeadersKeyAndValueSurviveTheRoundTrip) {
  // Given a fresh topic and a message carrying trace context and a binary header
  const std::string topic = testing::CreateTestTopic("roundtrip", 3);
  const auto context = trace::TraceContext::NewRoot();
  Headers headers{{"x-binary", std::string("\0\x01\xff", 3)}, {"x-empty", ""}};
  trace::Inject(context, headers);
  Producer producer(TestProducerOptions());

  // When it is produced and read back by an independent consumer
  ASSERT_TRUE(
      producer.ProduceAndWait({topic, "conversation-1", "hello \xF0\x9F\x91\x8B", headers}, kAck));
  const auto messages = testing::ReadAll(topic, 1);

  // Then key, value and every header are intact, and the trace can be continued
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].topic, topic);
  EXPECT_EQ(messages[0].key, "conversation-1");
  EXPECT_EQ(messages[0].value, "hello \xF0\x9F\x91\x8B");
  EXPECT_EQ(messages[0].headers, headers);
  EXPECT_GT(messages[0].timestamp_ms, 0);
  const auto extracted = trace::Extract(messages[0].headers);
  ASSERT_TRUE(extracted.has_value());
  EXPECT_EQ(extracted->Traceparent(), context.Traceparent());
}

// The workers compress what they produce (CHATFLEET_CONTEXT_COMPRESSION): a consumer reads
// every message of a compressed batch as it was sent, whatever the codec.
TEST(ProducerKafkaTest, CompressedBatchesReadBackUnchanged) {
  for (const std::string codec : {"lz4", "zstd", "none"}) {
    // Given messages that repeat one another, as a conversation's contexts repeat its window
    const std::string topic = testing::CreateTestTopic("compressed-" + codec, 2);
    ProducerOptions options = TestProducerOptions();
    options.compression = codec;
    std::vector<std::string> values;
    for (int i = 0; i < 50; ++i) {
      std::string value = "context " + std::to_string(i) + "\n";
      for (int line = 0; line < 20; ++line) value += "Ana: line " + std::to_string(i + line) + "\n";
      values.push_back(std::move(value));
    }
    // When they are produced in one burst, as a batch's contexts are
    {
      Producer producer(options);
      for (const auto& value : values) {
        ASSERT_TRUE(producer.Produce({topic, "conversation-1", value, {}}, [](const Status&) {}));
      }
      ASSERT_TRUE(producer.Flush(kAck));
    }
    // Then an independent consumer reads every one, in order, byte for byte
    const auto messages = testing::ReadAll(topic, values.size());
    ASSERT_EQ(messages.size(), values.size()) << codec;
    for (std::size_t i = 0; i < values.size(); ++i) {
      EXPECT_EQ(messages[i].value, values[i]) << codec << " message " << i;
    }
  }
}

TEST(ProducerKafkaTest, DeliveryCallbackRunsExactlyOncePerMessage) {
  const std::string topic = testing::CreateTestTopic("delivery", 4);
  constexpr int kMessages = 200;
  auto calls = std::make_shared<std::vector<std::atomic<int>>>(kMessages);
  auto failures = std::make_shared<std::atomic<int>>(0);
  {
    Producer producer(TestProducerOptions());
    for (int i = 0; i < kMessages; ++i) {
      ASSERT_TRUE(producer.Produce({topic, "k" + std::to_string(i % 7), std::to_string(i), {}},
                                   [calls, failures, i](const Status& status) {
                                     (*calls)[i].fetch_add(1);
                                     if (!status) failures->fetch_add(1);
                                   }));
    }
    ASSERT_TRUE(producer.Flush(kAck));
    EXPECT_EQ(producer.QueueDepth(), 0);
  }  // the destructor must neither call a callback again nor leak one
  for (int i = 0; i < kMessages; ++i) EXPECT_EQ((*calls)[i].load(), 1) << "message " << i;
  EXPECT_EQ(failures->load(), 0);
  EXPECT_EQ(testing::ReadAll(topic, kMessages).size(), static_cast<std::size_t>(kMessages));
}

TEST(ProducerKafkaTest, ProduceAndWaitReportsTheAcknowledgement) {
  const std::string topic = testing::CreateTestTopic("andwait", 1);
  Producer producer(TestProducerOptions());
  const auto status = producer.ProduceAndWait({topic, "k", "v", {}}, kAck);
  ASSERT_TRUE(status) << status.error().message;
  // Acknowledged means readable at once.
  const auto messages = testing::ReadAll(topic, 1);
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].offset, 0);
}

TEST(ProducerKafkaTest, FullQueueIsRetryableAndSkipsTheCallback) {
  // Given a producer whose local queue holds a single message for a second
  const std::string topic = testing::CreateTestTopic("queuefull", 1);
  auto options = TestProducerOptions();
  options.linger = std::chrono::milliseconds(1000);
  options.extra["queue.buffering.max.messages"] = "1";
  Producer producer(options);
  std::atomic<int> first_calls{0};
  std::atomic<int> second_calls{0};
  ASSERT_TRUE(producer.Produce({topic, "k", "first", {}}, [&](const Status&) { ++first_calls; }));

  // When a second message does not fit
  const auto status =
      producer.Produce({topic, "k", "second", {}}, [&](const Status&) { ++second_calls; });

  // Then it is refused as retryable, and only the accepted message gets its callback
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().kind, ErrorKind::kRetryable);
  ASSERT_TRUE(producer.Flush(kAck));
  EXPECT_EQ(first_calls.load(), 1);
  EXPECT_EQ(second_calls.load(), 0);
}

TEST(ProducerKafkaTest, DestructorDoesNotHangWhenTheBrokerIsGone) {
  // Regression guard: the destructor flushes for at most 10 s, then purges, so every accepted
  // message still gets its (failed) callback and nothing hangs or leaks.
  ProducerOptions options;
  options.brokers = "127.0.0.1:1";  // nothing listens there
  options.delivery_timeout = std::chrono::seconds(60);
  std::atomic<int> calls{0};
  std::atomic<int> failures{0};
  const auto start = std::chrono::steady_clock::now();
  {
    Producer producer(options);
    ASSERT_TRUE(producer.Produce({"nowhere", "k", "v", {}}, [&](const Status& status) {
      ++calls;
      if (!status) ++failures;
    }));
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(15));
  EXPECT_EQ(calls.load(), 1);
  EXPECT_EQ(failures.load(), 1);
}

TEST(ProducerKafkaTest, KeyedMessagesLandOnOnePartitionInOrder) {
  const std::string topic = testing::CreateTestTopic("keyed", 6);
  Producer producer(TestProducerOptions());
  constexpr int kPerKey = 50;
  const std::vector<std::string> keys{"conv-a", "conv-b", "conv-c", "conv-d"};
  for (int i = 0; i < kPerKey; ++i) {
    for (const auto& key : keys) {
      ASSERT_TRUE(producer.Produce({topic, key, key + ":" + std::to_string(i), {}}, {}));
    }
  }
  ASSERT_TRUE(producer.Flush(kAck));

  const auto messages = testing::ReadAll(topic, kPerKey * keys.size());
  ASSERT_EQ(messages.size(), kPerKey * keys.size());
  std::map<std::string, std::vector<const ConsumedMessage*>> by_key;
  for (const auto& message : messages) by_key[message.key].push_back(&message);
  for (const auto& key : keys) {
    const auto& list = by_key[key];
    ASSERT_EQ(list.size(), static_cast<std::size_t>(kPerKey)) << key;
    std::vector<std::string> values;
    for (const auto* message : list) {
      EXPECT_EQ(message->partition, list.front()->partition) << key;
      values.push_back(message->value);
    }
    std::vector<std::string> expected;
    for (int i = 0; i < kPerKey; ++i) expected.push_back(key + ":" + std::to_string(i));
    EXPECT_THAT(values, ElementsAreArray(expected)) << key;
  }
}

TEST(ProducerKafkaTest, KcatReadsWhatTheProducerWrote) {
  // Given messages written by our producer
  const std::string topic = testing::CreateTestTopic("kcat", 1);
  const auto context = trace::TraceContext::NewRoot();
  Headers headers{{"source", "kafkatest"}};
  trace::Inject(context, headers);
  Producer producer(TestProducerOptions());
  ASSERT_TRUE(producer.ProduceAndWait({topic, "key-1", "value-1", headers}, kAck));
  ASSERT_TRUE(producer.ProduceAndWait({topic, "key-2", "value-2", headers}, kAck));

  // When an independent client reads the topic
  const auto result = testing::RunCommand({"kcat", "-b", testing::KafkaBrokers(), "-C", "-t", topic,
                                           "-e", "-q", "-o", "beginning", "-f", "%k|%h|%s\n"},
                                          {}, std::chrono::seconds(20));

  // Then it sees the same keys, values and headers
  ASSERT_EQ(result.exit_code, 0) << result.output;
  const std::string header_text = "source=kafkatest,traceparent=" + context.Traceparent();
  EXPECT_EQ(result.output,
            "key-1|" + header_text + "|value-1\nkey-2|" + header_text + "|value-2\n");
}

TEST(DeliveryTrackerTest, WaitsForItsOwnMessagesAndReportsAFailure) {
  // Given a tracker of three produced messages
  const std::string topic = testing::CreateTestTopic("tracker", 3);
  Producer producer(TestProducerOptions());
  DeliveryTracker acks;
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(producer.Produce({topic, "k" + std::to_string(i), "v", {}}, acks.Track()));
  }
  // When it waits, then all three were acknowledged
  const auto acked = acks.Wait(kAck);
  ASSERT_TRUE(acked) << acked.error().message;
  EXPECT_EQ(acks.pending(), 0);

  // A failed report, or one never coming, is a retryable error; a forgotten one is not waited for
  DeliveryTracker failing;
  failing.Track()(Fail(Error::Retryable("broker said no")));
  const auto failed = failing.Wait(std::chrono::milliseconds(10));
  ASSERT_FALSE(failed);
  EXPECT_TRUE(failed.error().retryable());
  EXPECT_NE(failed.error().message.find("broker said no"), std::string::npos);
  DeliveryTracker silent;
  auto never_called = silent.Track();
  EXPECT_FALSE(silent.Wait(std::chrono::milliseconds(10)));
  silent.Forget();
  EXPECT_TRUE(silent.Wait(std::chrono::milliseconds(10)));
}

}  // namespace
}  // namespace chatfleet::kafka
