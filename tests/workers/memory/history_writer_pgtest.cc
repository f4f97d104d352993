// HistoryWriter against the real PostgreSQL: rows land exactly, redelivery inserts nothing,
// and a bad row fails permanently so the runner can isolate it.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "tests/support/pg_schema.h"
#include "workers/memory/history_writer.h"

namespace chatfleet::workers {
namespace {

using testing::Psql;
using testing::TestSchema;

HistoryRow Row(std::string message_id, std::string content, std::optional<std::string> name) {
  return HistoryRow{.event_id = "e-" + message_id,
                    .tenant = "acme",
                    .bot = "elena",
                    .platform = "discord",
                    .conversation_id = "guild-1/chan-7",
                    .conversation_kind = "group",
                    .channel_id = "chan-7",
                    .user_id = "123",
                    .user_name = std::move(name),
                    .role = "user",
                    .content = std::move(content),
                    .source = "text",
                    .platform_message_id = std::move(message_id),
                    .reply_to_message_id = std::nullopt,
                    .sent_at = "2026-11-22T10:00:00Z",
                    .received_at = "2026-11-22T10:00:01Z",
                    .trace_id = "4bf92f3577b34da6a3ce929d0e0e4736",
                    .edited_at = std::nullopt,
                    .language = std::nullopt};
}

TEST(HistoryWriterPgTest, StoresABatchExactlyAndRedeliveryInsertsNothing) {
  TestSchema schema;
  schema.Migrate();
  HistoryWriter writer(schema.url());
  const std::vector<HistoryRow> rows = {
      Row("m-1", "tab\there, newline\nthere, back\\slash", "Sarah 🎉"),
      Row("m-2", "Привет שלום", std::nullopt),
  };
  auto first = writer.Write(rows);
  ASSERT_TRUE(first.has_value()) << first.error().message;
  EXPECT_EQ(first->inserted, 2);
  EXPECT_EQ(first->duplicates, 0);

  auto again = writer.Write(rows);
  ASSERT_TRUE(again.has_value()) << again.error().message;
  EXPECT_EQ(again->inserted, 0);
  EXPECT_EQ(again->duplicates, 2);

  EXPECT_EQ(Psql(schema.url(), "SELECT count(*) FROM chat_history"), "2");
  EXPECT_EQ(Psql(schema.url(),
                 "SELECT content = E'tab\\there, newline\\nthere, back\\\\slash', user_name "
                 "FROM chat_history WHERE platform_message_id = 'm-1'"),
            "t|Sarah 🎉");
  EXPECT_EQ(Psql(schema.url(),
                 "SELECT content, user_name IS NULL, channel_id FROM chat_history "
                 "WHERE platform_message_id = 'm-2'"),
            "Привет שלום|t|chan-7");
}

TEST(HistoryWriterPgTest, ABadRowFailsTheBatchPermanentlyAndAloneWhenIsolated) {
  TestSchema schema;
  schema.Migrate();
  HistoryWriter writer(schema.url());
  auto bad = Row("m-bad", "x", "Bob");
  bad.role = "overlord";  // violates the role CHECK constraint
  auto batch = writer.Write({Row("m-1", "ok", "Sarah"), bad});
  ASSERT_FALSE(batch.has_value());
  EXPECT_EQ(batch.error().kind, ErrorKind::kPermanent) << batch.error().message;
  EXPECT_EQ(Psql(schema.url(), "SELECT count(*) FROM chat_history"), "0") << "rolled back";

  EXPECT_TRUE(writer.WriteOne(Row("m-1", "ok", "Sarah")).has_value());
  EXPECT_FALSE(writer.WriteOne(bad).has_value());
  EXPECT_EQ(Psql(schema.url(), "SELECT count(*) FROM chat_history"), "1");
}

// The new rows' plain INSERT falls back to ON CONFLICT when one of them is already stored: a
// redelivered batch that also carries new messages stores exactly those, in batch order, and
// each row's id is the stored row's.
TEST(HistoryWriterPgTest, ABatchPartlyStoredBeforeStoresOnlyItsNewRowsInOrderWithTheirIds) {
  TestSchema schema;
  schema.Migrate();
  HistoryWriter writer(schema.url());
  ASSERT_TRUE(writer.Write({Row("m-2", "second", "Sarah")}).has_value());
  auto other = Row("m-1", "elsewhere", "Bob");
  other.conversation_id = "guild-1/chan-8";  // the same message id in another conversation
  auto batch = writer.Write({Row("m-1", "first", "Sarah"), Row("m-2", "second", "Sarah"),
                             Row("m-3", "third", "Sarah"), other});
  ASSERT_TRUE(batch.has_value()) << batch.error().message;
  EXPECT_EQ(batch->inserted, 3);
  EXPECT_EQ(batch->duplicates, 1);
  ASSERT_EQ(batch->ids.size(), 4U);
  EXPECT_EQ(batch->ids[1], 0) << "stored before: no id from this write";
  EXPECT_LT(batch->ids[0], batch->ids[2]) << "ids follow the batch order";
  EXPECT_LT(batch->ids[2], batch->ids[3]);
  for (std::size_t i : {0U, 2U, 3U}) {
    EXPECT_EQ(Psql(schema.url(),
                   "SELECT content FROM chat_history WHERE id = " + std::to_string(batch->ids[i])),
              i == 3 ? "elsewhere" : (i == 0 ? "first" : "third"));
  }
  EXPECT_EQ(Psql(schema.url(), "SELECT string_agg(content, ',' ORDER BY id) FROM chat_history"),
            "second,first,third,elsewhere");
  EXPECT_EQ(Psql(schema.url(), "SELECT count(*) FROM conversations"), "2");
}

// Two workers storing the same messages at once (a partition moved between them mid-batch): the
// second's plain INSERT waits on the first's uncommitted rows, fails on the unique key once they
// commit, and its ON CONFLICT retry stores nothing; without the wait (the second comes after the
// commit) the outcome is the same.
TEST(HistoryWriterPgTest, TheSameBatchFromTwoWritersAtOnceIsStoredOnce) {
  TestSchema schema;
  schema.Migrate();
  HistoryWriter first(schema.url());
  HistoryWriter second(schema.url());
  const std::vector<HistoryRow> rows = {Row("m-1", "one", "Sarah"), Row("m-2", "two", "Sarah")};
  Result<WriteOutcome> other;
  std::thread racer;
  auto mine = first.Write(rows, [&](pg::Connection&) -> Status {
    racer = std::thread([&] { other = second.Write(rows); });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    return {};
  });
  racer.join();
  ASSERT_TRUE(mine.has_value()) << mine.error().message;
  ASSERT_TRUE(other.has_value()) << other.error().message;
  EXPECT_EQ(mine->inserted, 2);
  EXPECT_EQ(other->inserted, 0);
  EXPECT_EQ(other->duplicates, 2);
  EXPECT_EQ(Psql(schema.url(), "SELECT count(*) FROM chat_history"), "2");
}

// A message twice in one batch (a duplicate post) is stored once, the first time, and the
// first row gets the id.
TEST(HistoryWriterPgTest, AMessageTwiceInABatchIsStoredOnceAsFirstSeen) {
  TestSchema schema;
  schema.Migrate();
  HistoryWriter writer(schema.url());
  auto batch = writer.Write({Row("m-1", "first copy", "Sarah"), Row("m-2", "other", "Sarah"),
                             Row("m-1", "second copy", "Sarah")});
  ASSERT_TRUE(batch.has_value()) << batch.error().message;
  EXPECT_EQ(batch->inserted, 2);
  EXPECT_EQ(batch->duplicates, 1);
  EXPECT_NE(batch->ids[0], 0);
  EXPECT_EQ(batch->ids[2], 0);
  EXPECT_EQ(Psql(schema.url(),
                 "SELECT content FROM chat_history WHERE id = " + std::to_string(batch->ids[0])),
            "first copy");
  EXPECT_EQ(Psql(schema.url(), "SELECT count(*) FROM chat_history"), "2");
}

}  // namespace
}  // namespace chatfleet::workers

