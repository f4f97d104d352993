// The memory store against the real PostgreSQL: profiles and languages round-trip, and each
// conversation's window stays its own.
#include <gtest/gtest.h>

#include "tests/workers/memory/stored_history.h"
#include "workers/memory/memory_store.h"

namespace chatfleet::workers {
namespace {

TEST(MemoryStorePgTest, ProfilesAndLanguagesRoundTripAndWindowsStayInTheirConversation) {
  TestSchema schema;
  schema.Migrate();
  Psql(schema.url(),
       "INSERT INTO bot_defaults VALUES ('acme', 'elena', 'butler', NULL, 'Asia/Jerusalem')");
  Psql(schema.url(), "INSERT INTO feature_flags VALUES ('acme', 'recall', false, 100)");
  std::vector<HistoryRow> rows;
  for (int n = 1; n <= 30; ++n)
    rows.push_back(Row(n, Filler(n), "u-1", n % 2 ? "chat-1" : "chat-2"));
  rows.push_back(Row(31, "Привет", "u-1", "chat-1"));
  rows.back().language = "ru";
  Store(schema, rows);

  v1::ChatEvent event;
  event.set_tenant("acme");
  event.set_bot("elena");
  event.set_platform(v1::PLATFORM_TELEGRAM);
  event.mutable_conversation()->set_id("chat-1");
  event.mutable_sender()->set_user_id("u-1");
  event.set_role(v1::ROLE_USER);
  event.set_platform_message_id("m-31");
  pg::LazyConnection connection(schema.url());
  MemoryStore store(connection);
  auto snapshot = store.Load({&event});
  ASSERT_TRUE(snapshot) << snapshot.error().message;
  EXPECT_FALSE(snapshot->flag_overrides.at({"acme", Feature::kRecall}).enabled);
  EXPECT_EQ(snapshot->personalization.bot_defaults.at({"acme", "elena"}).timezone,
            "Asia/Jerusalem");
  EXPECT_TRUE(snapshot->personalization.profiles.empty());
  EXPECT_EQ(snapshot->personalization.conversations.at(kConversation).history_language, "en");

  PersonalizationEffects effects;
  effects.profiles[ProfileKeyOf(event)] = {"Ivan 🎉", "butler", "ru", "Asia/Jerusalem", ""};
  effects.conversation_languages[kConversation] = "ru";
  auto db = schema.Connect();
  ASSERT_TRUE(MemoryStore::ApplyEffects(db, effects));
  ASSERT_TRUE(MemoryStore::ApplyEffects(db, effects)) << "idempotent";
  auto again = store.Load({&event});
  ASSERT_TRUE(again);
  const Profile& profile = again->personalization.profiles.at(ProfileKeyOf(event));
  EXPECT_EQ(profile.display_name, "Ivan 🎉");
  EXPECT_EQ(profile.language, "ru");
  EXPECT_FALSE(profile.created_at.empty());
  EXPECT_EQ(again->personalization.conversations.at(kConversation).language, "ru");

  Psql(schema.url(),
       "UPDATE conversation_memory SET summary = 'Ivan asked about the garden' "
       "WHERE conversation_id = 'chat-1'");
  auto history = store.LoadHistory({&event}, 5);
  ASSERT_TRUE(history) << history.error().message;
  EXPECT_EQ(
      history->summaries,
      (std::map<ConversationKey, std::string>{{kConversation, "Ivan asked about the garden"}}));
  const auto& window = history->windows.at(kConversation);
  ASSERT_EQ(window.size(), 6u) << "5 before the event, then the event";
  EXPECT_EQ(window.back().platform_message_id, "m-31");
  for (const auto& message : window) {
    const int n = std::stoi(message.platform_message_id.substr(2));
    EXPECT_EQ(n % 2, 1) << "only chat-1's messages";
  }
}

}  // namespace
}  // namespace chatfleet::workers
