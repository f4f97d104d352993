-- Every chat message the fleet stored, one row per platform message. Written by the workers'
-- memory stage (idempotently: ON CONFLICT on chat_history_message_key), read to build prompts.
CREATE TABLE chat_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id text NOT NULL,
  tenant text NOT NULL,
  bot text NOT NULL,
  platform text NOT NULL,
  conversation_id text NOT NULL,
  conversation_kind text NOT NULL,
  channel_id text,
  user_id text NOT NULL,
  user_name text,
  role text NOT NULL,
  content text NOT NULL,
  source text NOT NULL,
  platform_message_id text NOT NULL,
  reply_to_message_id text,
  sent_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  trace_id text,
  CONSTRAINT chat_history_platform_check
    CHECK (platform IN ('discord', 'telegram', 'whatsapp', 'web')),
  CONSTRAINT chat_history_conversation_kind_check
    CHECK (conversation_kind IN ('direct', 'group')),
  CONSTRAINT chat_history_role_check
    CHECK (role IN ('user', 'assistant', 'system')),
  CONSTRAINT chat_history_source_check
    CHECK (source IN ('text', 'voice')),
  CONSTRAINT chat_history_message_key
    UNIQUE (tenant, bot, platform, conversation_id, platform_message_id)
);

-- The newest messages of one conversation first: the history read for every prompt.
CREATE INDEX chat_history_conversation_idx
  ON chat_history (tenant, bot, conversation_id, id DESC);

COMMENT ON TABLE chat_history IS
  'Every stored chat message, one row per platform message; redelivered events are deduplicated '
  'by chat_history_message_key.';
COMMENT ON COLUMN chat_history.id IS
  'Storage order; the order in which history is read back within a conversation.';
COMMENT ON COLUMN chat_history.event_id IS
  'Id of the ChatEvent this row was stored from, to trace a row back to its event.';
COMMENT ON COLUMN chat_history.tenant IS 'The operator account the bot belongs to.';
COMMENT ON COLUMN chat_history.bot IS 'The bot that took part in the conversation.';
COMMENT ON COLUMN chat_history.platform IS 'discord | telegram | whatsapp | web.';
COMMENT ON COLUMN chat_history.conversation_id IS
  'The platform''s chat / DM / thread id: history never mixes conversations.';
COMMENT ON COLUMN chat_history.conversation_kind IS
  'direct (one user and the bot: no name prefixes) | group (several people: other speakers are '
  'prefixed with their name).';
COMMENT ON COLUMN chat_history.channel_id IS
  'The group channel within the conversation; NULL for direct messages.';
COMMENT ON COLUMN chat_history.user_id IS
  'The platform user id of the sender (the bot''s own id for its messages).';
COMMENT ON COLUMN chat_history.user_name IS
  'The sender''s display name at the time, stored exactly (renames are not retroactive); NULL '
  'for the bot''s own messages or when the platform sent none.';
COMMENT ON COLUMN chat_history.role IS
  'user (a person) | assistant (the bot''s own reply) | system (platform or fleet notices).';
COMMENT ON COLUMN chat_history.content IS
  'The message text; for voice messages, its transcript.';
COMMENT ON COLUMN chat_history.source IS 'text | voice (content is a transcript).';
COMMENT ON COLUMN chat_history.platform_message_id IS
  'The platform''s message id. Only unique within its conversation (Telegram numbers messages '
  'per chat), hence chat_history_message_key includes conversation_id.';
COMMENT ON COLUMN chat_history.reply_to_message_id IS
  'platform_message_id of the message this one replies to, in the same conversation; NULL if '
  'none.';
COMMENT ON COLUMN chat_history.sent_at IS 'When the platform says the message was sent.';
COMMENT ON COLUMN chat_history.received_at IS 'When ingest accepted the event.';
COMMENT ON COLUMN chat_history.created_at IS 'When a worker stored the row.';
COMMENT ON COLUMN chat_history.trace_id IS
  'W3C trace id of the request that carried the message, to find it in Jaeger.';
COMMENT ON CONSTRAINT chat_history_message_key ON chat_history IS
  'One row per platform message. Includes conversation_id because Telegram message ids are only '
  'unique within a chat; redelivered events hit this key and are skipped (ON CONFLICT DO '
  'NOTHING).';
