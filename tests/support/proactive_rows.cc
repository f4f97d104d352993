#include "tests/support/proactive_rows.h"

#include "tests/support/pg_schema.h"

namespace chatfleet::testing {

std::string ProactiveRows(const std::string& url) {
  std::string rows;
  for (const char* query : {
           "SELECT source_event_id, user_id, urgency, subject, due_at, status, settled_at, "
           "created_at, outbound_id FROM follow_ups ORDER BY source_event_id",
           "SELECT user_id, dedupe_key, title, starts_at, ends_at, status, source_event_id, "
           "mentioned_at FROM user_schedules ORDER BY user_id, dedupe_key",
           "SELECT p.outbound_id, p.kind, p.due_at FROM proactive_sessions p ORDER BY 1",
           "SELECT conversation_id, state, subject, pending, missing_fields, recent_cues "
           "FROM conversation_states ORDER BY 1",
           "SELECT user_id, timezone FROM greeting_preferences ORDER BY 1",
       }) {
    rows += Psql(url, query) + "\n--\n";
  }
  return rows;
}

}  // namespace chatfleet::testing
