#include "workers/memory/memory_store.h"

#include <set>

#include "shared/pg/pg_array.h"
#include "workers/memory/history_row.h"

namespace chatfleet::workers {
namespace {

/// The keys a batch's snapshot is read by, each once.
struct SnapshotKeys {
  std::set<std::string> tenants;
  std::set<std::pair<std::string, std::string>> bots;  // (tenant, bot)
  std::set<ProfileKey> users;                          // the senders of user messages
  std::set<ConversationKey> conversations;
};

SnapshotKeys SnapshotKeysOf(const std::vector<const v1::ChatEvent*>& events) {
  SnapshotKeys keys;
  for (const auto* event : events) {
    keys.tenants.insert(event->tenant());
    keys.bots.insert({event->tenant(), event->bot()});
    if (event->role() == v1::ROLE_USER) keys.users.insert(ProfileKeyOf(*event));
    keys.conversations.insert(ConversationKeyOf(*event));
  }
  return keys;
}

constexpr std::string_view kLoadFlags = R"sql(
SELECT tenant, flag, enabled, rollout_percent FROM feature_flags WHERE tenant = ANY($1::text[]))sql";

Status LoadFlagOverrides(pg::Connection& db, const std::set<std::string>& tenants,
                         FeatureFlags::Overrides& overrides) {
  pg::PgArray tenant_array;
  for (const auto& tenant : tenants) tenant_array.Add(tenant);
  const std::string tenant_param = tenant_array.str();
  auto flags = db.Exec(kLoadFlags, {tenant_param});
  if (!flags) return Fail(flags.error());
  for (int i = 0; i < flags->rows(); ++i) {
    const std::string_view name = flags->Value(i, 1);
    for (Feature feature : {Feature::kPersonalization, Feature::kRecall, Feature::kCompression}) {
      if (FeatureName(feature) != name) continue;
      overrides[{std::string(flags->Value(i, 0)), feature}] =
          FlagSetting{flags->Value(i, 2) == "t", static_cast<int>(flags->Int(i, 3))};
    }
  }
  return {};
}

constexpr std::string_view kLoadBotDefaults = R"sql(
SELECT d.tenant, d.bot, d.persona, d.language, d.timezone
FROM unnest($1::text[], $2::text[]) AS k(tenant, bot)
JOIN bot_defaults d USING (tenant, bot))sql";

Status LoadBotDefaults(pg::Connection& db,
                       const std::set<std::pair<std::string, std::string>>& bots,
                       std::map<std::pair<std::string, std::string>, BotDefaults>& defaults) {
  pg::ArrayColumns<2> keys;
  for (const auto& [tenant, bot] : bots) {
    keys[0].Add(tenant);
    keys[1].Add(bot);
    keys.EndRow();
  }
  auto rows = keys.Exec(db, kLoadBotDefaults);
  if (!rows) return Fail(rows.error());
  for (int i = 0; i < rows->rows(); ++i) {
    defaults[{std::string(rows->Value(i, 0)), std::string(rows->Value(i, 1))}] = BotDefaults{
        std::string(rows->Value(i, 2)), rows->Optional(i, 3), std::string(rows->Value(i, 4))};
  }
  return {};
}

constexpr std::string_view kLoadProfiles = R"sql(
SELECT p.tenant, p.bot, p.platform, p.user_id, p.display_name, p.persona, p.language, p.timezone,
  to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), p.language_explicit,
  p.timezone_source
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(tenant, bot, platform, user_id)
JOIN user_profiles p USING (tenant, bot, platform, user_id))sql";

Status LoadProfiles(pg::Connection& db, const std::set<ProfileKey>& users,
                    std::map<ProfileKey, Profile>& profiles) {
  pg::ArrayColumns<4> keys;
  for (const auto& key : users) {
    keys[0].Add(key.tenant);
    keys[1].Add(key.bot);
    keys[2].Add(key.platform);
    keys[3].Add(key.user_id);
    keys.EndRow();
  }
  auto rows = keys.Exec(db, kLoadProfiles);
  if (!rows) return Fail(rows.error());
  for (int i = 0; i < rows->rows(); ++i) {
    ProfileKey key{std::string(rows->Value(i, 0)), std::string(rows->Value(i, 1)),
                   std::string(rows->Value(i, 2)), std::string(rows->Value(i, 3))};
    profiles[key] = Profile{std::string(rows->Value(i, 4)),
                            std::string(rows->Value(i, 5)),
                            rows->Optional(i, 6),
                            std::string(rows->Value(i, 7)),
                            std::string(rows->Value(i, 8)),
                            rows->Value(i, 9) == "t",
                            ParseTimezoneSource(rows->Value(i, 10))};
  }
  return {};
}

