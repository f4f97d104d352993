// The proactive stage's SQL against the real PostgreSQL: what a plan writes, what the next
// batch reads back, and that a redelivered batch writes nothing twice.
#include <google/protobuf/util/time_util.h>
#include <gtest/gtest.h>

#include <deque>

#include "shared/core/clock.h"
#include "tests/support/pg_schema.h"
#include "workers/proactive/proactive_store.h"

namespace chatfleet::workers {
namespace {

using google::protobuf::util::TimeUtil;
using testing::Psql;
using testing::TestSchema;

class ProactiveStorePgTest : public ::testing::Test {
 protected:
  ProactiveStorePgTest() : connection_(schema_.url()), store_(connection_) { schema_.Migrate(); }

  ProactiveInput Input(const std::string& text, const char* sent_at, std::int64_t offset) {
    auto& event = events_.emplace_back();
    event.set_event_id("e-" + std::to_string(offset));
    event.set_tenant("acme");
    event.set_bot("butler");
    event.set_platform(v1::PLATFORM_WHATSAPP);
    event.mutable_conversation()->set_id("wa-1");
    event.mutable_conversation()->set_kind(v1::CONVERSATION_KIND_DIRECT);
    event.mutable_sender()->set_user_id("u-1");
    event.set_role(v1::ROLE_USER);
    event.set_text(text);
    *event.mutable_sent_at() = TimeUtil::SecondsToTimestamp(
        std::chrono::floor<std::chrono::seconds>(*ParseRfc3339(sent_at))
            .time_since_epoch()
            .count());
    return {&event,
            "es",
            "America/Mexico_City",
            3,
            offset,
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            true,
            ReadMessage(event.text())};
  }

  /// Loads, plans and applies one batch in its own transaction, as the runner does.
  ProactivePlan RunBatch(const std::vector<ProactiveInput>& inputs) {
    auto snapshot = store_.Load(inputs, false);
    EXPECT_TRUE(snapshot) << snapshot.error().message;
    auto plan = PlanProactive(inputs, *snapshot, options_, catalog_);
    auto connection = schema_.Connect();
    auto transaction = pg::Transaction::Begin(connection);
    EXPECT_TRUE(transaction);
    auto applied = ProactiveStore::Apply(transaction->connection(), plan.effects);
    EXPECT_TRUE(applied) << applied.error().message;
    EXPECT_TRUE(transaction->Commit());
    return plan;
  }

  std::string Sql(const std::string& query) { return Psql(schema_.url(), query); }

  TestSchema schema_;
  pg::LazyConnection connection_;
  ProactiveStore store_;
  std::deque<v1::ChatEvent> events_;
  ProactiveOptions options_;
  i18n::MessageCatalog catalog_;
};

TEST_F(ProactiveStorePgTest, ABatchIsWrittenOnceAndReadBackByTheNext) {
  // Given a Spanish speaker asking to book and mentioning a meeting
  const auto batch = std::vector{
      Input("Quiero reservar una limpieza", "2026-03-11T15:00:00Z", 100),
      Input("Tengo una reunión con Ana el viernes a las 10", "2026-03-11T15:01:00Z", 101)};
  // when the batch is applied, and then delivered again
  RunBatch(batch);
  const std::string state =
      Sql("SELECT state || '|' || subject || '|' || source_partition || '|' || source_offset "
          "FROM conversation_states");
  RunBatch(batch);
  // then one schedule with its two reminders, one pending follow-up (the second message
  // settled the first message's and opened its own), one state row, written once
  EXPECT_EQ(Sql("SELECT count(*) FROM user_schedules"), "1");
  EXPECT_EQ(Sql("SELECT to_char(starts_at AT TIME ZONE 'America/Mexico_City', 'Dy HH24:MI') "
                "FROM user_schedules"),
            "Fri 10:00");
  EXPECT_EQ(Sql("SELECT string_agg(kind, ',' ORDER BY kind) FROM proactive_sessions"),
            "followup_greeting,preparation");
  EXPECT_EQ(Sql("SELECT string_agg(source_event_id || ':' || status, ',' ORDER BY id) "
                "FROM follow_ups"),
            "e-100:settled,e-101:pending");
  EXPECT_EQ(Sql("SELECT count(*) FROM greeting_preferences"), "1");
  EXPECT_EQ(Sql("SELECT state || '|' || subject || '|' || source_partition || '|' || "
                "source_offset FROM conversation_states"),
            state);
  EXPECT_EQ(state.substr(state.size() - 6), "|3|101");

  // and the next batch reads the state and the pending follow-up back: a thank-you settles it
  const auto next = RunBatch({Input("gracias", "2026-03-11T15:05:00Z", 102)});
  ASSERT_TRUE(next.outcomes[0].has_value());
  EXPECT_EQ(next.outcomes[0]->state, state.substr(0, state.find('|')));
  EXPECT_EQ(Sql("SELECT count(*) FROM follow_ups WHERE status = 'pending'"),
            next.outcomes[0]->pending_follow_ups.empty() ? "0" : "1");
}

TEST_F(ProactiveStorePgTest, AGreetingWaitsForTheUsersMessageAfterTheStart) {
  // Given a meeting without an end on Friday 10:00 Mexico City (16:00 UTC)
  RunBatch({Input("Tengo una reunión con Ana el viernes a las 10", "2026-03-11T15:01:00Z", 1)});
  EXPECT_EQ(Sql("SELECT due_at::text FROM proactive_sessions WHERE kind = 'followup_greeting'"),
            "infinity");
  // when the user writes 10 minutes after the start, nothing is released yet …
  RunBatch({Input("hola", "2026-03-13T16:10:00Z", 2)});
  EXPECT_EQ(Sql("SELECT due_at::text FROM proactive_sessions WHERE kind = 'followup_greeting'"),
            "infinity");
  // … and at 20 minutes the greeting becomes due at that message's time
  RunBatch({Input("ya volví", "2026-03-13T16:20:00Z", 3)});
  EXPECT_EQ(Sql("SELECT to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') "
                "FROM proactive_sessions WHERE kind = 'followup_greeting'"),
            "2026-03-13 16:20");
}

}  // namespace
}  // namespace chatfleet::workers
