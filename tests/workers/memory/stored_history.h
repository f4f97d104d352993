#pragma once

// Rows of chat_history written into a test schema, for the memory and recall SQL tests: a
// group conversation acme/elena/telegram/chat-1 and filler messages around a fact.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tests/support/pg_schema.h"
#include "workers/conversation/conversation_key.h"
#include "workers/memory/history_row.h"
#include "workers/memory/history_writer.h"

namespace chatfleet::workers {

using testing::Psql;
using testing::TestSchema;

inline const ConversationKey kConversation{"acme", "elena", "telegram", "chat-1"};

inline HistoryRow Row(int n, std::string content, std::string user = "u-1",
                      std::string conversation = "chat-1") {
  return HistoryRow{.event_id = "e-" + std::to_string(n),
                    .tenant = "acme",
                    .bot = "elena",
                    .platform = "telegram",
                    .conversation_id = std::move(conversation),
                    .conversation_kind = "group",
                    .channel_id = "chat-1",
                    .user_id = user,
                    .user_name = "Name " + user,
                    .role = "user",
                    .content = std::move(content),
                    .source = "text",
                    .platform_message_id = "m-" + std::to_string(n),
                    .reply_to_message_id = std::nullopt,
                    .sent_at = "2026-11-22T10:00:00Z",
                    .received_at = "2026-11-22T10:00:01Z",
                    .trace_id = "",
                    .edited_at = std::nullopt,
                    .language = "en",
                    .searchable = true};
}

inline std::string Filler(int n) {
  static const char* kTopics[] = {"the weather is nice today", "lunch was pasta again",
                                  "traffic on the bridge",     "the new phone arrived",
                                  "football match tonight",    "coffee machine broke"};
  return std::string(kTopics[n % 6]) + " (" + std::to_string(n) + ")";
}

inline void Store(const TestSchema& schema, const std::vector<HistoryRow>& rows) {
  HistoryWriter writer(schema.url());
  auto written = writer.Write(rows);
  ASSERT_TRUE(written) << written.error().message;
}

inline std::int64_t IdOf(const TestSchema& schema, int n) {
  return std::stoll(Psql(
      schema.url(),
      "SELECT id FROM chat_history WHERE platform_message_id = 'm-" + std::to_string(n) + "'"));
}

}  // namespace chatfleet::workers
