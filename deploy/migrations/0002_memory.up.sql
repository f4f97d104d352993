-- Memory, recall and personalization: the language and folding state of each history
-- row, full-text search over history and summaries, conversation summaries, user profiles, bot
-- defaults and feature flags.

-- The text-search configuration for a language code. IMMUTABLE so it can feed a stored
-- generated column; unknown and unsupported languages (he has no stemmer in PostgreSQL) use
-- 'simple', which still matches whole words.
CREATE FUNCTION chatfleet_ts_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE language
    WHEN 'en' THEN 'english'::regconfig
    WHEN 'ru' THEN 'russian'::regconfig
    WHEN 'es' THEN 'spanish'::regconfig
    WHEN 'pt' THEN 'portuguese'::regconfig
    ELSE 'simple'::regconfig
  END
$$;

ALTER TABLE chat_history
  ADD COLUMN language text,
  ADD COLUMN folded_at timestamptz,
  ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector(chatfleet_ts_config(language), content)) STORED;

COMMENT ON COLUMN chat_history.language IS
  'The language the worker resolved for the message (en, ru, es, pt, he); NULL when unknown or '
  'personalization was off. Chooses the text-search configuration of search.';
COMMENT ON COLUMN chat_history.folded_at IS
  'When compression folded the row into conversation_memory.summary; NULL while verbatim. '
  'Folded rows stay (until the retention TTL) so a redelivered event still hits '
  'chat_history_message_key and recall can still find the exact words.';
COMMENT ON COLUMN chat_history.search IS 'Full-text vector of content for contextual recall.';

CREATE INDEX chat_history_search_idx ON chat_history USING gin (search);
-- Verbatim rows per conversation: the compression trigger and the fold read stay small even
-- when a conversation has a long folded past.
CREATE INDEX chat_history_verbatim_idx
  ON chat_history (tenant, bot, platform, conversation_id, id) WHERE folded_at IS NULL;
-- Retention purges by age in bounded batches.
CREATE INDEX chat_history_received_idx ON chat_history (received_at);

-- One row per conversation: its language and the summary of its folded events.
CREATE TABLE conversation_memory (
  tenant text NOT NULL,
  bot text NOT NULL,
  platform text NOT NULL,
  conversation_id text NOT NULL,
  language text,
  summary text NOT NULL DEFAULT '',
  folded_through_id bigint NOT NULL DEFAULT 0,
  folded_count bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  search tsvector GENERATED ALWAYS AS (to_tsvector(chatfleet_ts_config(language), summary)) STORED,
  PRIMARY KEY (tenant, bot, platform, conversation_id)
);
CREATE INDEX conversation_memory_search_idx ON conversation_memory USING gin (search);
COMMENT ON TABLE conversation_memory IS
  'Per conversation: the language most recently resolved in it and the summary of the events '
  'compression folded (chat_history rows with folded_at set, ids up to folded_through_id).';
COMMENT ON COLUMN conversation_memory.folded_through_id IS
  'The highest chat_history.id folded into summary; a fold only applies when it still matches '
  '(optimistic concurrency between workers).';

-- Defaults for new profiles, per tenant and bot (config gives the fallback).
CREATE TABLE bot_defaults (
  tenant text NOT NULL,
  bot text NOT NULL,
  persona text NOT NULL,
  language text,
  timezone text,
  PRIMARY KEY (tenant, bot)
);
COMMENT ON TABLE bot_defaults IS 'Default persona, language and timezone of new user profiles.';

CREATE TABLE user_profiles (
  tenant text NOT NULL,
  bot text NOT NULL,
  platform text NOT NULL,
  user_id text NOT NULL,
  display_name text,
  persona text NOT NULL,
  language text,
  timezone text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant, bot, platform, user_id)
);
COMMENT ON TABLE user_profiles IS
  'One profile per user and bot, created on the user''s first message. display_name follows the '
  'latest message; chat_history keeps the name at each message''s time.';
COMMENT ON COLUMN user_profiles.language IS
  'Learned reply language: set by a confident detection of the user''s message, never by a '
  'short or ambiguous one.';

CREATE TABLE feature_flags (
  tenant text NOT NULL,
  flag text NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  rollout_percent integer NOT NULL DEFAULT 100,
  PRIMARY KEY (tenant, flag),
  CONSTRAINT feature_flags_flag_check CHECK (flag IN ('personalization', 'recall', 'compression')),
  CONSTRAINT feature_flags_percent_check CHECK (rollout_percent BETWEEN 0 AND 100)
);
COMMENT ON TABLE feature_flags IS
  'Per-tenant overrides of the configured flags: enabled=false is the kill switch; '
  'rollout_percent picks users by a stable hash of (tenant, flag, user).';
