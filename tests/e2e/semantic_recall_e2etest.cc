// Recall by meaning end to end: the real ingest and workers, the real PostgreSQL and broker,
// and the real embeddings service (deploy/embeddings, multilingual-e5-small) that ./fleet test
// starts and names in CHATFLEET_EMBEDDINGS_URL. A fact said earlier comes back for a question
// that shares none of its words; with the service unreachable or silent, the context still goes
// out, ranked by words, and the fallback is counted.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>

#include "chatfleet/v1/conversation_context.pb.h"
#include "tests/support/fleet.h"
#include "tests/support/kafka_topic.h"
#include "tests/support/silent_listener.h"

namespace chatfleet::testing {
namespace {

struct Said {
  std::string id;
  std::string text;
  std::string role = "ROLE_USER";
  std::string edited_at = "";  // RFC 3339; empty: not an edit
};

std::string EventJson(const Said& m) {
  const bool bot = m.role == "ROLE_ASSISTANT";
  std::string json = "{\"eventId\": " + JsonQuote("ev-" + m.id + m.edited_at) +
                     ", \"tenant\": \"acme\", \"bot\": \"elena\", \"platform\": "
                     "\"PLATFORM_DISCORD\", \"conversation\": {\"id\": \"dm-ann\", \"kind\": "
                     "\"CONVERSATION_KIND_DIRECT\"}, \"sender\": {\"userId\": " +
                     JsonQuote(bot ? "bot-1" : "u-ann") +
                     ", \"displayName\": " + JsonQuote(bot ? "Elena" : "Ann") +
                     ", \"isBot\": " + (bot ? "true" : "false") +
                     "}, \"role\": " + JsonQuote(m.role) + ", \"text\": " + JsonQuote(m.text) +
                     ", \"source\": \"SOURCE_TEXT\", \"platformMessageId\": " + JsonQuote(m.id) +
                     ", \"sentAt\": \"2026-11-22T10:00:00Z\"";
  if (!m.edited_at.empty()) json += ", \"editedAt\": " + JsonQuote(m.edited_at);
  return json + "}";
}

// Needs the real embeddings service: ./fleet test starts it and exports CHATFLEET_EMBEDDINGS_URL.
std::string EmbeddingsUrl() {
  const char* url = std::getenv("CHATFLEET_EMBEDDINGS_URL");
  if (url == nullptr || *url == '\0') {
    ADD_FAILURE() << "CHATFLEET_EMBEDDINGS_URL is not set (./fleet test starts the service)";
    return "http://127.0.0.1:1";
  }
  return url;
}

// The fact, three unrelated messages and the bot's answer; with a recent window of two
// messages, the fact is a memory for the question, not part of its recent history.
const std::vector<Said> kConversation = {
    {.id = "m-1", .text = "I'm lactose intolerant, dairy makes me really ill"},
    {.id = "m-2", .text = "Noted, I will remember that.", .role = "ROLE_ASSISTANT"},
    {.id = "m-3", .text = "my train was late again this morning"},
    {.id = "m-4", .text = "we are moving the office to Berlin in spring"},
    {.id = "m-5", .text = "the football match starts at eight tonight"},
};
// Shares no word with the fact (nor with anything else said).
const Said kQuestion = {.id = "m-6", .text = "Would a milkshake be okay for me?"};

class SemanticRecallE2eTest : public ::testing::Test {
 protected:
  SemanticRecallE2eTest() : fleet_(schema_, 1) {
    schema_.Migrate();
    fleet_.StartIngest();
  }

  void Post(const Said& message) {
    const auto answer = HttpPost(fleet_.ingest_url() + "/v1/events", EventJson(message));
    ASSERT_EQ(answer.status, 202) << answer.body;
  }

  std::size_t StartWorker(const std::string& embeddings_url,
                          const std::map<std::string, std::string>& more = {}) {
    std::map<std::string, std::string> env = {{"CHATFLEET_EMBEDDINGS_URL", embeddings_url},
                                              {"CHATFLEET_CONTEXT_HISTORY_MESSAGES", "2"},
                                              {"CHATFLEET_RECALL_MAX", "2"}};
    for (const auto& [key, value] : more) env[key] = value;
    return fleet_.StartWorker(env);
  }

  /// The context of `id`, waiting for it on chat.context.
  v1::ConversationContext ContextOf(const std::string& id) {
    v1::ConversationContext found;
    ReadUntil(
        fleet_.context_topic(),
        [&](const std::vector<kafka::ConsumedMessage>& messages) {
          for (const auto& message : messages) {
            v1::ConversationContext context;
            if (context.ParseFromString(message.value) && context.platform_message_id() == id) {
              found = context;
              return true;
            }
          }
          return false;
        },
        std::chrono::seconds(30));
    EXPECT_EQ(found.platform_message_id(), id) << "no context for " << id;
    return found;
  }

  std::string Sql(const std::string& query) { return Psql(schema_.url(), query); }

  double Metric(std::size_t worker, const std::string& sample) {
    return MetricValue(HttpGet(fleet_.worker_url(worker) + "/metrics").body, sample);
  }

