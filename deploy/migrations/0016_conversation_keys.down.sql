ALTER TABLE chat_history DROP CONSTRAINT IF EXISTS chat_history_message_key;
ALTER TABLE chat_history ADD CONSTRAINT chat_history_message_key
  UNIQUE (tenant, bot, platform, conversation_id, platform_message_id);
DROP INDEX IF EXISTS chat_history_conversation_idx;
CREATE INDEX chat_history_conversation_idx ON chat_history (tenant, bot, conversation_id, id DESC);
DROP INDEX IF EXISTS chat_history_verbatim_idx;
CREATE INDEX chat_history_verbatim_idx
  ON chat_history (tenant, bot, platform, conversation_id, id) WHERE folded_at IS NULL;
ALTER TABLE chat_history DROP COLUMN IF EXISTS conversation_key;
DROP TABLE IF EXISTS conversations;