// The conversation's state and the most common language of its latest ten stored messages
// (the "recent history" step of the language chain), read through chat_history's
// conversation index.
constexpr std::string_view kLoadConversations = R"sql(
SELECT k.tenant, k.bot, k.platform, k.conversation_id, m.language,
  (SELECT mode() WITHIN GROUP (ORDER BY r.language) FROM (
     SELECT h.language FROM chat_history h
     WHERE h.conversation_key = c.key AND h.language IS NOT NULL
     ORDER BY h.id DESC LIMIT 10) r)
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(tenant, bot, platform, conversation_id)
LEFT JOIN conversations c USING (tenant, bot, platform, conversation_id)
LEFT JOIN conversation_memory m USING (tenant, bot, platform, conversation_id))sql";

Status LoadConversations(pg::Connection& db, const std::set<ConversationKey>& conversations,
                         std::map<ConversationKey, ConversationState>& states) {
  pg::ArrayColumns<4> keys;
  for (const auto& key : conversations) {
    keys[0].Add(key.tenant);
    keys[1].Add(key.bot);
    keys[2].Add(key.platform);
    keys[3].Add(key.conversation_id);
    keys.EndRow();
  }
  auto rows = keys.Exec(db, kLoadConversations);
  if (!rows) return Fail(rows.error());
  for (int i = 0; i < rows->rows(); ++i) {
    ConversationKey key{std::string(rows->Value(i, 0)), std::string(rows->Value(i, 1)),
                        std::string(rows->Value(i, 2)), std::string(rows->Value(i, 3))};
    states[key] = ConversationState{rows->Optional(i, 4), rows->Optional(i, 5)};
  }
  return {};
}

constexpr std::string_view kUpsertProfiles = R"sql(
INSERT INTO user_profiles (tenant, bot, platform, user_id, display_name, persona, language, timezone,
  language_explicit, timezone_source, created_at)
SELECT t, b, p, u, d, pe, l, tz, e, ts, COALESCE(c::timestamptz, now())
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
  $7::text[], $8::text[], $9::boolean[], $10::text[], $11::text[])
  AS k(t, b, p, u, d, pe, l, tz, e, ts, c)
ON CONFLICT (tenant, bot, platform, user_id) DO UPDATE
  SET display_name = EXCLUDED.display_name, language = EXCLUDED.language,
    language_explicit = EXCLUDED.language_explicit, timezone = EXCLUDED.timezone,
    timezone_source = EXCLUDED.timezone_source, updated_at = now())sql";

constexpr std::string_view kUpsertConversationLanguages = R"sql(
INSERT INTO conversation_memory (tenant, bot, platform, conversation_id, language)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
ON CONFLICT (tenant, bot, platform, conversation_id) DO UPDATE
  SET language = EXCLUDED.language, updated_at = now()
  WHERE conversation_memory.language IS DISTINCT FROM EXCLUDED.language)sql";

// Per conversation of the batch: `$6` verbatim messages before the batch's first stored
// message, then the batch's own span. The natural key finds the batch's rows whether this
// delivery inserted them or an earlier one did: one unique-index probe per message (LATERAL,
// so a stale row estimate cannot turn it into a hash join over the whole table). Rows come
// back in id order, which is each conversation's order.
constexpr std::string_view kLoadWindows = R"sql(
WITH k AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
    AS k(tenant, bot, platform, conversation_id, platform_message_id)),
b AS (
  SELECT k.tenant, k.bot, k.platform, k.conversation_id, c.key, min(h.id) AS lo, max(h.id) AS hi
  FROM k JOIN conversations c USING (tenant, bot, platform, conversation_id)
  CROSS JOIN LATERAL (
    SELECT h.id FROM chat_history h
    WHERE h.conversation_key = c.key AND h.platform_message_id = k.platform_message_id) h
  GROUP BY 1, 2, 3, 4, 5)
SELECT b.tenant, b.bot, b.platform, b.conversation_id, r.id, r.user_id, r.user_name, r.role,
  r.content, r.source, r.platform_message_id,
  to_char(r.sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
FROM b CROSS JOIN LATERAL (
  (SELECT h.id, h.user_id, h.user_name, h.role, h.content, h.source, h.platform_message_id, h.sent_at
   FROM chat_history h
   WHERE h.conversation_key = b.key AND h.id < b.lo AND h.folded_at IS NULL
   ORDER BY h.id DESC LIMIT $6)
  UNION ALL
  (SELECT h.id, h.user_id, h.user_name, h.role, h.content, h.source, h.platform_message_id, h.sent_at
   FROM chat_history h
   WHERE h.conversation_key = b.key AND h.id BETWEEN b.lo AND b.hi)) r
ORDER BY r.id)sql";