  TestSchema schema_;
  LocalFleet fleet_;
};

TEST_F(SemanticRecallE2eTest, AQuestionInOtherWordsRecallsTheFactByItsMeaning) {
  // Given a worker with the embeddings service (deadlines for a loaded test machine), and a
  // conversation it stored and embedded
  const std::size_t worker = StartWorker(
      EmbeddingsUrl(),
      {{"CHATFLEET_EMBEDDINGS_TIMEOUT_MS", "1000"}, {"CHATFLEET_RECALL_BUDGET_MS", "2000"}});
  for (const auto& message : kConversation) Post(message);
  ASSERT_TRUE(WaitUntil([&] { return Sql("SELECT count(*) FROM chat_embedding") == "4"; },
                        std::chrono::seconds(60)))
      << Sql("SELECT count(*) FROM chat_embedding");
  // then each person's message has one vector of the model, 384 int8 components, and the bot's
  // acknowledgement has none
  EXPECT_EQ(Sql("SELECT count(*), min(e.model), max(e.model), min(length(e.vector)), "
                "max(length(e.vector)), count(*) FILTER (WHERE h.role <> 'user') "
                "FROM chat_embedding e JOIN chat_history h ON h.id = e.history_id"),
            "4|multilingual-e5-small|multilingual-e5-small|384|384|0");
  EXPECT_EQ(Sql("SELECT h.platform_message_id FROM chat_embedding e "
                "JOIN chat_history h ON h.id = e.history_id AND h.conversation_id = "
                "e.conversation_id AND h.tenant = e.tenant ORDER BY 1"),
            "m-1\nm-3\nm-4\nm-5");
  // when a question that shares none of the fact's words comes
  const std::string kTimeouts =
      "chatfleet_worker_recall_lexical_fallbacks_total{reason=\"timeout\"}";
  const std::string kErrors = "chatfleet_worker_recall_lexical_fallbacks_total{reason=\"error\"}";
  const double timeouts = Metric(worker, kTimeouts), errors = Metric(worker, kErrors);
  Post(kQuestion);
  const v1::ConversationContext question = ContextOf(kQuestion.id);
  // then its context carries the fact as its first memory
  ASSERT_EQ(question.recall_status(), v1::RECALL_STATUS_OK);
  ASSERT_FALSE(question.memories().empty()) << question.DebugString();
  EXPECT_NE(question.memories(0).text().find("lactose"), std::string::npos)
      << question.DebugString();
  // (ranked by meaning: no fallback was counted for it)
  EXPECT_EQ(Metric(worker, kTimeouts), timeouts);
  EXPECT_EQ(Metric(worker, kErrors), errors);
  EXPECT_GE(Metric(worker, "chatfleet_worker_embeddings_stored_total"), 4);
}

TEST_F(SemanticRecallE2eTest, WordsAloneDoNotFindTheFact) {
  // Given a worker without an embeddings service (what every other test runs)
  const std::size_t worker = StartWorker("");
  for (const auto& message : kConversation) Post(message);
  Post(kQuestion);
  const v1::ConversationContext question = ContextOf(kQuestion.id);
  // then the same question gets no memory of the fact, nothing is embedded, nothing counted
  ASSERT_EQ(question.recall_status(), v1::RECALL_STATUS_OK);
  for (const auto& memory : question.memories()) {
    EXPECT_EQ(memory.text().find("lactose"), std::string::npos) << question.DebugString();
  }
  EXPECT_EQ(Sql("SELECT count(*) FROM chat_embedding"), "0");
  EXPECT_EQ(
      Metric(worker, "chatfleet_worker_recall_lexical_fallbacks_total{reason=\"no_vectors\"}"), 0);
}

TEST_F(SemanticRecallE2eTest, AnEditReplacesTheMessagesVector) {
  // Given the conversation stored and embedded
  StartWorker(EmbeddingsUrl());
  for (const auto& message : kConversation) Post(message);
  ASSERT_TRUE(WaitUntil([&] { return Sql("SELECT count(*) FROM chat_embedding") == "4"; },
                        std::chrono::seconds(60)));
  const std::string kVectorOfM3 =
      "SELECT encode(e.vector, 'hex') FROM chat_embedding e JOIN chat_history h ON h.id = "
      "e.history_id WHERE h.platform_message_id = 'm-3'";
  const std::string before = Sql(kVectorOfM3);
  // when m-3 is edited to say something else
  Post({.id = "m-3",
        .text = "actually I cycled to work, no train today",
        .edited_at = "2026-11-22T10:09:00Z"});
  // then its vector is replaced by the new text's (dropped with the edit, embedded again)
  std::string after;
  ASSERT_TRUE(WaitUntil(
      [&] {
        after = Sql(kVectorOfM3);
        return !after.empty() && after != before;
      },
      std::chrono::seconds(60)))
      << "the edited message kept its old vector";
  EXPECT_EQ(Sql("SELECT count(*) FROM chat_embedding"), "4");
}

TEST_F(SemanticRecallE2eTest, UnreachableServiceStillSendsTheContextByWordsAndCountsIt) {
  // Given a worker whose embeddings service refuses connections (nothing listens there)
  const int closed = FreePort();
  const std::size_t worker = StartWorker("http://127.0.0.1:" + std::to_string(closed));
  // when a fact and, later, a question that shares its words arrive
  for (const auto& message : kConversation) Post(message);
  Post({.id = "m-6", .text = "am I lactose intolerant?"});
  const v1::ConversationContext question = ContextOf("m-6");
  // then the context goes out with the fact, found by its words, and the fallback is counted
  ASSERT_EQ(question.recall_status(), v1::RECALL_STATUS_OK);
  ASSERT_FALSE(question.memories().empty()) << question.DebugString();
  EXPECT_NE(question.memories(0).text().find("lactose"), std::string::npos)
      << question.DebugString();
  EXPECT_GE(Metric(worker, "chatfleet_worker_recall_lexical_fallbacks_total{reason=\"error\"}"), 1);
  EXPECT_TRUE(WaitUntil(
      [&] {
        return Metric(worker, "chatfleet_worker_embeddings_failures_total{use=\"index\"}") >= 1;
      },
      std::chrono::seconds(30)));
  EXPECT_EQ(Sql("SELECT count(*) FROM chat_history"), "6");
  EXPECT_EQ(Sql("SELECT count(*) FROM chat_embedding"), "0");
}

TEST_F(SemanticRecallE2eTest, SilentServiceTimesOutWithinTheBudgetAndTheContextGoesOut) {
  // Given a worker whose embeddings service accepts and never answers
  SilentListener silent;
  const std::size_t worker = StartWorker(
      "http://127.0.0.1:" + std::to_string(silent.port()),
      {{"CHATFLEET_EMBEDDINGS_TIMEOUT_MS", "50"}, {"CHATFLEET_RECALL_BUDGET_MS", "400"}});
  // when the conversation and a question arrive
  for (const auto& message : kConversation) Post(message);
  Post({.id = "m-6", .text = "am I lactose intolerant?"});
  const v1::ConversationContext question = ContextOf("m-6");
  // then the context still carries the fact by its words, and the timeout is counted
  ASSERT_EQ(question.recall_status(), v1::RECALL_STATUS_OK);
  ASSERT_FALSE(question.memories().empty()) << question.DebugString();
  EXPECT_NE(question.memories(0).text().find("lactose"), std::string::npos);
  EXPECT_GE(Metric(worker, "chatfleet_worker_recall_lexical_fallbacks_total{reason=\"timeout\"}"),
            1);
}

TEST_F(SemanticRecallE2eTest, MessagesStoredWithoutTheServiceAreBackfilledOnceByTwoWorkers) {
  // Given a conversation stored by a worker without an embeddings service
  const std::size_t lexical = StartWorker("");
  for (const auto& message : kConversation) Post(message);
  ASSERT_TRUE(WaitUntil([&] { return Sql("SELECT count(*) FROM chat_history") == "5"; },
                        std::chrono::seconds(30)));
  fleet_.worker(lexical).Signal(SIGTERM);
  // when two workers with the service start (their backfills share the database; deadlines for
  // a loaded test machine, where the question's embedding waits behind both backfills)
  const std::map<std::string, std::string> loaded = {{"CHATFLEET_EMBEDDINGS_TIMEOUT_MS", "2000"},
                                                     {"CHATFLEET_RECALL_BUDGET_MS", "4000"}};
  const std::size_t first = StartWorker(EmbeddingsUrl(), loaded);
  const std::size_t second = StartWorker(EmbeddingsUrl(), loaded);
  // then the stored people's messages get their vectors, each once, within a sweep and a rest
  ASSERT_TRUE(WaitUntil([&] { return Sql("SELECT count(*) FROM chat_embedding") == "4"; },
                        std::chrono::seconds(120)))
      << Sql("SELECT count(*) FROM chat_embedding");
  EXPECT_EQ(Sql("SELECT count(*), count(DISTINCT history_id), min(length(vector)) FROM "
                "chat_embedding WHERE model = 'multilingual-e5-small'"),
            "4|4|384");
  const std::string kBackfilled = "chatfleet_worker_embeddings_backfilled_total";
  EXPECT_GE(Metric(first, kBackfilled) + Metric(second, kBackfilled), 4);
  // and a question in other words now finds the fact
  Post(kQuestion);
  const v1::ConversationContext question = ContextOf(kQuestion.id);
  ASSERT_FALSE(question.memories().empty()) << question.DebugString();
  EXPECT_NE(question.memories(0).text().find("lactose"), std::string::npos)
      << question.DebugString();
}

TEST_F(SemanticRecallE2eTest, AMalformedEmbeddingsSettingStopsTheWorkerAtStartup) {
  const std::size_t worker = fleet_.SpawnWorker({{"CHATFLEET_EMBEDDINGS_URL", "embeddings:8080"}});
  EXPECT_TRUE(
      WaitUntil([&] { return !fleet_.worker(worker).running(); }, std::chrono::seconds(10)));
}

}  // namespace
}  // namespace chatfleet::testing