namespace chatfleet::workers {
namespace {

TEST(HistoryWriterPgTest, AnEditReplacesTheStoredTextAndAnOlderEditChangesNothing) {
  TestSchema schema;
  schema.Migrate();
  HistoryWriter writer(schema.url());
  // Given a message and, in the same batch, its edit
  auto edit = Row("m-1", "see you at 3pm", "Sarah");
  edit.event_id = "e-m-1-edit";
  edit.edited_at = "2026-11-22T10:05:00Z";
  ASSERT_TRUE(writer.Write({Row("m-1", "see you at 2pm", "Sarah"), edit}, {}).has_value());
  EXPECT_EQ(Psql(schema.url(), "SELECT content, edited_at IS NOT NULL FROM chat_history"),
            "see you at 3pm|t");
  // when an older edit is redelivered, then nothing changes; a newer one wins
  auto older = edit;
  older.content = "see you at 1pm";
  older.edited_at = "2026-11-22T10:01:00Z";
  ASSERT_TRUE(writer.Write({older}, {}).has_value());
  EXPECT_EQ(Psql(schema.url(), "SELECT content FROM chat_history"), "see you at 3pm");
  auto newer = edit;
  newer.content = "see you at 4pm";
  newer.edited_at = "2026-11-22T10:09:00Z";
  ASSERT_TRUE(writer.Write({newer}, {}).has_value());
  EXPECT_EQ(Psql(schema.url(), "SELECT count(*), max(content) FROM chat_history"),
            "1|see you at 4pm");
  // and the original redelivered after its edits does not bring the old text back
  ASSERT_TRUE(writer.Write({Row("m-1", "see you at 2pm", "Sarah")}, {}).has_value());
  EXPECT_EQ(Psql(schema.url(), "SELECT content FROM chat_history"), "see you at 4pm");
}

// The stored vector of message `id`, as text ("" when NULL).
std::string SearchOf(const TestSchema& schema, const std::string& message_id) {
  return Psql(schema.url(),
              "SELECT coalesce(search::text, '') FROM chat_history "
              "WHERE platform_message_id = '" +
                  message_id + "'");
}

TEST(HistoryWriterPgTest, OnlyRowsRecallMayLookForGetAVectorInTheirLanguage) {
  TestSchema schema;
  schema.Migrate();
  HistoryWriter writer(schema.url());
  // Given a person's row and the bot's with recall on (English), one with recall off and a
  // system row
  auto person = Row("m-1", "The meetings were moved", "Sarah");
  person.language = "en";
  person.searchable = true;
  auto bot = Row("m-2", "Meetings moved, noted", std::nullopt);
  bot.role = "assistant";
  bot.searchable = true;
  auto unsearched = Row("m-3", "The meetings were moved", "Sarah");
  auto system = Row("m-4", "Sarah joined the meetings", std::nullopt);
  system.role = "system";
  system.searchable = true;
  ASSERT_TRUE(writer.Write({person, bot, unsearched, system}, {}).has_value());
  // then the searchable ones carry their text's stemmed lexemes, the others none
  EXPECT_EQ(SearchOf(schema, "m-1"), "'meet':2 'move':4");
  EXPECT_EQ(SearchOf(schema, "m-2"), "'meetings':1 'moved':2 'noted':3") << "no language: simple";
  EXPECT_EQ(SearchOf(schema, "m-3"), "");
  EXPECT_EQ(SearchOf(schema, "m-4"), "");
}

TEST(HistoryWriterPgTest, AnEditRefreshesTheVectorAndOneWithRecallOffDropsIt) {
  TestSchema schema;
  schema.Migrate();
  HistoryWriter writer(schema.url());
  auto original = Row("m-1", "see you at the station", "Sarah");
  original.searchable = true;
  ASSERT_TRUE(writer.Write({original}, {}).has_value());
  EXPECT_EQ(SearchOf(schema, "m-1"), "'at':3 'see':1 'station':5 'the':4 'you':2");
  // When the message is edited, then the vector is the new text's
  auto edit = original;
  edit.event_id = "e-m-1-edit";
  edit.content = "see you at the airport";
  edit.edited_at = "2026-11-22T10:05:00Z";
  ASSERT_TRUE(writer.Write({edit}, {}).has_value());
  EXPECT_EQ(SearchOf(schema, "m-1"), "'airport':5 'at':3 'see':1 'the':4 'you':2");
  // and an edit stored with recall off leaves no vector of the old text behind
  auto unsearched = edit;
  unsearched.content = "see you at home";
  unsearched.edited_at = "2026-11-22T10:09:00Z";
  unsearched.searchable = false;
  ASSERT_TRUE(writer.Write({unsearched}, {}).has_value());
  EXPECT_EQ(SearchOf(schema, "m-1"), "");
  EXPECT_EQ(Psql(schema.url(), "SELECT count(*), max(content) FROM chat_history"),
            "1|see you at home");
}

}  // namespace
}  // namespace chatfleet::workers