constexpr std::string_view kLoadSummaries = R"sql(
SELECT DISTINCT k.tenant, k.bot, k.platform, k.conversation_id, m.summary
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(tenant, bot, platform, conversation_id)
JOIN conversation_memory m USING (tenant, bot, platform, conversation_id)
WHERE m.summary <> '')sql";

// Per conversation: `$6` verbatim messages before its batch's first row (`$5`, inserted by this
// delivery, as are all the batch's rows of it), newest first through the conversation index,
// and the summary, as rows with a NULL id. One statement, so one snapshot: a fold committing
// meanwhile cannot take rows out of the window without their being in the summary.
constexpr std::string_view kLoadWindowStarts = R"sql(
WITH k AS (
  SELECT k.tenant, k.bot, k.platform, k.conversation_id, k.first_id, c.key
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[])
    AS k(tenant, bot, platform, conversation_id, first_id)
  JOIN conversations c USING (tenant, bot, platform, conversation_id))
SELECT k.tenant, k.bot, k.platform, k.conversation_id, r.id, r.user_id, r.user_name, r.role,
  r.content, r.source, r.platform_message_id,
  to_char(r.sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
FROM k CROSS JOIN LATERAL (
  SELECT h.id, h.user_id, h.user_name, h.role, h.content, h.source, h.platform_message_id, h.sent_at
  FROM chat_history h
  WHERE h.conversation_key = k.key AND h.id < k.first_id AND h.folded_at IS NULL
  ORDER BY h.id DESC LIMIT $6) r
UNION ALL
SELECT k.tenant, k.bot, k.platform, k.conversation_id, NULL, NULL, NULL, NULL, m.summary, NULL,
  NULL, NULL
FROM k JOIN conversation_memory m USING (tenant, bot, platform, conversation_id)
WHERE m.summary <> ''
ORDER BY 5)sql";

}  // namespace

Result<MemorySnapshot> MemoryStore::Load(const std::vector<const v1::ChatEvent*>& events) {
  auto connection = connection_.Get();
  if (!connection) return Fail(connection.error());
  pg::Connection& db = **connection;
  const SnapshotKeys keys = SnapshotKeysOf(events);
  MemorySnapshot snapshot;
  PersonalizationSnapshot& personal = snapshot.personalization;
  if (auto done = LoadFlagOverrides(db, keys.tenants, snapshot.flag_overrides); !done) {
    return Fail(done.error());
  }
  if (auto done = LoadBotDefaults(db, keys.bots, personal.bot_defaults); !done) {
    return Fail(done.error());
  }
  if (auto done = LoadProfiles(db, keys.users, personal.profiles); !done) {
    return Fail(done.error());
  }
  if (auto done = LoadConversations(db, keys.conversations, personal.conversations); !done) {
    return Fail(done.error());
  }
  return snapshot;
}

Status MemoryStore::ApplyEffects(pg::Connection& connection,
                                 const PersonalizationEffects& effects) {
  if (!effects.profiles.empty()) {
    pg::PgArray columns[11];
    for (const auto& [key, profile] : effects.profiles) {
      columns[0].Add(key.tenant);
      columns[1].Add(key.bot);
      columns[2].Add(key.platform);
      columns[3].Add(key.user_id);
      columns[4].Add(profile.display_name.empty()
                         ? std::nullopt
                         : std::optional<std::string>(profile.display_name));
      columns[5].Add(profile.persona);
      columns[6].Add(profile.language);
      columns[7].Add(profile.timezone);
      columns[8].Add(std::string(profile.language_explicit ? "t" : "f"));
      columns[9].Add(std::string(TimezoneSourceName(profile.timezone_source)));
      // Only an insert takes it (created_at is never updated): the time the context showed.
      columns[10].Add(profile.created_at.empty() ? std::nullopt
                                                 : std::optional<std::string>(profile.created_at));
    }
    std::string params[11];
    for (int i = 0; i < 11; ++i) params[i] = columns[i].str();
    const pg::Param bound[11] = {params[0], params[1], params[2], params[3], params[4], params[5],
                                 params[6], params[7], params[8], params[9], params[10]};
    if (auto done = connection.Exec(kUpsertProfiles, bound); !done) return Fail(done.error());
  }
  if (!effects.conversation_languages.empty()) {
    pg::PgArray columns[5];
    for (const auto& [key, language] : effects.conversation_languages) {
      columns[0].Add(key.tenant);
      columns[1].Add(key.bot);
      columns[2].Add(key.platform);
      columns[3].Add(key.conversation_id);
      columns[4].Add(language);
    }
    std::string params[5];
    for (int i = 0; i < 5; ++i) params[i] = columns[i].str();
    const pg::Param bound[5] = {params[0], params[1], params[2], params[3], params[4]};
    if (auto done = connection.Exec(kUpsertConversationLanguages, bound); !done) {
      return Fail(done.error());
    }
  }
  return {};
}

Result<ConversationHistory> MemoryStore::LoadHistory(
    const std::vector<const v1::ChatEvent*>& events, std::size_t before) {
  ConversationHistory history;
  if (events.empty()) return history;
  auto connection = connection_.Get();
  if (!connection) return Fail(connection.error());
  auto transaction = pg::Transaction::Begin(**connection, "REPEATABLE READ");
  if (!transaction) return Fail(transaction.error());
  pg::Connection& db = transaction->connection();
  pg::PgArray columns[5];
  for (const auto* event : events) {
    columns[0].Add(event->tenant());
    columns[1].Add(event->bot());
    columns[2].Add(PlatformName(event->platform()));
    columns[3].Add(event->conversation().id());
    columns[4].Add(event->platform_message_id());
  }
  std::string params[5];
  for (int i = 0; i < 5; ++i) params[i] = columns[i].str();
  const std::string limit = std::to_string(before);
  const pg::Param bound[6] = {params[0], params[1], params[2], params[3], params[4], limit};
  auto rows = db.Exec(kLoadWindows, bound);
  if (!rows) return Fail(rows.error());
  for (int i = 0; i < rows->rows(); ++i) {
    ConversationKey key{std::string(rows->Value(i, 0)), std::string(rows->Value(i, 1)),
                        std::string(rows->Value(i, 2)), std::string(rows->Value(i, 3))};
    history.windows[key].push_back(
        StoredMessage{rows->Int(i, 4), std::string(rows->Value(i, 5)), rows->Optional(i, 6),
                      std::string(rows->Value(i, 7)), std::string(rows->Value(i, 8)),
                      std::string(rows->Value(i, 9)), std::string(rows->Value(i, 10)),
                      std::string(rows->Value(i, 11))});
  }
  const pg::Param conversations[4] = {params[0], params[1], params[2], params[3]};
  auto summaries = db.Exec(kLoadSummaries, conversations);
  if (!summaries) return Fail(summaries.error());
  for (int i = 0; i < summaries->rows(); ++i) {
    history.summaries[{std::string(summaries->Value(i, 0)), std::string(summaries->Value(i, 1)),
                       std::string(summaries->Value(i, 2)), std::string(summaries->Value(i, 3))}] =
        std::string(summaries->Value(i, 4));
  }
  if (auto committed = transaction->Commit(); !committed) return Fail(committed.error());
  return history;
}

Result<ConversationHistory> MemoryStore::LoadWindowStarts(const std::vector<WindowStart>& starts,
                                                          std::size_t before) {
  ConversationHistory history;
  if (starts.empty()) return history;
  auto connection = connection_.Get();
  if (!connection) return Fail(connection.error());
  pg::PgArray columns[5];
  for (const auto& start : starts) {
    columns[0].Add(start.conversation.tenant);
    columns[1].Add(start.conversation.bot);
    columns[2].Add(start.conversation.platform);
    columns[3].Add(start.conversation.conversation_id);
    columns[4].Add(std::to_string(start.first_id));
  }
  std::string params[5];
  for (int i = 0; i < 5; ++i) params[i] = columns[i].str();
  const std::string limit = std::to_string(before);
  const pg::Param bound[6] = {params[0], params[1], params[2], params[3], params[4], limit};
  auto rows = (*connection)->Exec(kLoadWindowStarts, bound);
  if (!rows) return Fail(rows.error());
  for (int i = 0; i < rows->rows(); ++i) {
    ConversationKey key{std::string(rows->Value(i, 0)), std::string(rows->Value(i, 1)),
                        std::string(rows->Value(i, 2)), std::string(rows->Value(i, 3))};
    if (rows->IsNull(i, 4)) {
      history.summaries[std::move(key)] = std::string(rows->Value(i, 8));
      continue;
    }
    history.windows[std::move(key)].push_back(
        StoredMessage{rows->Int(i, 4), std::string(rows->Value(i, 5)), rows->Optional(i, 6),
                      std::string(rows->Value(i, 7)), std::string(rows->Value(i, 8)),
                      std::string(rows->Value(i, 9)), std::string(rows->Value(i, 10)),
                      std::string(rows->Value(i, 11))});
  }
  return history;
}

}  // namespace chatfleet::workers
